// A schedule rule (a cron expression in Asia/Shanghai, or one moment) and what follows from it.
// Day-of-month `L` means the last day of the month; cron-parser understands it, node-cron is given 28-31 plus a check.
import { CronExpressionParser } from 'cron-parser'
import { formatClock, formatShanghai, shanghaiParts, truncateToMinute, weekdayName } from '../shanghai.js'

export const TIME_ZONE = 'Asia/Shanghai'

export type Rule = { type: 'cron'; cron: string } | { type: 'once'; at: Date }

export function ruleOf(row: { cron: string | null; runAt: Date | null }): Rule | null {
  if (row.cron) return { type: 'cron', cron: row.cron }
  if (row.runAt) return { type: 'once', at: row.runAt }
  return null
}

function parseCron(cron: string, currentDate: Date) {
  return CronExpressionParser.parse(cron, { tz: TIME_ZONE, currentDate })
}

/** Throws with cron-parser's message when the expression is not a valid 5-field cron. */
export function assertValidCron(cron: string): void {
  if (cron.trim().split(/\s+/).length !== 5) throw new Error('cron 表达式要正好 5 段：分 时 日 月 周')
  parseCron(cron, new Date(0))
}

/** The next `count` fire times strictly after `after`. */
export function nextFireTimes(rule: Rule, after: Date, count: number): Date[] {
  if (rule.type === 'once') return rule.at.getTime() > after.getTime() ? [rule.at] : []
  const expression = parseCron(rule.cron, after)
  const times: Date[] = []
  while (times.length < count && expression.hasNext()) times.push(expression.next().toDate())
  return times
}

/** Nominal fire times in (from, to], oldest first, at most `limit`. */
export function fireTimesBetween(rule: Rule, from: Date, to: Date, limit = 500): Date[] {
  if (rule.type === 'once') {
    const t = rule.at.getTime()
    return t > from.getTime() && t <= to.getTime() ? [rule.at] : []
  }
  const expression = CronExpressionParser.parse(rule.cron, { tz: TIME_ZONE, currentDate: from, endDate: to })
  const times: Date[] = []
  while (times.length < limit && expression.hasNext()) times.push(expression.next().toDate())
  return times
}

/** Whether the rule fires at this minute (seconds ignored). */
export function ruleFiresAt(rule: Rule, at: Date): boolean {
  const minute = truncateToMinute(at)
  if (rule.type === 'once') return truncateToMinute(rule.at).getTime() === minute.getTime()
  return parseCron(rule.cron, minute).includesDate(minute)
}

/** node-cron cannot say "last day of the month": give it 28-31 and let ruleFiresAt decide. */
export function cronForNodeCron(cron: string): string {
  const fields = cron.trim().split(/\s+/)
  if (fields[2] === 'L') fields[2] = '28-31'
  return fields.join(' ')
}

const isNumber = (field: string | undefined): field is string => field !== undefined && /^\d+$/.test(field)

function describeWeekdays(field: string): string | null {
  if (field === '*') return '每天'
  if (field === '1-5') return '工作日'
  if (field === '0,6' || field === '6,0') return '每周六、日'
  if (!/^[0-7](,[0-7])*$/.test(field)) return null
  const days = [...new Set(field.split(',').map((d) => Number(d) % 7))].sort(
    (a, b) => ((a + 6) % 7) - ((b + 6) % 7),
  )
  return `每周${days.map(weekdayName).join('、')}`
}

/** The rule in words, e.g. `每周三 20:00`, `每月最后一天 20:00`, `11月28日（周六）20:00`. */
export function describeRule(rule: Rule): string {
  if (rule.type === 'once') return `${shanghaiParts(rule.at).year}年${formatShanghai(rule.at)}（一次）`
  const [minute, hour, day, month, weekday] = rule.cron.trim().split(/\s+/)
  if (!isNumber(minute) || !isNumber(hour) || month !== '*') return `按表达式 ${rule.cron}`
  const clock = formatClock(Number(hour), Number(minute))
  if (day === 'L' && weekday === '*') return `每月最后一天 ${clock}`
  if (isNumber(day) && weekday === '*') return `每月${Number(day)}日 ${clock}`
  const days = day === '*' && weekday !== undefined ? describeWeekdays(weekday) : null
  return days ? `${days} ${clock}` : `按表达式 ${rule.cron}`
}

function expandWeekdays(field: string): number[] | null {
  const days = new Set<number>()
  for (const part of field.split(',')) {
    const m = /^([0-7])(?:-([0-7]))?$/.exec(part)
    if (!m) return null
    for (let d = Number(m[1]); d <= Number(m[2] ?? m[1]); d++) days.add(d % 7)
  }
  return [...days].sort((a, b) => a - b)
}

/** The same rule `minutes` earlier (for reminders before a class); null when the rule is too complex to shift. */
export function shiftCronEarlier(cron: string, minutes: number): string | null {
  const [minute, hour, day, month, weekday] = cron.trim().split(/\s+/)
  if (!isNumber(minute) || !isNumber(hour) || month !== '*' || day === undefined || weekday === undefined)
    return null
  let total = Number(hour) * 60 + Number(minute) - minutes
  let newDay = day
  let newWeekday = weekday
  if (total < 0) {
    total += 24 * 60
    if (isNumber(day) && Number(day) > 1) newDay = String(Number(day) - 1)
    else if (day !== '*') return null
    if (weekday !== '*') {
      const days = expandWeekdays(weekday)
      if (!days) return null
      newWeekday = days
        .map((d) => (d + 6) % 7)
        .sort((a, b) => a - b)
        .join(',')
    }
  }
  if (total < 0) return null
  return `${total % 60} ${Math.floor(total / 60)} ${newDay} * ${newWeekday}`
}
