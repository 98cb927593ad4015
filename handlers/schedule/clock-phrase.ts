// The time of day in a phrase: `20:00`, `晚上8点`, `晚上 8 点`, `八点整`, `八点半`, `八点一刻`, `九点零五`,
// `8点过5分`, `晚8.30`. Hour 24 means midnight at the end of the day (`晚上12点`).
import { formatClock } from '../shanghai.js'
import { NUMBER, readNumber } from './numbers.js'
import { ask, refuse } from './phrase-error.js'

export interface Clock {
  /** 0–24; 24 is midnight at the end of the named day. */
  hour: number
  minute: number
}

export type ClockReading =
  | { kind: 'clock'; clock: Clock; source: string; rest: string; period?: string }
  /** A part of the day with no hour, e.g. `每周三 晚上`. */
  | { kind: 'period'; source: string; rest: string }

const PERIOD = /^(早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|半夜|午夜|凌晨|晚|早)/

type Form = 'colon' | 'dian' | 'shi'

interface RawClock {
  hour: number
  minute: number
  form: Form
  length: number
}

const COLON = /^(\d{1,2}) ?[:：] ?(\d{1,2})(?::\d{2})?(?!\d)/
const DOT = /^(\d{1,2})\.(\d{2})(?!\d)/
const HOUR = new RegExp(`^(${NUMBER}) ?(点钟|点|时)`)
/** What may follow `8点`: `整`, `半`, `一刻`, `三刻`, `过5分`, `零五`, `30`, `30分`; after a space only with 分. */
const MINUTE_PARTS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/^ ?整(?![理顿改治合体套])/, () => 0],
  [/^ ?半(?!个|小时|钟头|天)/, () => 30],
  [/^ ?过?[一1] ?刻(?!钟)/, () => 15],
  [/^ ?[三3] ?刻(?!钟)/, () => 45],
  [new RegExp(`^ ?过 ?(${NUMBER}) ?分?(?!钟)`), (m) => readNumber(m[1] ?? '')],
  [new RegExp(`^(${NUMBER})(?:分(?!钟))?`), (m) => readNumber(m[1] ?? '')],
  [new RegExp(`^ (${NUMBER}) ?分(?!钟)`), (m) => readNumber(m[1] ?? '')],
]

function readRaw(text: string): RawClock | null {
  let m = COLON.exec(text) ?? DOT.exec(text) ?? /^(\d{1,2})(?= ?[ap]\.?m)/i.exec(text)
  if (m) return { hour: Number(m[1]), minute: Number(m[2] ?? 0), form: 'colon', length: m[0].length }
  if (!(m = HOUR.exec(text))) return null
  const hour = readNumber(m[1] ?? '')
  let length = m[0].length
  let minute = 0
  for (const [pattern, value] of MINUTE_PARTS) {
    const part = pattern.exec(text.slice(length))
    if (!part) continue
    minute = value(part)
    length += part[0].length
    break
  }
  const tail = /^(钟|整(?![理顿改治合体套]))/.exec(text.slice(length))
  if (tail) length += tail[0].length
  return { hour, minute, form: m[2] === '时' ? 'shi' : 'dian', length }
}

/** `8:00pm`, `8pm`, `8 PM`: the English half of the day after the time. */
function readMeridiem(text: string): { period: string; length: number } | null {
  const m = /^ ?([ap])\.?m\.?(?![a-z])/i.exec(text)
  return m ? { period: m[1]?.toLowerCase() === 'a' ? '上午' : '下午', length: m[0].length } : null
}

const between = (n: number, low: number, high: number) => n >= low && n <= high

/** The 24-hour hour of `hour` said with a part of the day; null when they do not go together. */
function withPeriod(hour: number, period: string): number | null {
  if (period === '凌晨') return between(hour, 0, 6) ? hour : null
  if (/早|上午/.test(period)) return between(hour, 0, 11) || (period === '上午' && hour === 12) ? hour : null
  if (period === '中午') return between(hour, 11, 14) ? hour : between(hour, 1, 2) ? hour + 12 : null
  if (period === '下午') return between(hour, 1, 11) ? hour + 12 : between(hour, 12, 23) ? hour : null
  if (period === '傍晚') return between(hour, 4, 8) ? hour + 12 : between(hour, 16, 20) ? hour : null
  if (period === '半夜' || period === '午夜') return hour === 12 || hour === 0 || hour === 24 ? 24 : null
  // 晚上, 晚, 晚间, 夜里, 夜间: 12 (or 0, 24) is the midnight that ends the evening
  if (hour === 12 || hour === 0 || hour === 24) return 24
  return between(hour, 6, 11) ? hour + 12 : between(hour, 18, 23) ? hour : null
}

function resolveHour(raw: RawClock, period: string | undefined, source: string): number {
  if (!between(raw.minute, 0, 59) || !between(raw.hour, 0, 24) || (raw.hour === 24 && raw.minute > 0))
    return refuse(`「${source}」不是正常的时间`)
  if (period) {
    const hour = withPeriod(raw.hour, period)
    if (hour !== null) return hour
    if (/晚|夜/.test(period) && between(raw.hour, 1, 5))
      return ask(
        `「${source}」是下午${raw.hour}点（${raw.hour + 12}:00）还是第二天凌晨${raw.hour}点？请写 ${raw.hour + 12}:00，或写第二天的日子和「凌晨${raw.hour}点」`,
      )
    return refuse(`「${source}」对不上：${period}没有${raw.hour}点`)
  }
  if (raw.form === 'dian' && between(raw.hour, 1, 11)) {
    const morning = formatClock(raw.hour, raw.minute)
    const evening = formatClock(raw.hour + 12, raw.minute)
    return ask(
      `「${source}」是早上还是晚上？请写「早上${source}」或「晚上${source}」（也可以写 ${morning} 或 ${evening}）`,
    )
  }
  return raw.hour
}

/**
 * Reads a time of day at the start of `text` (after an optional `的`). `defaultPeriod` comes from the day
 * word (`每晚`, `明早`). Returns null when there is nothing like a time there.
 */
export function readClock(text: string, defaultPeriod?: string): ClockReading | null {
  const lead = /^ ?(的 ?)?/.exec(text)?.[0].length ?? 0
  let s = text.slice(lead)
  const p = PERIOD.exec(s)
  const period = p?.[1]
  if (p) s = s.slice(p[0].length).replace(/^ /, '')
  const raw = readRaw(s)
  const consumed = text.length - s.length
  if (!raw) {
    if (!period) return null
    return { kind: 'period', source: text.slice(lead, consumed).trim(), rest: s }
  }
  const meridiem = readMeridiem(s.slice(raw.length))
  if (meridiem) raw.length += meridiem.length
  if (meridiem?.period === '上午' && raw.hour === 12) raw.hour = 0
  const source = text.slice(lead, consumed + raw.length).trim()
  if (meridiem && period) refuse(`「${source}」里写了两次上午下午`)
  const used = meridiem?.period ?? period ?? defaultPeriod
  const hour = resolveHour(raw, used, source)
  return {
    kind: 'clock',
    clock: { hour, minute: raw.minute },
    source,
    rest: s.slice(raw.length),
    period: used,
  }
}

/** `到8点半`, `-21:00`, `至晚上9点` after a time: the end of the window, with the start's part of the day. */
export function readUntil(
  text: string,
  start: Extract<ClockReading, { kind: 'clock' }>,
): { minutes: number; rest: string } | null {
  const m = /^ ?(到|至|~|-|—) ?/.exec(text)
  if (!m) return null
  const end = readClock(text.slice(m[0].length), start.period)
  if (!end || end.kind !== 'clock') return null
  const minutes = end.clock.hour * 60 + end.clock.minute - (start.clock.hour * 60 + start.clock.minute)
  if (minutes <= 0) return refuse(`「${start.source}${m[1]}${end.source}」结束时间不在开始时间之后`)
  return { minutes, rest: end.rest }
}
