// Phone and ID numbers never leave the bot in full: not in group messages, not in logs.
const ID_NUMBER = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g

export function redactPersonalData(text: string): string {
  return text.replace(ID_NUMBER, '$1********$2').replace(MOBILE, '$1****$2')
}
