// Names as people type them: cleaned for matching, "<姓名> [手机后四位]" from arguments, safe to quote back.

/** Runs of 7+ digits (a phone or ID number typed into the wrong place) become `***`. */
export function hideNumbers(text: string): string {
  return text.replace(/\d{7,}/g, '***')
}

/**
 * Removes spaces (Excel users pad names to align them), zero-width and control characters, and writes every
 * middle-dot variant of names like 吉克·曲布 as `·`.
 */
export function cleanName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200f\u2060\ufeff\p{Cc}]/gu, '')
    .replace(/[.•・‧∙⋅･]/g, '·')
}

export interface NameQuery {
  name: string
  lastFour: string | null
}

export function parseNameQuery(args: string): NameQuery {
  const text = args.normalize('NFKC').trim()
  const withDigits = /^(.*?\D)[\s,，]*(\d{4,})$/u.exec(text)
  if (withDigits?.[1] && cleanName(withDigits[1]) !== '') {
    return { name: cleanName(withDigits[1]), lastFour: withDigits[2]?.slice(-4) ?? null }
  }
  return { name: cleanName(text), lastFour: null }
}

/** A name as it may be quoted back in a reply: short, and never carrying a number someone typed by mistake. */
export function shownName(name: string): string {
  const safe = hideNumbers(name)
  return safe.length > 12 ? `${safe.slice(0, 12)}…` : safe
}

export function phoneEndsWith(phone: string | null, lastFour: string): boolean {
  return phone !== null && phone.endsWith(lastFour)
}
