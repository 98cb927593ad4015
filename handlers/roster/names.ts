// Reads "<姓名> [手机后四位]" from command arguments.
import { cleanName, hideNumbers } from './parse.js'

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
