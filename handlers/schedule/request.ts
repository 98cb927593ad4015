// What 定时点名 / 预告 / 补课提醒 would store for their arguments: the rule, the topic, the minutes. Pure, so the
// commands and scripts/eval-phrases.ts read phrases the same way.
import { truncateToMinute } from '../shanghai.js'
import { readNumber } from './numbers.js'
import { parseTimePhrase } from './phrase.js'
import type { ScheduleKind } from './ports.js'
import type { Rule } from './rule.js'
import { shiftRuleEarlier } from './rule-words.js'

export const DEFAULT_ROLLCALL_MINUTES = 10
export const DEFAULT_LEAD_MINUTES = 30
const MAX_MINUTES = 180

export interface Draft {
  kind: ScheduleKind
  rule: Rule
  topic: string
  durationMinutes: number
  leadMinutes: number
  summary: string
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; error: string }

const AMOUNT = '(\\d{1,4}|[零一二两三四五六七八九十]{1,3}|半|一个半)'

function amountOf(text: string): number {
  if (text === '半') return 0.5
  if (text === '一个半') return 1.5
  return readNumber(text)
}

/** The topic without punctuation left around it by a removed duration or a comma after the time. */
const cleanTopic = (text: string) => text.replace(/^[\s,，:：;；。、]+|[\s,，:：;；。、]+$/g, '')

const ROLLCALL_LENGTH = { prefix: '(?:时长|限时|每次|持续|共|为时)?', suffix: '', days: false }
const CLASS_LEAD = { prefix: '提前', suffix: '(?:提醒|通知)?', days: true }

/** Removes `<prefix>N分钟` / `N小时` (/ `N天`) from the text; returns the minutes and what is left. */
function takeMinutes(text: string, words: typeof ROLLCALL_LENGTH): { minutes: number | null; rest: string } {
  const { prefix, suffix } = words
  const patterns: [RegExp, number][] = [
    [new RegExp(`${prefix}\\s*${AMOUNT}\\s*分钟${suffix}`), 1],
    [new RegExp(`${prefix}\\s*${AMOUNT}\\s*个?(?:小时|钟头)${suffix}`), 60],
    [new RegExp(`${prefix}\\s*([一二两三1-3])\\s*刻钟${suffix}`), 15],
  ]
  if (words.days) patterns.push([new RegExp(`${prefix}\\s*${AMOUNT}\\s*(?:天|日)${suffix}`), 24 * 60])
  for (const [pattern, unit] of patterns) {
    const m = pattern.exec(text)
    if (!m) continue
    const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim()
    return { minutes: Math.round(amountOf(m[1] ?? '') * unit), rest: cleanTopic(rest) }
  }
  return { minutes: null, rest: cleanTopic(text) }
}

/** `提前…` that was not read as a lead time. */
const unreadLead = (rest: string) => /提前\S*/.exec(rest)?.[0]

export function draftRollCall(args: string, now: Date): DraftResult {
  const parsed = parseTimePhrase(args, now)
  if (!parsed.ok) return parsed
  const lead = unreadLead(parsed.rest)
  if (lead) return { ok: false, error: `定时点名不用写「${lead}」；要在开课前提醒，请用「预告」。` }
  const { minutes, rest } = takeMinutes(parsed.rest, ROLLCALL_LENGTH)
  const durationMinutes = minutes ?? parsed.durationMinutes ?? DEFAULT_ROLLCALL_MINUTES
  if (!(durationMinutes >= 1 && durationMinutes <= MAX_MINUTES))
    return { ok: false, error: `时长要在 1 到 ${MAX_MINUTES} 分钟之间。` }
  const topic = rest || '点名'
  return {
    ok: true,
    draft: {
      kind: 'rollcall',
      rule: parsed.rule,
      topic,
      durationMinutes,
      leadMinutes: 0,
      summary: `${parsed.words} 点名「${topic}」，每次 ${durationMinutes} 分钟`,
    },
  }
}

/** The rule for a reminder `lead` minutes before the class rule; a one-off too close to now is sent next minute. */
function reminderRule(classRule: Rule, lead: number, now: Date): { rule: Rule; lead: number } | null {
  if (classRule.type === 'cron') {
    const rule = shiftRuleEarlier(classRule, lead)
    return rule ? { rule, lead } : null
  }
  const nextMinute = truncateToMinute(new Date(now.getTime() + 60_000))
  const at = new Date(Math.max(classRule.at.getTime() - lead * 60_000, nextMinute.getTime()))
  return { rule: { type: 'once', at }, lead: Math.round((classRule.at.getTime() - at.getTime()) / 60_000) }
}

export function draftClassReminder(args: string, now: Date): DraftResult {
  const parsed = parseTimePhrase(args, now)
  if (!parsed.ok) return parsed
  const { minutes, rest } = takeMinutes(parsed.rest, CLASS_LEAD)
  const unread = unreadLead(rest)
  if (unread) return { ok: false, error: `没看懂「${unread}」，请写 提前30分钟 或 提前1小时。` }
  const lead = minutes ?? DEFAULT_LEAD_MINUTES
  if (!(lead >= 0 && lead <= 24 * 60)) return { ok: false, error: '提前的分钟数要在 0 到 1440 之间。' }
  if (!rest)
    return { ok: false, error: '请写课程主题，例如：预告 明天 20:00 流动课堂 学习二十届四中全会精神' }
  const reminder = reminderRule(parsed.rule, lead, now)
  if (!reminder)
    return {
      ok: false,
      error: `「${parsed.words}」没法往前推 ${lead} 分钟提醒（会跨到前一天，或规则太复杂）。请加「提前0分钟」，或换一个开课时间。`,
    }
  return {
    ok: true,
    draft: {
      kind: 'class',
      rule: reminder.rule,
      topic: rest,
      durationMinutes: 0,
      leadMinutes: reminder.lead,
      summary: `「${rest}」${parsed.words} 开课，提前 ${reminder.lead} 分钟在群里提醒`,
    },
  }
}

export function draftMakeupReminder(args: string, now: Date): DraftResult {
  const parsed = parseTimePhrase(args, now)
  if (!parsed.ok) return parsed
  return {
    ok: true,
    draft: {
      kind: 'makeup-reminder',
      rule: parsed.rule,
      topic: cleanTopic(parsed.rest),
      durationMinutes: 0,
      leadMinutes: 0,
      summary: `${parsed.words} 提醒还欠补课的党员`,
    },
  }
}
