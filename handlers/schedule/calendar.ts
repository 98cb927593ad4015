// Calendar days (Asia/Shanghai) as the schedule rules count them: `YYYY-MM-DD` keys, weeks from Monday.
import { addDays, shanghaiDateKey, shanghaiParts, type LocalDate } from '../shanghai.js'

export function todayOf(now: Date): LocalDate {
  const p = shanghaiParts(now)
  return { year: p.year, month: p.month, day: p.day }
}

export function dateOfKey(key: string): LocalDate {
  const [year, month, day] = key.split('-').map(Number)
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 }
}

const dayNumber = (d: LocalDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(dayNumber(to) - dayNumber(from))
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

/** The Monday of the week `date` falls in (Chinese weeks start on Monday). */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7))
}

export function shiftKey(key: string, days: number): string {
  return shanghaiDateKey(addDays(dateOfKey(key), days))
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
