// Dates for 跳过日期 / 取消跳过: `10月1日`, `2026-10-01`, `明天`, ranges `10月1日至10月7日` / `10月1日-7日`.
import { normalizePhrase } from './phrase.js'
import { addDays, isRealDate, shanghaiDateKey, shanghaiParts, type LocalDate } from '../shanghai.js'

export const MAX_SKIP_RANGE_DAYS = 31
const RELATIVE: Record<string, number> = { 今天: 0, 明天: 1, 后天: 2 }

export type DatesResult = { ok: true; dates: string[]; rest: string } | { ok: false; error: string }

function readDate(
  text: string,
  today: LocalDate,
  monthHint?: number,
): { date: LocalDate; rest: string } | null {
  let m: RegExpExecArray | null
  if ((m = /^(今天|明天|后天)/.exec(text)))
    return { date: addDays(today, RELATIVE[m[1] ?? ''] ?? 0), rest: text.slice(m[0].length) }
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text)))
    return {
      date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
      rest: text.slice(m[0].length),
    }
  if ((m = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})(日|号)?/.exec(text))) {
    const month = m[2] ? Number(m[2]) : monthHint
    if (month === undefined || (!m[2] && !m[4] && monthHint === undefined)) return null
    let year = m[1] ? Number(m[1]) : today.year
    if (!m[1] && shanghaiDateKey({ year, month, day: Number(m[3]) }) < shanghaiDateKey(today)) year += 1
    return { date: { year, month, day: Number(m[3]) }, rest: text.slice(m[0].length) }
  }
  return null
}

const EXAMPLES = '例如：跳过日期 10月1日 国庆节，或 跳过日期 10月1日至10月7日 国庆假期'

/** Reads one date or a range at the start of `input`; `rest` is the reason that follows. */
export function parseDates(input: string, now: Date): DatesResult {
  const p = shanghaiParts(now)
  const today = { year: p.year, month: p.month, day: p.day }
  const text = normalizePhrase(input)
  const first = readDate(text, today)
  if (!first) return { ok: false, error: `没看懂日期。${EXAMPLES}` }
  let last = first
  const range = /^ ?(至|到|-|~) ?/.exec(first.rest)
  if (range) {
    const end = readDate(first.rest.slice(range[0].length), today, first.date.month)
    if (!end) return { ok: false, error: `没看懂结束日期。${EXAMPLES}` }
    last = end
  }
  for (const d of [first.date, last.date])
    if (!isRealDate(d)) return { ok: false, error: `没有${d.month}月${d.day}日这一天。` }
  const dates: string[] = []
  for (let d = first.date; shanghaiDateKey(d) <= shanghaiDateKey(last.date); d = addDays(d, 1)) {
    dates.push(shanghaiDateKey(d))
    if (dates.length > MAX_SKIP_RANGE_DAYS)
      return { ok: false, error: `一次最多 ${MAX_SKIP_RANGE_DAYS} 天。` }
  }
  if (dates.length === 0) return { ok: false, error: '结束日期在开始日期之前。' }
  return { ok: true, dates, rest: last.rest.trim() }
}
