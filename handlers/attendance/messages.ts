// Texts sent at the end of a session: the one @ of the absent, and the private detail for admins.
import type { OutgoingText } from '../types.js'
import { nameList, type SessionKind } from './format.js'
import type { LiveMark, LiveSession } from './live.js'

/** More @-mentions than this in one message are split (WeChat truncates very long mention lists). */
export const MENTIONS_PER_MESSAGE = 100

export function absentMessages(kind: SessionKind, absent: LiveMark[]): OutgoingText[] {
  if (!absent.length) return []
  const ask = kind === 'class' ? '请联系支部安排补课' : '请向支部说明情况'
  const reachable = absent.flatMap((m) => (m.contactId ? [m.contactId] : []))
  const unreachable = absent.filter((m) => !m.contactId).map((m) => m.name)
  const tail = unreachable.length ? `（未报到：${nameList(unreachable, 30)}）` : ''
  const messages: OutgoingText[] = []
  for (let i = 0; i < Math.max(1, reachable.length); i += MENTIONS_PER_MESSAGE) {
    const chunk = reachable.slice(i, i + MENTIONS_PER_MESSAGE)
    const text = i === 0 ? `本次缺席${absent.length}名党员，${ask}。${tail}` : '（续）本次缺席的党员。'
    messages.push({ text, mentionIds: chunk })
  }
  return messages
}

/** Leave reasons, unmatched 接龙 names and guests: for the admins only, never the group. */
export function adminDetail(s: LiveSession): string | null {
  const leaves = [...s.marks.values()].filter((m) => m.status === 'leave')
  const lines: string[] = []
  if (leaves.length)
    lines.push(`请假：${leaves.map((m) => `${m.name}（${m.reason ?? '未说明'}）`).join('；')}`)
  if (s.unmatched.size) lines.push(`接龙中名册里找不到或重名的名字：${nameList([...s.unmatched], 50)}`)
  const viaJielong = [...s.marks.values()].filter((m) => m.via === 'jielong').map((m) => m.name)
  if (viaJielong.length) lines.push(`经接龙签到（非本人微信）：${nameList(viaJielong, 50)}`)
  const guests = [...s.guests.values()].map((g) => g.name)
  if (guests.length) lines.push(`非本支部在册的参加人员：${nameList(guests, 50)}`)
  return lines.length ? `《${s.topic}》签到明细\n${lines.join('\n')}` : null
}
