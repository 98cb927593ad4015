// A past day as people write it in a command: 2026-11-20, 2026年11月20日, 11月20日, 11.20, 今天, 昨天.
import {
  addDays,
  fromShanghai,
  isRealDate,
  shanghaiDateKey,
  shanghaiParts,
  type LocalDate,
} from '../shanghai.js'

export type DayRead = { ok: true; at: Date; rest: string } | { ok: false; error: string } | null

/** Reads a day at the start of `text`; null when there is none (the caller uses today). */
export function readPastDay(text: string, now: Date): DayRead {
  const p = shanghaiParts(now)
  const today: LocalDate = { year: p.year, month: p.month, day: p.day }
  const t = text.normalize('NFKC').trim()
  let m: RegExpExecArray | null
  let date: LocalDate | null = null
  let length = 0
  if ((m = /^(今天|昨天|前天)/u.exec(t))) {
    date = addDays(today, -['今天', '昨天', '前天'].indexOf(m[1] ?? '今天'))
    length = m[0].length
  } else if ((m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?/u.exec(t))) {
    date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    length = m[0].length
  } else if ((m = /^(\d{1,2})[月.](\d{1,2})[日号]?/u.exec(t))) {
    date = { year: today.year, month: Number(m[1]), day: Number(m[2]) }
    if (shanghaiDateKey(date) > shanghaiDateKey(today)) date = { ...date, year: today.year - 1 }
    length = m[0].length
  }
  if (!date) return null
  if (!isRealDate(date)) return { ok: false, error: `没有${date.month}月${date.day}日这一天。` }
  if (shanghaiDateKey(date) > shanghaiDateKey(today)) return { ok: false, error: '日期不能晚于今天。' }
  return { ok: true, at: fromShanghai(date), rest: t.slice(length).trim() }
}

/** 11月20日 */
export function dayText(at: Date): string {
  const p = shanghaiParts(at)
  return `${p.month}月${p.day}日`
}
