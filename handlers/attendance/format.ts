// Small text helpers shared by the attendance handlers (times shown in Asia/Shanghai).
import type { AttendanceStatus, SessionKind } from '../../prisma/generated/client.js'

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

const SHANGHAI_OFFSET_MS = 8 * 3600_000

function shanghaiParts(d: Date) {
  const s = new Date(d.getTime() + SHANGHAI_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    y: s.getUTCFullYear(),
    m: s.getUTCMonth(),
    date: `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}`,
    time: `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`,
  }
}

export const clockTime = (d: Date): string => shanghaiParts(d).time
export const dayOf = (d: Date): string => shanghaiParts(d).date
export const dayTime = (d: Date): string => `${dayOf(d)} ${clockTime(d)}`

export type Period = '本月' | '本季度' | '今年'

/** Start of the month, quarter or year containing `now`, in Asia/Shanghai. */
export function periodStart(period: Period, now: Date): Date {
  const { y, m } = shanghaiParts(now)
  const month = period === '今年' ? 0 : period === '本季度' ? m - (m % 3) : m
  return new Date(Date.UTC(y, month, 1) - SHANGHAI_OFFSET_MS)
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
