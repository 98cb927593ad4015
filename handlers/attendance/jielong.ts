// Recognising sign-in words and 群接龙 lists. Pure functions; matching against the roster is exact.

const SIGN_IN_WORDS = new Set(['签到', '到', '已到', '1', '到了', '已签到', '签到了'])
const TRAILING_DECORATION =
  /(?:[\s。.!！~～,，、]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f|\u200d)+$/u

/** `签到`, `到`, `已到` or `1` alone; `到了`/`已签到`, trailing punctuation and emoji (`到👍`) allowed. */
export function isSignInWord(text: string): boolean {
  return SIGN_IN_WORDS.has(text.trim().replace(TRAILING_DECORATION, ''))
}

// `1.` `1、` `1 ` `1)` `(1)` `（1）` `①` `1张三`
const NUMBERED_LINE =
  /^\s*(?:[(（[【]\s*\d{1,5}\s*[)）\]】]|\d{1,5}\s*[.．、,，:：)）]|\d{1,5}\s+|\d{1,5}(?=\p{Script=Han})|[\u2460-\u2473\u2776-\u277f])\s*(.*)$/u
const DECORATION =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u200b\u200c\u2060\ufeff]|\u200d|\ufe0f|\u20e3/gu
const BRACKETED = /[（(【[「『<《][^）)】\]」』>》]*[）)】\]」』>》]?/gu
const SEPARATORS = /[\s,，。;；、\-—_|/\\:：~～!！?？.．]+/u
const LOOKS_LIKE_NAME = /^(?:[\p{Script=Han}·•]{2,8}|[A-Za-z][A-Za-z'’]{1,19})$/u
const TRAILING_WORDS = [
  '已学习',
  '已签到',
  '已参加',
  '已完成',
  '已收到',
  '已阅',
  '已到',
  '签到',
  '学习',
  '参加',
  '收到',
  '到',
]

export interface JielongEntry {
  /** The name as written, cleaned of numbering, emoji and trailing words after a space. */
  name: string
  /** The name with a trailing word written without a space removed (`张三已学习` → `张三`), if different. */
  withoutSuffix: string | null
}

export interface Jielong {
  entries: JielongEntry[]
  /** Numbered lines that hold no name (empty, too long, symbols only). */
  junk: number
}

/** Cheap check used by the hear-handler: a numbered list with two entries, or one under a 接龙 title. */
export function looksLikeJielong(text: string): boolean {
  if (!text.includes('\n') && !text.includes('接龙')) return false
  let numbered = 0
  for (const line of text.split('\n')) {
    if (NUMBERED_LINE.test(line) && ++numbered >= 2) return true
  }
  return numbered === 1 && text.includes('接龙')
}

export function parseJielong(text: string): Jielong {
  const entries: JielongEntry[] = []
  const seen = new Set<string>()
  let junk = 0
  for (const line of text.split('\n')) {
    const m = NUMBERED_LINE.exec(line)
    if (!m) continue
    const entry = entryFrom(m[1] ?? '')
    if (!entry) junk++
    else if (!seen.has(entry.name)) {
      seen.add(entry.name)
      entries.push(entry)
    }
  }
  return { entries, junk }
}

function entryFrom(rest: string): JielongEntry | null {
  const cleaned = rest.replace(DECORATION, ' ').replace(BRACKETED, ' ').trim()
  const name = cleaned.split(SEPARATORS)[0] ?? ''
  if (!LOOKS_LIKE_NAME.test(name)) return null
  const suffix = TRAILING_WORDS.find((w) => name.endsWith(w) && name.length - w.length >= 2)
  return { name, withoutSuffix: suffix ? name.slice(0, -suffix.length) : null }
}

/**
 * The roster name an entry stands for: exact match first, then without a trailing word.
 * `names` maps a roster name to the member ids carrying it (two people may share a name).
 */
export function matchEntry<T>(
  entry: JielongEntry,
  names: Map<string, T[]>,
): { name: string; ids: T[] } | null {
  for (const candidate of [entry.name, entry.withoutSuffix]) {
    if (!candidate) continue
    const ids = names.get(candidate)
    if (ids?.length) return { name: candidate, ids }
  }
  return null
}
