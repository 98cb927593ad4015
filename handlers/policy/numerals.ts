// Sums said in Chinese numerals (五十万, 一千万, 三千块) written as the documents write them (50万, 1000万, 3000块),
// so a member's figure is read, compared and searched like one typed in digits.

import { cnDigit, cnUnit } from './numbers.js'

/** 五十 → 50, 一千五百 → 1500, 十二 → 12; null when the numeral is not a plain count below 万 (五六). */
export function numeralValue(numeral: string): number | null {
  let total = 0
  let pending: number | null = null
  for (const ch of numeral) {
    const d = cnDigit[ch]
    const p = cnUnit[ch]
    if (d !== undefined) {
      if (pending !== null) return null
      pending = d
    } else if (p !== undefined) {
      total += (pending ?? 1) * p
      pending = null
    } else return null
  }
  return total + (pending ?? 0)
}

/** A numeral followed by the word of a sum: 万 (五十万), or 元/块 (三千块); 千万别 is not a sum. */
const spokenSum = /([一二两三四五六七八九十][一二两三四五六七八九十百千]*)(?=万|元|块)/g

export function arabicSums(text: string): string {
  return text.replace(spokenSum, (numeral) => String(numeralValue(numeral) ?? numeral))
}
