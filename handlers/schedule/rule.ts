// A schedule rule and its occurrences. A rule is one moment, or a cron expression in Asia/Shanghai read by
// cron-parser (which also knows `L` = last day, `6#2` = second Saturday, `0L` = last Sunday), optionally
// narrowed to every N-th week (counted in 7-day blocks from `weeks.anchor`) and to days from `startsOn` on.
// node-cron, which only says "now", is given a wider expression; ruleFiresAt decides.
import { CronExpressionParser } from 'cron-parser'
import { shanghaiDateKey, truncateToMinute } from '../shanghai.js'
import { dateOfKey, daysBetween } from './calendar.js'

export const TIME_ZONE = 'Asia/Shanghai'

export interface WeekCycle {
  /** Fire only in every `every`-th 7-day block … */
  every: number
  /** … counted from this day (`YYYY-MM-DD`, normally a Monday). */
  anchor: string
}

export type Rule =
  { type: 'cron'; cron: string; weeks?: WeekCycle; startsOn?: string } | { type: 'once'; at: Date }

/** The Schedule columns a rule is stored in. */
export interface RuleColumns {
  cron: string | null
  runAt: Date | null
  everyWeeks: number | null
  weekAnchor: string | null
  startsOn: string | null
}

export function ruleOf(row: Partial<RuleColumns> & Pick<RuleColumns, 'cron' | 'runAt'>): Rule | null {
  if (row.cron) {
    const rule: Rule = { type: 'cron', cron: row.cron }
    if (row.everyWeeks && row.everyWeeks > 1 && row.weekAnchor)
      rule.weeks = { every: row.everyWeeks, anchor: row.weekAnchor }
    if (row.startsOn) rule.startsOn = row.startsOn
    return rule
  }
  if (row.runAt) return { type: 'once', at: row.runAt }
  return null
}

export function columnsOf(rule: Rule): RuleColumns {
  if (rule.type === 'once')
    return { cron: null, runAt: rule.at, everyWeeks: null, weekAnchor: null, startsOn: null }
  return {
    cron: rule.cron,
    runAt: null,
    everyWeeks: rule.weeks?.every ?? null,
    weekAnchor: rule.weeks?.anchor ?? null,
    startsOn: rule.startsOn ?? null,
  }
}

function parseCron(cron: string, currentDate: Date, endDate?: Date) {
  return CronExpressionParser.parse(cron, { tz: TIME_ZONE, currentDate, endDate })
}

/** Throws with cron-parser's message when the expression is not a valid 5-field cron. */
export function assertValidCron(cron: string): void {
  if (cron.trim().split(/\s+/).length !== 5) throw new Error('cron 表达式要正好 5 段：分 时 日 月 周')
  parseCron(cron, new Date(0))
}

/** Whether the week cycle and the start day let the rule fire on the day of `at`. */
function dayAllowed(rule: Extract<Rule, { type: 'cron' }>, at: Date): boolean {
  const key = shanghaiDateKey(at)
  if (rule.startsOn && key < rule.startsOn) return false
  if (!rule.weeks) return true
  const block = Math.floor(daysBetween(dateOfKey(rule.weeks.anchor), dateOfKey(key)) / 7)
  return ((block % rule.weeks.every) + rule.weeks.every) % rule.weeks.every === 0
}

/** Cron matches the filter throws away before `count` are found: enough for a 12-week cycle of 7 days. */
const MAX_SCAN = 2_000

function collect(rule: Extract<Rule, { type: 'cron' }>, from: Date, count: number, to?: Date): Date[] {
  const expression = parseCron(rule.cron, from, to)
  const times: Date[] = []
  for (let scanned = 0; times.length < count && scanned < MAX_SCAN && expression.hasNext(); scanned++) {
    const t = expression.next().toDate()
    if (dayAllowed(rule, t)) times.push(t)
  }
  return times
}

/** The next `count` fire times strictly after `after`. */
export function nextFireTimes(rule: Rule, after: Date, count: number): Date[] {
  if (rule.type === 'once') return rule.at.getTime() > after.getTime() ? [rule.at] : []
  return collect(rule, after, count)
}

/** Nominal fire times in (from, to], oldest first, at most `limit`. */
export function fireTimesBetween(rule: Rule, from: Date, to: Date, limit = 500): Date[] {
  if (rule.type === 'once') {
    const t = rule.at.getTime()
    return t > from.getTime() && t <= to.getTime() ? [rule.at] : []
  }
  return collect(rule, from, limit, to)
}

/** Whether the rule fires at this minute (seconds ignored). */
export function ruleFiresAt(rule: Rule, at: Date): boolean {
  const minute = truncateToMinute(at)
  if (rule.type === 'once') return truncateToMinute(rule.at).getTime() === minute.getTime()
  return parseCron(rule.cron, minute).includesDate(minute) && dayAllowed(rule, minute)
}

/**
 * node-cron cannot say "last day of the month" or "second Saturday": give it 28-31 / every Saturday and let
 * ruleFiresAt decide. Week cycles and start days are decided there too.
 */
export function cronForNodeCron(cron: string): string {
  const fields = cron.trim().split(/\s+/)
  if (fields[2] === 'L') fields[2] = '28-31'
  if (fields[4] !== undefined) fields[4] = fields[4].replace(/#\d|L/g, '')
  return fields.join(' ')
}
