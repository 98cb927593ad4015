// Wall-clock arithmetic in Asia/Shanghai (UTC+8 all year, no daylight saving), the time people see everywhere.
const OFFSET_MS = 8 * 60 * 60_000
const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六']

export interface LocalDate {
  year: number
  month: number
  day: number
}

export interface LocalParts extends LocalDate {
  hour: number
  minute: number
  weekday: number
}

export function shanghaiParts(at: Date): LocalParts {
  const d = new Date(at.getTime() + OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  }
}

/** The instant of a Shanghai wall-clock time. */
export function fromShanghai(date: LocalDate, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, hour, minute) - OFFSET_MS)
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const p = shanghaiParts(new Date(fromShanghai(date).getTime() + days * 86_400_000))
  return { year: p.year, month: p.month, day: p.day }
}

export function isRealDate(date: LocalDate): boolean {
  const p = shanghaiParts(fromShanghai(date))
  return p.year === date.year && p.month === date.month && p.day === date.day
}

/** `YYYY-MM-DD` of the Shanghai calendar day (the SkipDate key). */
export function shanghaiDateKey(at: Date | LocalDate): string {
  const p = at instanceof Date ? shanghaiParts(at) : at
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

export function truncateToMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000)
}

export function formatClock(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')}`
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday % 7] ?? '?'
}

/** e.g. `11月28日（周六）20:00` */
export function formatShanghai(at: Date): string {
  const p = shanghaiParts(at)
  return `${p.month}月${p.day}日（周${weekdayName(p.weekday)}）${formatClock(p.hour, p.minute)}`
}

export function formatLocalDate(date: LocalDate): string {
  return `${date.month}月${date.day}日`
}

/** The instant the Shanghai calendar day containing `at` began. */
export function startOfShanghaiDay(at: Date): Date {
  return fromShanghai(shanghaiParts(at))
}
