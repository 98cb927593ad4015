// 身份证号 (GB 11643): checked and normalised for matching people across imports. Never shown back to anyone.
import { looksLikeScientific } from './phone.js'

export type IdNumberCheck = { ok: true; value: string } | { ok: false; reason: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character of the first 17 digits of an 18-digit number. */
export function idCheckChar(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0), 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

/**
 * An 18-digit number with a valid check character and birth date, or a 15-digit old number (converted to
 * 18 digits, so both forms of one person match). Reasons never contain the number.
 */
export function normalizeIdNumber(raw: string): IdNumberCheck {
  const text = raw
    .normalize('NFKC')
    .replace(/[\s\-']/g, '')
    .toUpperCase()
  if (looksLikeScientific(text)) {
    return { ok: false, reason: '身份证号被 Excel 显示成了科学计数法，末几位已丢失，请把该列设为文本' }
  }
  if (/^\d{15}$/.test(text)) {
    const first17 = `${text.slice(0, 6)}19${text.slice(6)}`
    if (!isBirthDate(first17.slice(6, 14))) return { ok: false, reason: '身份证号里的出生日期不对' }
    return { ok: true, value: first17 + idCheckChar(first17) }
  }
  if (!/^\d{17}[\dX]$/.test(text)) return { ok: false, reason: '身份证号应为18位（或15位旧号码）' }
  if (!isBirthDate(text.slice(6, 14))) return { ok: false, reason: '身份证号里的出生日期不对' }
  if (idCheckChar(text.slice(0, 17)) !== text[17]) {
    return { ok: false, reason: '身份证号校验位不对，可能抄错了一位（或被 Excel 当成数字丢了末几位）' }
  }
  return { ok: true, value: text }
}

function isBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (year < 1900 || year > 2099) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
