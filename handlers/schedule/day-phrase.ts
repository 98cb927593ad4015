// Which day(s) a phrase names, before its time of day. The readers live in recurring-days.ts and
// oneoff-days.ts; the first that recognises the start of the text wins.
import type { LocalDate } from '../shanghai.js'
import { readOneOffDay } from './oneoff-days.js'
import { readRecurringDays } from './recurring-days.js'

export type DaySpec =
  | { kind: 'daily' }
  /** Days 0 = Sunday … 6 = Saturday; `every` > 1 means every N-th week. */
  | { kind: 'weekly'; weekdays: number[]; every: number }
  | { kind: 'monthly'; days: number[] }
  | { kind: 'month-end' }
  /** The n-th (1–5) or, with -1, the last such weekday of each month. */
  | { kind: 'nth-weekday'; weekday: number; nth: number }
  | { kind: 'yearly'; month: number; day: number }
  | { kind: 'date'; date: LocalDate }

export interface DayReading {
  spec: DaySpec
  /** The words that named the day, quoted back in questions and refusals. */
  source: string
  rest: string
  /** A part of the day the day word implies (每晚 → 晚上, 明早 → 早上). */
  period?: string
}

export type DayReader = (text: string, now: Date) => DayReading | null

/** Builds a reading from a regex match at the start of `text`. */
export function readingOf(text: string, m: RegExpExecArray, spec: DaySpec, period?: string): DayReading {
  return { spec, source: m[0].trim(), rest: text.slice(m[0].length), period }
}

export function readDay(text: string, now: Date): DayReading | null {
  return readRecurringDays(text, now) ?? readOneOffDay(text, now)
}
