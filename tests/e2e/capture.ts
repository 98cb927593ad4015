import type { MockWechat } from '../support/mock-wechat.js'

export interface SentMention {
  text: string
  ids: string[]
}

/** The contact ids the bot hands to the puppet as @-mentions, per text (what WeChat would highlight). */
export function captureMentions(w: MockWechat): SentMention[] {
  const mentions: SentMention[] = []
  const puppet = w.running.bot.puppet
  const send = puppet.messageSendText.bind(puppet)
  puppet.messageSendText = (to: string, text: string, ids?: string[]) => {
    mentions.push({ text, ids: ids ?? [] })
    return send(to, text, ids)
  }
  return mentions
}
