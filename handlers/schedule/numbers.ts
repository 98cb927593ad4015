// Numbers and text the way people type them in a chat: `8`, `八`, `十五`, `二十三`, `零五`, full-width digits.

const CN_DIGITS: Record<string, number> = {
  ...Object.fromEntries([...'〇一二三四五六七八九'].map((c, i) => [c, i])),
  零: 0,
  两: 2,
}

/** A regex fragment for a number written in digits or in Chinese (up to 99). */
export const NUMBER = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})'

/** `8`, `20`, `八`, `十五`, `二十三`, `零五` → number; NaN when it is not a number. */
export function readNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  const padded = /^[零〇](.)$/.exec(text)
  if (padded) return readNumber(padded[1] ?? '')
  const match = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text)
  if (match)
    return (match[1] ? (CN_DIGITS[match[1]] ?? NaN) : 1) * 10 + (match[2] ? (CN_DIGITS[match[2]] ?? 0) : 0)
  return text.length === 1 ? (CN_DIGITS[text] ?? NaN) : NaN
}

/** Full-width digits, letters, colons and spaces → ASCII; runs of spaces → one. */
export function normalizePhrase(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Chinese count words for describing rules: 2 → 二. */
export function chineseCount(n: number): string {
  return n >= 0 && n <= 99 && Number.isInteger(n)
    ? n < 10
      ? ('零一二三四五六七八九'[n] ?? String(n))
      : `${n >= 20 ? chineseCount(Math.floor(n / 10)) : ''}十${n % 10 ? chineseCount(n % 10) : ''}`
    : String(n)
}
