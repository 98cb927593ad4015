// Everyday Chinese time phrases → a schedule rule. Pure: `now` comes in as data.
// A phrase is [从…开始] <days> [的] <time> [到 <time>] [从…开始], then whatever follows (topic, duration …),
// or a 5-field cron expression. What it cannot read it names; what is ambiguous it asks about.
import { addDays, isRealDate, shanghaiDateKey, type LocalDate } from '../shanghai.js'
import { buildRule } from './build-rule.js'
import { mondayOf, todayOf } from './calendar.js'
import { readClock, readUntil } from './clock-phrase.js'
import { readDay, type DayReading } from './day-phrase.js'
import { readMonthDay } from './named-days.js'
import { readWeekdayList } from './weekday-list.js'
import { normalizePhrase } from './numbers.js'
import { ask, PhraseError, refuse } from './phrase-error.js'
import { assertValidCron, nextFireTimes, type Rule } from './rule.js'
import { describeRule } from './rule-words.js'

export { normalizePhrase, readNumber } from './numbers.js'

export const PHRASE_EXAMPLES =
  '例如：每天 20:00、每晚8点、每周三 20:00、周二和周四 晚上8点、工作日 8:30、隔周周六 上午9点、每月15日 19:30、每月第二个周六 20:00、每年7月1日 9:00、明天 晚上8点、下周五 20:00，或 5 段 cron 表达式（分 时 日 月 周，北京时间）'

export type PhraseResult =
  | {
      ok: true
      rule: Rule
      words: string
      rest: string
      next: Date[]
      /** From `8点到8点半`: how long the window is. */
      durationMinutes?: number
    }
  | { ok: false; error: string; question: boolean }

interface Step<T> {
  value: T
  rest: string
}

const CRON_FIELD = /^[\d*?LW#/,A-Za-z-]+$/
const MIN_INTERVAL_MINUTES = 60

function readCron(text: string, now: Date): Step<Rule> | null {
  const tokens = text.split(' ')
  const fields = tokens.slice(0, 5)
  if (fields.length < 5 || !fields.every((f) => CRON_FIELD.test(f)) || !/^[\d*]/.test(fields[0] ?? ''))
    return null
  if (tokens[5] !== undefined && CRON_FIELD.test(tokens[5]) && /\*/.test(fields.join('')))
    refuse('只支持 5 段 cron（分 时 日 月 周），不要写秒')
  const cron = fields.join(' ')
  try {
    assertValidCron(cron)
  } catch (error) {
    refuse(`cron 表达式「${cron}」不对：${(error as Error).message}`)
  }
  const rule: Rule = { type: 'cron', cron }
  const upcoming = nextFireTimes(rule, now, 4)
  if (upcoming.length === 0) refuse(`cron 表达式「${cron}」以后不会再触发`)
  for (let i = 1; i < upcoming.length; i++) {
    const gap = (upcoming[i] as Date).getTime() - (upcoming[i - 1] as Date).getTime()
    if (gap < MIN_INTERVAL_MINUTES * 60_000)
      refuse(`「${cron}」触发太频繁，两次之间至少要隔 ${MIN_INTERVAL_MINUTES} 分钟`)
  }
  return { value: rule, rest: tokens.slice(5).join(' ') }
}

/** The day a start clause names (`下周`, `明天`, `下个月`, `12月5日`), or null. */
function startDay(what: string, now: Date): LocalDate | null {
  const today = todayOf(now)
  const week = /^(下下个?|下个?|这个?|本)(周|星期|礼拜)(.?)$/.exec(what)
  const weekday = week?.[3] ? readWeekdayList(`周${week[3]}`)?.days[0] : 1
  if (week && weekday !== undefined) {
    const monday = addDays(
      mondayOf(today),
      week[1]?.startsWith('下下') ? 14 : week[1]?.startsWith('下') ? 7 : 0,
    )
    return addDays(monday, (weekday + 6) % 7)
  }
  const relative = { 今天: 0, 明天: 1, 后天: 2 }[what]
  if (relative !== undefined) return addDays(today, relative)
  if (/^下个?月$/.test(what))
    return { year: today.year + Math.floor(today.month / 12), month: (today.month % 12) + 1, day: 1 }
  const md = readMonthDay(what)
  if (!md || md.length !== what.length || !isRealDate({ year: 2028, month: md.month, day: md.day }))
    return null
  const date = { year: today.year, month: md.month, day: md.day }
  return shanghaiDateKey(date) < shanghaiDateKey(today) ? { ...date, year: date.year + 1 } : date
}

/** `从下周开始`, `下周起`, `从12月5日起`, `从明天开始`: the first day a recurring rule may fire. */
function readStart(text: string, now: Date): Step<string> | null {
  const m = /^(从)?(.{1,8}?)(开始|起)[, ]?/.exec(text)
  if (!m) return null
  const date = startDay(m[2] ?? '', now)
  if (date) return { value: shanghaiDateKey(date), rest: text.slice(m[0].length) }
  return m[1] ? refuse(`没看懂「${m[0].trim()}」是从哪天开始，例如 从下周开始 或 从12月5日起`) : null
}

/** Words between the time and the topic that say nothing: 的, 开始, 准时, 左右, 北京时间, punctuation. */
function stripFiller(text: string): string {
  let rest = text
  for (let before = ''; before !== rest;) {
    before = rest
    rest = rest
      .replace(/^[\s,，:：;；。、]+/, '')
      .replace(/^(的|开始|准时|左右|举行|进行|[(（]?北京时间[)）]?)/, '')
  }
  return rest
}

const NUMERAL = '[\\d零一二两三四五六七八九十]'
/** A time or day at the start of what is left: the phrase went on, and the topic must not swallow it. */
const LEFTOVER_START = new RegExp(
  `^((到|至|~|-|—) ?)?((早上|上午|中午|下午|傍晚|晚上|凌晨|夜里) ?${NUMERAL}|\\d{1,2} ?[:点时]|[零一二两三四五六七八九十]{1,3}[点时]|差${NUMERAL}|每(天|日|周|月|年|晚|早)|(这|本|下)个?(周|星期|月)|周[一二三四五六日天])`,
)
/** A clock time anywhere in the topic (`学习 和晚上9点`): a second time the phrase did not read. */
const LEFTOVER_ANYWHERE = new RegExp(
  `(早上|上午|中午|下午|傍晚|晚上|凌晨) ?${NUMERAL}{1,3} ?[点时:]|\\d{1,2}:\\d{2}|\\d{1,2} ?[点时](?!击)|[和与及、,] ?(周|星期|礼拜)[一二三四五六日天]`,
)

/** Refuses a second time hiding in the topic (`每周三 20:00 21:00`, `每天早上8点和20点`). */
function refuseLeftoverTime(rest: string): void {
  const found = LEFTOVER_START.exec(rest) ? rest.split(' ')[0] : LEFTOVER_ANYWHERE.exec(rest)?.[0]
  if (found?.startsWith('差')) refuse(`没看懂「${found}」，请直接写几点几分，例如 19:55`)
  if (found !== undefined)
    refuse(`没看懂「${found.slice(0, 12)}」：一条只能设一个时间，写在主题前面；要设两个时间请分两条发`)
}

/** No day at the start: perhaps the topic came first; otherwise name what could not be read. */
function refuseUnknownDay(text: string, now: Date): never {
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    try {
      if (readDay(text.slice(i + 1), now))
        refuse(`请把时间写在前面、主题写在后面，例如：${text.slice(i + 1)} ${text.slice(0, i)}`)
    } catch (error) {
      if (!(error instanceof PhraseError) || error.message.startsWith('请把时间')) throw error
    }
  }
  const clock = readClock(text)
  if (clock?.kind === 'clock')
    return ask(
      `「${clock.source}」是哪一天？例如 每天 ${clock.source}、每周三 ${clock.source} 或 明天 ${clock.source}`,
    )
  return refuse(`没看懂「${text.split(' ')[0]?.slice(0, 12)}」是什么时间`)
}

function refuseMissingTime(day: DayReading): never {
  const later = /\d{1,2} ?[:点时]|[零一二两三四五六七八九十][点时]/.exec(day.rest)
  if (later) return refuse(`「${day.source}」后面要紧接着写几点，没看懂「${day.rest.trim().split(' ')[0]}」`)
  return ask(`「${day.source}」是几点？例如 ${day.source}${day.period ? '8点' : ' 20:00'}`)
}

function readPhrase(text: string, now: Date): Step<Rule> & { durationMinutes?: number } {
  const cron = readCron(text, now)
  if (cron) return cron
  const leading = readStart(text, now)
  const body = leading ? leading.rest.replace(/^[\s,，]+/, '') : text
  const day = readDay(body, now) ?? refuseUnknownDay(body, now)
  const time = readClock(day.rest, day.period) ?? refuseMissingTime(day)
  if (time.kind === 'period' && new RegExp(`^${NUMERAL}`).test(time.rest))
    return refuse(`没看懂「${time.source}${time.rest.split(' ')[0]}」是几点，例如 ${time.source}8点`)
  if (time.kind === 'period')
    return ask(`「${day.source} ${time.source}」是几点？例如 ${day.source} ${time.source}8点`)
  const until = readUntil(time.rest, time)
  let rest = stripFiller(until?.rest ?? time.rest)
  const trailing = readStart(rest, now)
  if (trailing && leading) refuse(`「${trailing.value}」和「${leading.value}」写了两个开始日子`)
  if (trailing) rest = stripFiller(trailing.rest)
  refuseLeftoverTime(rest)
  const startsOn = (leading ?? trailing)?.value
  const source = `${day.source} ${time.source}`
  const rule = buildRule({ spec: day.spec, clock: time.clock, startsOn, source }, now)
  return { value: rule, rest, durationMinutes: until?.minutes }
}

/** Reads a time phrase at the start of `input`; `rest` is whatever follows (topic, duration …). */
export function parseTimePhrase(input: string, now: Date): PhraseResult {
  const text = normalizePhrase(input)
  if (!text) return { ok: false, error: `请写时间。${PHRASE_EXAMPLES}`, question: false }
  try {
    const { value: rule, rest, durationMinutes } = readPhrase(text, now)
    const next = nextFireTimes(rule, now, 3)
    if (next.length === 0) refuse('按这个说法以后不会再触发')
    return { ok: true, rule, words: describeRule(rule), rest: rest.trim(), next, durationMinutes }
  } catch (error) {
    if (!(error instanceof PhraseError)) throw error
    if (error.question) return { ok: false, error: error.message, question: true }
    return { ok: false, error: `${error.message}。${PHRASE_EXAMPLES}`, question: false }
  }
}
