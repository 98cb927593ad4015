// Days branches keep by name (七一, 国庆 …), and the lunar festivals whose date moves every year.
import { NUMBER, readNumber } from './numbers.js'
import { refuse } from './phrase-error.js'

const NAMED: [string, number, number][] = [
  ['国庆节', 10, 1],
  ['劳动节', 5, 1],
  ['青年节', 5, 4],
  ['建党节', 7, 1],
  ['建军节', 8, 1],
  ['妇女节', 3, 8],
  ['儿童节', 6, 1],
  ['教师节', 9, 10],
  ['植树节', 3, 12],
  ['元旦', 1, 1],
  ['五一', 5, 1],
  ['五四', 5, 4],
  ['七一', 7, 1],
  ['八一', 8, 1],
  ['十一', 10, 1],
  ['国庆', 10, 1],
  ['三八', 3, 8],
  ['六一', 6, 1],
]
const NAMED_DAY = new RegExp(`^(${NAMED.map(([n]) => n).join('|')})+(?![\\d:.点时月号日])`)
const LUNAR = /^(农历|阴历|春节|除夕|元宵|端午|端阳|中秋|重阳|七夕|腊八|小年|清明|冬至)/

export interface MonthDay {
  month: number
  day: number
  length: number
  source: string
}

/** `七一`, `国庆节`, `七一建党节` at the start of `text`. */
export function readNamedDay(text: string): MonthDay | null {
  const m = NAMED_DAY.exec(text)
  if (!m) return null
  const first = NAMED.find(([name]) => m[0].startsWith(name))
  return first ? { month: first[1], day: first[2], length: m[0].length, source: m[0] } : null
}

/** Refuses a lunar festival (its Gregorian date changes every year). */
export function refuseLunar(text: string): void {
  const m = LUNAR.exec(text)
  if (m)
    refuse(
      `「${m[1]}」按农历算，每年的公历日子不一样，请写公历日期，例如 每年7月1日 上午9点（农历日子每年改一次）`,
    )
}

const MONTH_DAY = new RegExp(`^(${NUMBER})月份?(${NUMBER})(日|号)?`)

/** `3月5日`, `七月一日`, `12月26号` at the start of `text` (not checked against the calendar). */
export function readMonthDay(text: string): MonthDay | null {
  const m = MONTH_DAY.exec(text)
  if (!m) return null
  return { month: readNumber(m[1] ?? ''), day: readNumber(m[2] ?? ''), length: m[0].length, source: m[0] }
}
