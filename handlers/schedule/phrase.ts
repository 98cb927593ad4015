// Everyday Chinese time phrases → a schedule rule. Pure: `now` comes in as data.
// Recurring: 每天 / 每周三 / 每周一三五 / 星期日 / 工作日 / 周末 / 每月15日 / 每月最后一天, or a 5-field cron.
// One-off: 今天 / 明天 / 后天 / 下周三 / 11月30日 / 2026-11-30, each followed by a time.
import { assertValidCron, describeRule, nextFireTimes, type Rule } from './rule.js'
import { addDays, fromShanghai, isRealDate, shanghaiParts, type LocalDate } from '../shanghai.js'

export const PHRASE_EXAMPLES =
  '例如：每天 20:00、每周三 20:00、每周一三五 21:00、工作日 8:30、每月15日 19:30、每月最后一天 20:00、明天 晚上8点、11月30日 19:30，或 5 段 cron 表达式（分 时 日 月 周，北京时间）'

export type PhraseResult =
  { ok: true; rule: Rule; words: string; rest: string; next: Date[] } | { ok: false; error: string }

type DayPart =
  | { kind: 'cron'; day: string; weekday: string; defaultPeriod?: undefined }
  | { kind: 'date'; date: LocalDate; yearGiven: boolean; defaultPeriod?: string }

interface Step<T> {
  value: T
  rest: string
}

class PhraseError extends Error {}

const fail = (message: string): never => {
  throw new PhraseError(message)
}

const CN_DIGITS: Record<string, number> = {
  ...Object.fromEntries([...'〇一二三四五六七八九'].map((c, i) => [c, i])),
  零: 0,
  两: 2,
}
const CN_NUMBER = '[零〇一二两三四五六七八九十]+'
const WEEKDAY_OF: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, 七: 0 }

/** `8`, `20`, `八`, `十五`, `二十三` → number; NaN when it is not a number. */
export function readNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  const match = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text)
  if (match)
    return (match[1] ? (CN_DIGITS[match[1]] ?? NaN) : 1) * 10 + (match[2] ? (CN_DIGITS[match[2]] ?? 0) : 0)
  return text.length === 1 ? (CN_DIGITS[text] ?? NaN) : NaN
}

/** Full-width digits, letters, colons and spaces → ASCII. */
export function normalizePhrase(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function weekdaySet(list: string): string {
  const days = new Set<number>()
  const chars = list.replace(/[、，,和与及 ]/g, '')
  for (const range of chars.matchAll(/(.)(?:[至到~-](.))?/g)) {
    const from = WEEKDAY_OF[range[1] ?? '']
    const to = range[2] === undefined ? from : WEEKDAY_OF[range[2]]
    if (from === undefined) fail(`没有「周${range[1]}」这一天`)
    if (to === undefined) fail(`没有「周${range[2]}」这一天`)
    const end = range[2] !== undefined && to === 0 ? 7 : (to as number)
    if (end < (from as number)) fail(`「周${range[1]}到周${range[2]}」的顺序不对`)
    for (let d = from as number; d <= end; d++) days.add(d % 7)
  }
  if (days.size === 0) fail('没写星期几')
  return [...days].sort((a, b) => a - b).join(',')
}

function todayOf(now: Date): LocalDate {
  const p = shanghaiParts(now)
  return { year: p.year, month: p.month, day: p.day }
}

function nextWeekday(now: Date, weekday: number, nextWeek: boolean): LocalDate {
  const today = todayOf(now)
  const mondayBased = (d: number) => (d + 6) % 7
  const offset = mondayBased(weekday) - mondayBased(shanghaiParts(now).weekday) + (nextWeek ? 7 : 0)
  if (offset < 0) fail('这一天已经过去了')
  return addDays(today, offset)
}

const RELATIVE_DAYS: Record<string, [number, string | undefined]> = {
  今天: [0, undefined],
  今日: [0, undefined],
  今晚: [0, '晚上'],
  明天: [1, undefined],
  明日: [1, undefined],
  明晚: [1, '晚上'],
  后天: [2, undefined],
  大后天: [3, undefined],
}

function readDayPart(text: string, now: Date): Step<DayPart> {
  const cronDay = (day: string, weekday: string, rest: string): Step<DayPart> => ({
    value: { kind: 'cron', day, weekday },
    rest,
  })
  const dateDay = (date: LocalDate, rest: string, yearGiven: boolean, period?: string): Step<DayPart> => {
    if (!isRealDate(date)) fail(`没有${date.month}月${date.day}日这一天`)
    return { value: { kind: 'date', date, yearGiven, defaultPeriod: period }, rest }
  }
  let m: RegExpExecArray | null
  if ((m = /^(每天|每日|天天)/.exec(text))) return cronDay('*', '*', text.slice(m[0].length))
  if ((m = /^(每个?工作日|工作日|每?(周|星期|礼拜)一(至|到|-|~)(周|星期|礼拜)?五)/.exec(text)))
    return cronDay('*', '1-5', text.slice(m[0].length))
  if ((m = /^每?个?(周末|双休日)/.exec(text))) return cronDay('*', '0,6', text.slice(m[0].length))
  if ((m = /^(大后天|今天|今日|今晚|明天|明日|明晚|后天)/.exec(text))) {
    const [offset, period] = RELATIVE_DAYS[m[1] ?? ''] ?? [0, undefined]
    return dateDay(addDays(todayOf(now), offset), text.slice(m[0].length), true, period)
  }
  if ((m = /^(下个?|本|这个?)(周|星期|礼拜)([一二三四五六日天])/.exec(text))) {
    const date = nextWeekday(now, WEEKDAY_OF[m[3] ?? ''] ?? 0, (m[1] ?? '').startsWith('下'))
    return dateDay(date, text.slice(m[0].length), true)
  }
  if ((m = /^(每个?)?(周|星期|礼拜)([一二三四五六日天七八九十零〇、，,和与及至到~-]*)/.exec(text))) {
    if (!m[3]) fail('没写星期几')
    const list = (m[3] ?? '').replace(/[、，,~-]+$/, '')
    return cronDay('*', weekdaySet(list), text.slice(m[0].length))
  }
  if ((m = /^每个?月的?(最后一天|最后1天|月底|月末|底)/.exec(text)))
    return cronDay('L', '*', text.slice(m[0].length))
  if ((m = new RegExp(`^每个?月的?(\\d{1,3}|${CN_NUMBER})(日|号)`).exec(text))) {
    const day = readNumber(m[1] ?? '')
    if (!(day >= 1 && day <= 31)) fail(`每月没有${m[1]}日`)
    return cronDay(String(day), '*', text.slice(m[0].length))
  }
  if (/^每个?月/.test(text)) fail('每月几号？')
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text))) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    return dateDay(date, text.slice(m[0].length), true)
  }
  if ((m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(日|号)?/.exec(text))) {
    const year = m[1] ? Number(m[1]) : todayOf(now).year
    return dateDay({ year, month: Number(m[2]), day: Number(m[3]) }, text.slice(m[0].length), Boolean(m[1]))
  }
  return fail('没看懂是哪一天')
}

const PERIODS = '早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|晚|凌晨'
const TIME_PATTERN = new RegExp(
  `^(${PERIODS})?(?:(\\d{1,2}):(\\d{1,2})|(\\d{1,2}|${CN_NUMBER})[点时](?:(半)|(一刻)|(三刻)|(\\d{1,2}|${CN_NUMBER})分?)?)`,
)

function applyPeriod(hour: number, period: string | undefined): number {
  if (!period || hour > 12) {
    if (period && /上午|早|凌晨/.test(period) && hour >= 12) fail(`「${period}${hour}点」不是正常的时间`)
    return hour
  }
  if (/下午|傍晚|晚|夜/.test(period)) {
    if (hour === 12) fail(`「${period}12点」说不清是中午还是半夜，请写 12:00 或 0:00`)
    return hour + 12
  }
  if (period === '中午' && hour < 3) return hour + 12
  return hour
}

function readTime(text: string, defaultPeriod: string | undefined): Step<{ hour: number; minute: number }> {
  const m = TIME_PATTERN.exec(text)
  if (!m) return fail('没写几点，例如 20:00 或 晚上8点')
  const rawHour = readNumber(m[2] ?? m[4] ?? '')
  const minute = m[5]
    ? 30
    : m[6]
      ? 15
      : m[7]
        ? 45
        : m[3] !== undefined || m[8] !== undefined
          ? readNumber(m[3] ?? m[8] ?? '')
          : 0
  if (!(rawHour >= 0 && rawHour <= 23)) fail(`没有${m[2] ?? m[4]}点`)
  if (!(minute >= 0 && minute <= 59)) fail(`没有${m[3] ?? m[8]}分`)
  const hour = applyPeriod(rawHour, m[1] ?? defaultPeriod)
  return { value: { hour, minute }, rest: text.slice(m[0].length) }
}

const CRON_FIELD = /^[\d*?LW#/,A-Za-z-]+$/
const MIN_INTERVAL_MINUTES = 60

function readCron(text: string, now: Date): Step<Rule> | null {
  const tokens = text.split(' ')
  const fields = tokens.slice(0, 5)
  if (fields.length < 5 || !fields.every((f) => CRON_FIELD.test(f)) || !/^[\d*]/.test(fields[0] ?? ''))
    return null
  if (tokens[5] !== undefined && CRON_FIELD.test(tokens[5]) && /\*/.test(fields.join('')))
    fail('只支持 5 段 cron（分 时 日 月 周），不要写秒')
  const cron = fields.join(' ')
  try {
    assertValidCron(cron)
  } catch (error) {
    fail(`cron 表达式「${cron}」不对：${(error as Error).message}`)
  }
  const rule: Rule = { type: 'cron', cron }
  const upcoming = nextFireTimes(rule, now, 4)
  if (upcoming.length === 0) fail(`cron 表达式「${cron}」以后不会再触发`)
  for (let i = 1; i < upcoming.length; i++) {
    const gap = (upcoming[i] as Date).getTime() - (upcoming[i - 1] as Date).getTime()
    if (gap < MIN_INTERVAL_MINUTES * 60_000)
      fail(`「${cron}」触发太频繁，两次之间至少要隔 ${MIN_INTERVAL_MINUTES} 分钟`)
  }
  return { value: rule, rest: tokens.slice(5).join(' ') }
}

function readPhrase(text: string, now: Date): Step<Rule> {
  const cron = readCron(text, now)
  if (cron) return cron
  const day = readDayPart(text, now)
  const time = readTime(day.rest.replace(/^ ?的? ?/, ''), day.value.defaultPeriod)
  const { hour, minute } = time.value
  if (day.value.kind === 'cron')
    return {
      value: { type: 'cron', cron: `${minute} ${hour} ${day.value.day} * ${day.value.weekday}` },
      rest: time.rest,
    }
  let at = fromShanghai(day.value.date, hour, minute)
  if (at.getTime() <= now.getTime() && !day.value.yearGiven) {
    const date = { ...day.value.date, year: day.value.date.year + 1 }
    at = fromShanghai(date, hour, minute)
  }
  if (at.getTime() <= now.getTime()) fail('这个时间已经过去了')
  return { value: { type: 'once', at }, rest: time.rest }
}

/** Reads a time phrase at the start of `input`; `rest` is whatever follows (topic, duration …). */
export function parseTimePhrase(input: string, now: Date): PhraseResult {
  const text = normalizePhrase(input)
  if (!text) return { ok: false, error: `请写时间。${PHRASE_EXAMPLES}` }
  try {
    const { value: rule, rest } = readPhrase(text, now)
    return { ok: true, rule, words: describeRule(rule), rest: rest.trim(), next: nextFireTimes(rule, now, 3) }
  } catch (error) {
    if (!(error instanceof PhraseError)) throw error
    return { ok: false, error: `${error.message}。${PHRASE_EXAMPLES}` }
  }
}
