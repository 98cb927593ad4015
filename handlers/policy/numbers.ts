// Every figure a model writes must already be in the retrieved text; this compares them as values.
const unitScale: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 }
/** The digits and places of Chinese numerals, shared by every reader of them. */
export const cnDigit: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
export const cnUnit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** 一千五百 → 1500, 十八 → 18, 二十 → 20. Small numbers only; 万/亿 handled by the caller. */
export function chineseToNumber(s: string): number | null {
  let total = 0
  let digit = 0
  for (const ch of s) {
    if (ch in cnDigit) digit = cnDigit[ch] ?? 0
    else if (ch in cnUnit) {
      total += (digit || 1) * (cnUnit[ch] ?? 1)
      digit = 0
    } else return null
  }
  return total + digit
}

const arabic = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(千|万|亿)?/g
// Chinese numerals count only before a unit, so words like 一次性 or 统一 are not read as figures.
const chinese =
  /([零〇一二两三四五六七八九十百千]+)\s*(万|亿)?\s*(?=元|年|个月|月|岁|亩|%|倍|个|名|家|人|天|日|条|项|户|成)/g

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

export function numbersIn(text: string): Set<number> {
  const values = new Set<number>()
  for (const m of text.matchAll(arabic)) {
    const n = Number((m[1] ?? '').replace(/,/g, ''))
    if (Number.isFinite(n)) values.add(round(n * (unitScale[m[2] ?? ''] ?? 1)))
  }
  for (const m of text.matchAll(chinese)) {
    const n = chineseToNumber(m[1] ?? '')
    if (n !== null && n > 1) values.add(round(n * (unitScale[m[2] ?? ''] ?? 1)))
  }
  return values
}

/** Figures in the answer that the sources do not contain. */
export function inventedNumbers(answer: string, sources: string): number[] {
  const known = numbersIn(sources)
  return [...numbersIn(answer)].filter((n) => !known.has(n))
}
