// From "which days" and "what time" to a stored rule. Midnight at the end of a day (晚上12点) moves to 0:00 of
// the next day; every-N-weeks rules get the week the first occurrence falls in as their anchor.
import { addDays, fromShanghai, shanghaiDateKey, type LocalDate } from '../shanghai.js'
import { dateOfKey, mondayOf, todayOf, weekdayOf } from './calendar.js'
import type { Clock } from './clock-phrase.js'
import type { DaySpec } from './day-phrase.js'
import { refuse } from './phrase-error.js'
import type { Rule } from './rule.js'

export interface RuleRequest {
  spec: DaySpec
  clock: Clock
  /** `YYYY-MM-DD`: the first day the rule may fire (从下周开始). */
  startsOn?: string
  /** The day and time words, quoted back when the rule cannot be built. */
  source: string
}

function weekdayField(days: number[]): string {
  if (days.length === 7) return '*'
  return days.join() === '1,2,3,4,5' ? '1-5' : days.join(',')
}

/** The Monday of the week of the first day (on or after the start) the weekdays fire after now. */
function anchorOf(weekdays: number[], clock: Clock, now: Date, startsOn?: string): string {
  const today = todayOf(now)
  const from = startsOn && startsOn > shanghaiDateKey(today) ? dateOfKey(startsOn) : today
  for (let i = 0; i < 21; i++) {
    const day = addDays(from, i)
    if (weekdays.includes(weekdayOf(day)) && fromShanghai(day, clock.hour, clock.minute) > now)
      return shanghaiDateKey(mondayOf(day))
  }
  return shanghaiDateKey(mondayOf(from))
}

function nextDay(month: number, day: number): { month: number; day: number } {
  const next = addDays({ year: 2027, month, day }, 1)
  return { month: next.month, day: next.day }
}

function recurring(r: RuleRequest, now: Date): Rule {
  const { spec, clock } = r
  const late = clock.hour === 24
  const time = `${clock.minute} ${late ? 0 : clock.hour}`
  const shift = late ? 1 : 0
  const rule: Extract<Rule, { type: 'cron' }> = { type: 'cron', cron: '' }
  if (r.startsOn) rule.startsOn = shanghaiDateKey(addDays(dateOfKey(r.startsOn), shift))
  const cannotShift = (): never =>
    refuse(`「${r.source}」的晚上12点是第二天 0:00，这样说不清是哪一天，请直接写 0:00 和那一天`)
  switch (spec.kind) {
    case 'daily':
      rule.cron = `${time} * * *`
      break
    case 'weekly': {
      const days = [...new Set(spec.weekdays.map((d) => (d + shift) % 7))].sort((a, b) => a - b)
      rule.cron = `${time} * * ${weekdayField(days)}`
      if (spec.every > 1) {
        const anchor = anchorOf(spec.weekdays, clock, now, r.startsOn)
        rule.weeks = { every: spec.every, anchor: shanghaiDateKey(addDays(dateOfKey(anchor), shift)) }
      }
      break
    }
    case 'monthly':
      if (late && spec.days.some((d) => d >= 28)) cannotShift()
      rule.cron = `${time} ${spec.days.map((d) => d + shift).join(',')} * *`
      break
    case 'month-end':
      rule.cron = late ? `${time} 1 * *` : `${time} L * *`
      break
    case 'nth-weekday':
      if (late) cannotShift()
      rule.cron = `${time} * * ${spec.weekday}${spec.nth === -1 ? 'L' : `#${spec.nth}`}`
      break
    case 'yearly': {
      if (late && spec.month === 2 && spec.day >= 28) cannotShift()
      const day = late ? nextDay(spec.month, spec.day) : spec
      rule.cron = `${time} ${day.day} ${day.month} *`
      break
    }
    case 'date':
      throw new Error('a one-off day is not a recurring rule')
  }
  return rule
}

function once(r: RuleRequest, date: LocalDate, now: Date): Rule {
  if (r.startsOn) refuse(`「${r.source}」只有一次，不用写从哪天开始`)
  const at = fromShanghai(date, r.clock.hour, r.clock.minute)
  if (at.getTime() <= now.getTime()) refuse(`「${r.source}」已经过去了`)
  return { type: 'once', at }
}

export function buildRule(r: RuleRequest, now: Date): Rule {
  return r.spec.kind === 'date' ? once(r, r.spec.date, now) : recurring(r, now)
}
