// Recurring days: 每天 / 每晚 / 工作日 / 周末 / 每周二和周四 / 隔周周六 / 每三周的周日 / 每月5号和20号 /
// 每月最后一天 / 每月第二个周六 / 每月最后一个周日 / 每年七一 / 每年3月5日.
import { readingOf, type DayReader, type DayReading, type DaySpec } from './day-phrase.js'
import { readMonthDay, readNamedDay, refuseLunar } from './named-days.js'
import { NUMBER, readNumber } from './numbers.js'
import { ask, refuse } from './phrase-error.js'
import { readWeekdayList } from './weekday-list.js'
import { isRealDate } from '../shanghai.js'

const WEEK = '(?:周|星期|礼拜)'
const MAX_EVERY_WEEKS = 12

function simple(pattern: RegExp, spec: DaySpec, period?: string): DayReader {
  return (text) => {
    const m = pattern.exec(text)
    return m ? readingOf(text, m, spec, period) : null
  }
}

const readUnsupported: DayReader = (text) => {
  const m = new RegExp(
    `^(每个?季度?|每半个?月|每半年|隔月|每隔${NUMBER}个月|每(?:[两二三四五六七八九十]|[2-9]|1[0-2])个月|每个?月的?(?:第${NUMBER}|最后一)个?工作日)`,
  ).exec(text)
  if (m) refuse(`还不会「${m[1]}」这样的安排，可以换成每月几号或每年几月几号，分开设几个`)
  return null
}

/** `隔周` / `每隔一周` / `每两周` / `每3个星期` followed by the weekdays. */
const readEveryWeeks: DayReader = (text) => {
  const ambiguous = new RegExp(`^(每隔(${NUMBER})个?${WEEK}|[单双]周)`).exec(text)
  if (ambiguous && !(ambiguous[2] && readNumber(ambiguous[2]) === 1))
    ask(
      `「${ambiguous[1]}」是几周一次？请写「隔周周五」（两周一次）或「每三周的周五」这样的说法，第一次的日子我会列出来`,
    )
  const m = new RegExp(
    `^(?:每隔一个?${WEEK}|隔一个?${WEEK}|隔${WEEK}|每(${NUMBER})个?${WEEK}|(每)${WEEK}(?=一次))(?:的|一次|,| )*`,
  ).exec(text)
  if (!m) return null
  const every = m[1] ? readNumber(m[1]) : m[2] ? 1 : 2
  if (!(every >= 1 && every <= MAX_EVERY_WEEKS))
    refuse(`「${m[0].trim()}」不行：最多每${MAX_EVERY_WEEKS}周一次`)
  const list = readWeekdayList(text.slice(m[0].length), true)
  if (!list) return ask(`「${m[0].trim()}」是周几？例如 ${m[0].trim()}的周六 上午9点`)
  const end = m[0].length + list.length
  return {
    spec: { kind: 'weekly', weekdays: list.days, every },
    source: text.slice(0, end),
    rest: text.slice(end),
  }
}

const readWeekdays: DayReader = (text) => {
  const prefix = new RegExp(`^(每一?个?(${WEEK}的)?)?`).exec(text)?.[0] ?? ''
  const list = readWeekdayList(text.slice(prefix.length))
  if (list) {
    const everyDay = /^(的)?每天/.exec(text.slice(prefix.length + list.length))?.[0] ?? ''
    const end = prefix.length + list.length + everyDay.length
    return {
      spec: { kind: 'weekly', weekdays: list.days, every: 1 },
      source: text.slice(0, end),
      rest: text.slice(end),
    }
  }
  const wrong = new RegExp(`^(每个?)?(${WEEK}[八九十零〇089])`).exec(text)
  if (wrong) refuse(`没有「${wrong[2]}」这一天`)
  const bare = new RegExp(`^每个?${WEEK}`).exec(text)
  return bare ? refuse(`「${bare[0]}」没写星期几，例如 每周三 20:00`) : null
}

function monthDayList(text: string, source: string): { days: number[]; length: number } | null {
  const item = new RegExp(`^(${NUMBER})(号|日)?(?![\\d:.点时])`)
  const days: number[] = []
  let pos = 0
  let suffix = false
  for (;;) {
    const m = item.exec(text.slice(pos))
    if (!m) break
    const day = readNumber(m[1] ?? '')
    if (!(day >= 1 && day <= 31)) refuse(`每月没有「${m[1]}」号`)
    const range = /^(到|至|-|~)/.exec(text.slice(pos + m[0].length))
    const to = range ? item.exec(text.slice(pos + m[0].length + range[0].length)) : null
    if (range && to) {
      const last = readNumber(to[1] ?? '')
      if (!(last > day && last <= 31))
        refuse(`「${source}${text.slice(pos, pos + m[0].length + range[0].length + to[0].length)}」不对`)
      for (let d = day; d <= last; d++) days.push(d)
      pos += m[0].length + range[0].length + to[0].length
      suffix = Boolean(to[2])
    } else {
      days.push(day)
      pos += m[0].length
      suffix = Boolean(m[2])
    }
    const separator = /^(、|,|和|与|及)/.exec(text.slice(pos))
    if (!separator || !item.test(text.slice(pos + separator[0].length))) break
    pos += separator[0].length
  }
  return days.length && suffix ? { days: [...new Set(days)].sort((a, b) => a - b), length: pos } : null
}

const readMonthly: DayReader = (text) => {
  const head = /^每一?个?月(份)?的?/.exec(text)
  if (!head) return null
  const s = text.slice(head[0].length)
  const at = (length: number, spec: DaySpec): DayReading => ({
    spec,
    source: text.slice(0, head[0].length + length),
    rest: s.slice(length),
  })
  const vague = /^(上旬|中旬|下旬|月初|月中|初|中)/.exec(s)
  if (vague) ask(`「${head[0]}${vague[1]}」是几号？例如 每月15号 晚上8点`)
  let m = /^(最后一天|最后1天|月底|月末|底|末|最后一日)/.exec(s)
  if (m) return at(m[0].length, { kind: 'month-end' })
  if ((m = /^(第一天|第1天|月初第一天)/.exec(s))) return at(m[0].length, { kind: 'monthly', days: [1] })
  m = new RegExp(`^(?:第(${NUMBER})个|(首|头一)个|(最后一|倒数第一)个)${WEEK}([一二三四五六日天七1-7])`).exec(
    s,
  )
  if (m) {
    const nth = m[1] ? readNumber(m[1]) : m[2] ? 1 : -1
    if (!(nth === -1 || (nth >= 1 && nth <= 5))) refuse(`「${head[0]}${m[0]}」不对，一个月最多五个星期`)
    const weekday = readWeekdayList(`周${m[4]}`)?.days[0] ?? 0
    return at(m[0].length, { kind: 'nth-weekday', weekday, nth })
  }
  if ((m = new RegExp(`^(第${NUMBER}|最后一)个?${WEEK}的?${WEEK}?`).exec(s)))
    ask(`「${head[0]}${m[0]}」是指第几个星期几吗？请写「每月第二个周六」或「每月最后一个周日」这样的说法`)
  const list = monthDayList(s, head[0])
  if (list) return at(list.length, { kind: 'monthly', days: list.days })
  return ask(`「${head[0]}」是几号？例如 每月15号 晚上8点，或 每月最后一个周日 晚上8点`)
}

const readYearly: DayReader = (text) => {
  const head = /^每一?年的?/.exec(text)
  if (!head) return null
  const s = text.slice(head[0].length)
  refuseLunar(s)
  const last = /^最后一天/.exec(s)
  const date = last
    ? { month: 12, day: 31, length: last[0].length, source: last[0] }
    : (readMonthDay(s) ?? readNamedDay(s))
  if (!date) return ask(`「${head[0]}」是几月几号？例如 每年7月1日 上午9点`)
  if (!isRealDate({ year: 2028, month: date.month, day: date.day })) refuse(`没有「${date.source}」这一天`)
  return {
    spec: { kind: 'yearly', month: date.month, day: date.day },
    source: text.slice(0, head[0].length + date.length),
    rest: s.slice(date.length),
  }
}

const READERS: DayReader[] = [
  readUnsupported,
  simple(/^(每一?天|每日|天天)/, { kind: 'daily' }),
  simple(/^每个?(晚上|晚)/, { kind: 'daily' }, '晚上'),
  simple(/^每个?(早上|早晨|早)/, { kind: 'daily' }, '早上'),
  simple(/^(每个?)?工作日/, { kind: 'weekly', weekdays: [1, 2, 3, 4, 5], every: 1 }),
  simple(/^(每个?)?(周末|双休日)/, { kind: 'weekly', weekdays: [0, 6], every: 1 }),
  readEveryWeeks,
  readWeekdays,
  readMonthly,
  readYearly,
]

export const readRecurringDays: DayReader = (text, now) => {
  for (const read of READERS) {
    const reading = read(text, now)
    if (reading) return reading
  }
  return null
}
