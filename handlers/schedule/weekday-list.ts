// Lists of weekdays as people write them: 周二和周四, 周一、三, 周一至周五, 星期一到星期五, 周六周日, 每周1、3、5.
import { refuse } from './phrase-error.js'

const WEEKDAY_OF: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 0,
  天: 0,
  七: 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 0,
}

/** One weekday, with or without 周/星期/礼拜; not the start of a time (`周三八点` is fine, `一二点` is not). */
const ITEM = /^(周|星期|礼拜)?([一二三四五六日天七](?![点时])|[1-7](?![\d:.点时]))/
const SEPARATOR = /^(、|,|和|与|及|跟|\/| (?=周|星期|礼拜))/
const RANGE = /^(至|到|~|-|—)/

const mondayIndex = (d: number) => (d + 6) % 7

export interface WeekdayList {
  days: number[]
  length: number
}

function readItem(text: string, needsPrefix: boolean): { day: number; length: number } | null {
  const m = ITEM.exec(text)
  if (!m || (needsPrefix && !m[1])) return null
  return { day: WEEKDAY_OF[m[2] ?? ''] ?? 0, length: m[0].length }
}

/**
 * Reads weekdays at the start of `text`. The first needs 周/星期/礼拜 unless `bareFirst` (after 隔周).
 * Returns null when there is none; days are 0 = Sunday … 6 = Saturday, sorted.
 */
export function readWeekdayList(text: string, bareFirst = false): WeekdayList | null {
  const first = readItem(text, !bareFirst)
  if (!first) return null
  const days = new Set<number>()
  let pos = 0
  let item: { day: number; length: number } | null = first
  while (item) {
    const from = item.day
    pos += item.length
    const range = RANGE.exec(text.slice(pos))
    const to = range ? readItem(text.slice(pos + range[0].length), false) : null
    if (range && to) {
      // 周日到周四 counts from Sunday; otherwise weeks run Monday to Sunday
      const index = from === 0 ? (d: number) => d : mondayIndex
      if (index(to.day) < index(from))
        refuse(`「${text.slice(0, pos + range[0].length + to.length)}」的顺序反了`)
      for (let i = index(from); i <= index(to.day); i++) days.add(from === 0 ? i : (i + 1) % 7)
      pos += range[0].length + to.length
    } else days.add(from)
    const separator = SEPARATOR.exec(text.slice(pos))?.[0] ?? ''
    item = readItem(text.slice(pos + separator.length), false)
    if (item) pos += separator.length
  }
  return { days: [...days].sort((a, b) => a - b), length: pos }
}
