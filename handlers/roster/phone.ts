// Phone numbers: normalise for matching, mask for every message and log line.

/** Digits-only mainland mobile number (11 digits starting with 1), or null when the value is not one. */
export function normalizePhone(raw: string): string | null {
  let digits = raw.normalize('NFKC').replace(/[\s\-()（）.]/g, '')
  if (digits.startsWith('+86')) digits = digits.slice(3)
  else if (digits.startsWith('0086')) digits = digits.slice(4)
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2)
  return /^1\d{10}$/.test(digits) ? digits : null
}

/** `138****5678`. Anything too short to mask safely is hidden completely. */
export function maskPhone(value: string | null | undefined): string {
  const text = (value ?? '').replace(/\s/g, '')
  if (text.length === 0) return ''
  if (text.length < 8) return '****'
  return `${text.slice(0, 3)}****${text.slice(-4)}`
}

/** Excel shows long numbers as 1.38123E+10 and a CSV saved from it keeps that text: the digits are lost. */
export function looksLikeScientific(raw: string): boolean {
  return /^\d(\.\d+)?e\+?\d+$/i.test(raw.trim())
}
