// Small text helpers shared by the attendance handlers (times shown in Asia/Shanghai).
import type { AttendanceStatus, SessionKind } from '../../prisma/generated/client.js'
import { fromShanghai, shanghaiDateKey, shanghaiParts } from '../shanghai.js'

export type { SessionKind }
/** A member's attendance in one session. */
export type Mark = AttendanceStatus

export const KIND_LABEL: Record<SessionKind, string> = {
  class: '流动课堂',
  rollcall: '点名',
  meeting: '支部党员大会',
}

export const MARK_LABEL: Record<Mark, string> = {
  expected: '未签到',
  present: '到',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
  exempt: '免签',
}

const pad = (n: number) => String(n).padStart(2, '0')

/** HH:MM in Asia/Shanghai, e.g. 08:05 */
export function clockTime(d: Date): string {
  const { hour, minute } = shanghaiParts(d)
  return `${pad(hour)}:${pad(minute)}`
}
export const dayOf = (d: Date): string => shanghaiDateKey(d)
export const dayTime = (d: Date): string => `${dayOf(d)} ${clockTime(d)}`

export type Period = '本月' | '本季度' | '今年'

/** Start of the month, quarter or year containing `now`, in Asia/Shanghai. */
export function periodStart(period: Period, now: Date): Date {
  const { year, month } = shanghaiParts(now)
  const first = period === '今年' ? 1 : period === '本季度' ? month - ((month - 1) % 3) : month
  return fromShanghai({ year, month: first, day: 1 })
}

/** A whole percentage, or one decimal where rounding would hide an absence (99.7%, never 100% with someone absent). */
export function percent(part: number, whole: number): string {
  if (!whole) return '—'
  const exact = (part / whole) * 100
  const rounded = Math.round(exact)
  if (rounded === 100 && part < whole) return `${(Math.floor(exact * 10) / 10).toFixed(1)}%`
  if (rounded === 0 && part > 0) return `${(Math.ceil(exact * 10) / 10).toFixed(1)}%`
  return `${rounded}%`
}

/** Joins names, listing at most `max` of them. */
export function nameList(names: string[], max = 20): string {
  return names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')}等`
}
