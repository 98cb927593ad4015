// Text as people type it in WeChat: zero-width characters, full-width spaces, odd whitespace.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g
const MAX_TEXT = 30_000

export function normalizeText(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u3000\u00A0\t]/g, ' ')
    .trim()
    .slice(0, MAX_TEXT)
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Removes a leading `@<name>` (followed by U+2005, a space or the end) for any of the bot's names. */
export function stripLeadingMention(text: string, names: string[]): { text: string; found: boolean } {
  for (const name of names.filter(Boolean)) {
    const re = new RegExp(`^[@＠]${escapeRegExp(name)}(?:[\\u2005\\s]+|$)`)
    if (re.test(text)) return { text: text.replace(re, '').trim(), found: true }
  }
  return { text, found: false }
}

/** True when the text @-mentions one of the names anywhere (plain-text fallback for mentionSelf). */
export function mentionsByText(text: string, names: string[]): boolean {
  return names
    .filter(Boolean)
    .some((name) => new RegExp(`[@＠]${escapeRegExp(name)}(?:[\\u2005\\s]|$)`).test(text))
}

/** `@名字` tokens in text (names end at U+2005 or a space). */
export function mentionedNames(text: string): string[] {
  return Array.from(text.matchAll(/[@＠]([^@＠\u2005\s]{1,32})/g), (m) => m[1] ?? '')
}

export function isAtAllNotice(text: string): boolean {
  return /[@＠](所有人|全体成员|All)(?:[\u2005\s]|$)/i.test(text)
}
