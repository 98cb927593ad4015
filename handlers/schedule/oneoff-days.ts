// One-off days: 今天 / 今晚 / 明早 / 后天 / 大后天 / 三天后 / 一周后 / 本周五 / 下周五 / 下下周一 / 本月20号 /
// 下个月8号 / 11月30日 / 2026-11-30 / 七一.
import { addDays, isRealDate, type LocalDate } from '../shanghai.js'
import { daysBetween, lastDayOfMonth, mondayOf, todayOf } from './calendar.js'
import type { DayReader, DayReading } from './day-phrase.js'
import { readMonthDay, readNamedDay, refuseLunar } from './named-days.js'
import { NUMBER, readNumber } from './numbers.js'
import { ask, refuse } from './phrase-error.js'
import { readWeekdayList } from './weekday-list.js'

const WEEK = '(?:周|星期|礼拜)'
const COUNT = '(\\d{1,3}|[零一二两三四五六七八九十]{1,3})'
/** A date without a year that passed at most this long ago is a mistake, not next year's. */
const RECENTLY_PASSED_DAYS = 60

const RELATIVE: Record<string, [number, string?]> = {
  今天: [0],
  今日: [0],
  今晚: [0, '晚上'],
  今早: [0, '早上'],
  明天: [1],
  明日: [1],
  明晚: [1, '晚上'],
  明早: [1, '早上'],
  后天: [2],
  大后天: [3],
}

function dateReading(text: string, length: number, date: LocalDate, period?: string): DayReading {
  return {
    spec: { kind: 'date', date },
    source: text.slice(0, length).trim(),
    rest: text.slice(length),
    period,
  }
}

const readRelativeDay: DayReader = (text, now) => {
  const m = /^(大后天|今天|今日|今晚|今早|明天|明日|明晚|明早|后天)/.exec(text)
  if (!m) return null
  const [offset, period] = RELATIVE[m[1] ?? ''] ?? [0]
  return dateReading(text, m[0].length, addDays(todayOf(now), offset), period)
}

const readDaysLater: DayReader = (text, now) => {
  const m = new RegExp(`^${COUNT}(?:天|日)(?:以后|之后|后)`).exec(text)
  const w = new RegExp(`^${COUNT}个?${WEEK}(?:以后|之后|后)`).exec(text)
  const hit = m ?? w
  if (!hit) return null
  const days = readNumber(hit[1] ?? '') * (m ? 1 : 7)
  if (!(days >= 1 && days <= 366)) refuse(`「${hit[0]}」不对，最多一年以内`)
  return dateReading(text, hit[0].length, addDays(todayOf(now), days))
}

const readWeekRelative: DayReader = (text, now) => {
  const m = new RegExp(`^(下下个?|下个?|这个?|本)${WEEK}`).exec(text)
  if (!m) return null
  const after = text.slice(m[0].length)
  if (/^末/.test(after)) ask(`「${m[0]}末」是周六还是周日？请写「${m[0]}六」或「${m[0]}日」`)
  const list = readWeekdayList(`周${after}`)
  if (!list || list.length !== 2)
    return list
      ? refuse(`「${m[0]}${after.slice(0, list.length - 1)}」是哪一天？一次只能写一天`)
      : ask(`「${m[0]}」是周几？`)
  const weeks = m[1]?.startsWith('下下') ? 2 : m[1]?.startsWith('下') ? 1 : 0
  const day = list.days[0] ?? 0
  const date = addDays(mondayOf(todayOf(now)), weeks * 7 + ((day + 6) % 7))
  if (daysBetween(todayOf(now), date) < 0) refuse(`「${m[0]}${after[0]}」已经过去了`)
  return dateReading(text, m[0].length + 1, date)
}

const readMonthRelative: DayReader = (text, now) => {
  const m = /^(下下个?|下个?|这个?|本)月(份)?的?/.exec(text)
  if (!m) return null
  const months = m[1]?.startsWith('下下') ? 2 : m[1]?.startsWith('下') ? 1 : 0
  const today = todayOf(now)
  const first = { year: today.year, month: today.month + months, day: 1 }
  const month = { year: first.year + Math.floor((first.month - 1) / 12), month: ((first.month - 1) % 12) + 1 }
  const after = text.slice(m[0].length)
  const end = /^(底|末|最后一天)/.exec(after)
  const nth = new RegExp(`^(${NUMBER})(号|日)`).exec(after)
  const hit = end ?? nth
  if (!hit) return ask(`「${m[0]}」是几号？`)
  const day = end ? lastDayOfMonth(month.year, month.month) : readNumber(nth?.[1] ?? '')
  const length = m[0].length + hit[0].length
  const date = { ...month, day }
  if (!isRealDate(date)) refuse(`「${text.slice(0, length)}」没有这一天（${month.month}月没有${day}号）`)
  if (daysBetween(today, date) < 0) refuse(`「${text.slice(0, length)}」已经过去了`)
  return dateReading(text, length, date)
}

/** A date without a year: this year's, or next year's when this year's is long past. */
function nextOf(month: number, day: number, source: string, now: Date): LocalDate {
  const today = todayOf(now)
  const date = { year: today.year, month, day }
  if (!isRealDate({ ...date, year: 2028 })) refuse(`没有「${source}」这一天`)
  const ago = -daysBetween(today, date)
  if (ago > 0 && ago <= RECENTLY_PASSED_DAYS) refuse(`「${source}」已经过去了`)
  const next = ago > 0 ? { ...date, year: date.year + 1 } : date
  if (!isRealDate(next)) refuse(`${next.year}年没有「${source}」这一天`)
  return next
}

const readDate: DayReader = (text, now) => {
  refuseLunar(text)
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text)
  if (iso) {
    const date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    if (!isRealDate(date)) refuse(`没有「${iso[0]}」这一天`)
    return dateReading(text, iso[0].length, date)
  }
  const year = /^(\d{4})年/.exec(text)
  const offset = year ? year[0].length : 0
  const md = readMonthDay(text.slice(offset)) ?? (year ? null : readNamedDay(text))
  if (!md) return null
  const source = text.slice(0, offset + md.length)
  if (!year) return dateReading(text, md.length, nextOf(md.month, md.day, source, now))
  const date = { year: Number(year[1]), month: md.month, day: md.day }
  if (!isRealDate(date)) refuse(`没有「${source}」这一天`)
  return dateReading(text, offset + md.length, date)
}

const READERS: DayReader[] = [readRelativeDay, readDaysLater, readWeekRelative, readMonthRelative, readDate]

export const readOneOffDay: DayReader = (text, now) => {
  for (const read of READERS) {
    const reading = read(text, now)
    if (reading) return reading
  }
  return null
}
