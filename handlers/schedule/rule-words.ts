// A rule in plain Chinese, and the same rule some minutes earlier (the reminder before a class).
import { formatClock, formatShanghai, shanghaiParts, weekdayName } from '../shanghai.js'
import { dateOfKey, shiftKey } from './calendar.js'
import type { Rule } from './rule.js'

type CronRule = Extract<Rule, { type: 'cron' }>

const CN_COUNT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
const isNumber = (field: string | undefined): field is string => field !== undefined && /^\d+$/.test(field)
const isNumberList = (field: string | undefined): field is string =>
  field !== undefined && /^\d+(,\d+)*$/.test(field)
const mondayFirst = (a: number, b: number) => ((a + 6) % 7) - ((b + 6) % 7)

/** `1-5` or `1,3,5` → sorted weekdays (0 = Sunday); null for anything else. */
export function expandWeekdays(field: string): number[] | null {
  const days = new Set<number>()
  for (const part of field.split(',')) {
    const m = /^([0-7])(?:-([0-7]))?$/.exec(part)
    if (!m) return null
    for (let d = Number(m[1]); d <= Number(m[2] ?? m[1]); d++) days.add(d % 7)
  }
  return [...days].sort((a, b) => a - b)
}

/** `0,6` → `周六、日`; Monday to Friday → `工作日`; every day → null. */
function weekdayWords(days: number[]): string | null {
  if (days.length === 7) return null
  if (days.join() === '1,2,3,4,5') return '工作日'
  return `周${[...days].sort(mondayFirst).map(weekdayName).join('、')}`
}

function describeWeekly(field: string, weeks: CronRule['weeks']): string | null {
  if (field === '*') return weeks ? null : '每天'
  const nth = /^([0-7])(#([1-5])|L)$/.exec(field)
  if (nth) {
    const which = nth[2] === 'L' ? '最后一' : `第${CN_COUNT[Number(nth[3])]}`
    return weeks ? null : `每月${which}个周${weekdayName(Number(nth[1]))}`
  }
  const days = expandWeekdays(field)
  if (!days) return null
  const words = weekdayWords(days) ?? '每天'
  if (!weeks) return words === '工作日' || words === '每天' ? words : `每${words}`
  if (weeks.every === 2) return `隔周${words === '工作日' ? '的工作日' : words}`
  return `每${CN_COUNT[weeks.every] ?? weeks.every}周的${words}`
}

function describeDays(rule: CronRule, day: string, month: string, weekday: string): string | null {
  if (month === '*' && day === '*') return describeWeekly(weekday, rule.weeks)
  if (rule.weeks || weekday !== '*') return null
  if (month === '*' && day === 'L') return '每月最后一天'
  if (month === '*' && isNumberList(day)) return `每月${day.split(',').map(Number).join('日、')}日`
  if (isNumber(month) && isNumber(day)) return `每年${Number(month)}月${Number(day)}日`
  return null
}

/** The rule in words, e.g. `每周三 20:00`, `隔周周六 9:00`, `每月第二个周六 20:00`, `每年7月1日 9:00`. */
export function describeRule(rule: Rule): string {
  if (rule.type === 'once') return `${shanghaiParts(rule.at).year}年${formatShanghai(rule.at)}（一次）`
  const [minute, hour, day, month, weekday] = rule.cron.trim().split(/\s+/)
  const days =
    isNumber(minute) && isNumber(hour) && day !== undefined && month !== undefined && weekday !== undefined
      ? describeDays(rule, day, month, weekday)
      : null
  if (!days) return `按表达式 ${rule.cron}`
  const from = rule.startsOn ? dateOfKey(rule.startsOn) : null
  const since = from ? `（${from.month}月${from.day}日起）` : ''
  return `${days} ${formatClock(Number(hour), Number(minute))}${since}`
}

/** The day fields of a rule that fires one day earlier; null when a cron expression cannot say it. */
function dayBefore(day: string, month: string, weekday: string): { day: string; weekday: string } | null {
  if (weekday !== '*') {
    const days = day === '*' && month === '*' ? expandWeekdays(weekday) : null
    if (!days) return null
    return { day, weekday: [...new Set(days.map((d) => (d + 6) % 7))].sort((a, b) => a - b).join(',') }
  }
  if (day === '*') return { day, weekday }
  if (!isNumberList(day)) return null
  const days = day.split(',').map(Number)
  if (days.includes(1)) return null
  return { day: days.map((d) => d - 1).join(','), weekday }
}

/** The same rule `minutes` earlier (for reminders before a class); null when a rule cannot say it. */
export function shiftRuleEarlier(rule: CronRule, minutes: number): CronRule | null {
  const [minute, hour, day, month, weekday] = rule.cron.trim().split(/\s+/)
  if (
    !isNumber(minute) ||
    !isNumber(hour) ||
    day === undefined ||
    month === undefined ||
    weekday === undefined
  )
    return null
  if (month !== '*' && !isNumber(month)) return null
  const total = Number(hour) * 60 + Number(minute) - minutes
  const clock = (t: number) => `${t % 60} ${Math.floor(t / 60)}`
  if (total >= 0) return { ...rule, cron: `${clock(total)} ${day} ${month} ${weekday}` }
  if (total < -24 * 60) return null
  const before = dayBefore(day, month, weekday)
  if (!before) return null
  const shifted: CronRule = {
    type: 'cron',
    cron: `${clock(total + 24 * 60)} ${before.day} ${month} ${before.weekday}`,
  }
  if (rule.weeks) shifted.weeks = { every: rule.weeks.every, anchor: shiftKey(rule.weeks.anchor, -1) }
  if (rule.startsOn) shifted.startsOn = shiftKey(rule.startsOn, -1)
  return shifted
}
