// 川办规6号, 川财规2号: a document number said without its year. The knowledge base writes each number with its
// year (川办规〔2025〕6号); the short form is read as that full number, so its units are found by it.

/** 川办规〔2025〕6号, 川财金2025年30号: an issuer code, the year and the serial as the knowledge base writes them. */
const fullNumber = /([川国]\p{Script=Han}{1,3}?)[〔[（(【]?(\d{4})[〕\]）)】年]第?(\d{1,3})号/gu

/** The full numbers of `text` by their short form (川办规6号 → 川办规〔2025〕6号), when one year only is written. */
export function fullNumbersOf(text: string): Map<string, string> {
  const years = new Map<string, Set<string>>()
  for (const m of text.matchAll(fullNumber)) {
    const short = `${m[1] ?? ''}${m[3] ?? ''}号`
    years.set(short, (years.get(short) ?? new Set()).add(m[2] ?? ''))
  }
  const full = new Map<string, string>()
  for (const [short, ys] of years) {
    const [year] = [...ys]
    if (ys.size === 1 && year) full.set(short, short.replace(/(\d{1,3})号$/, `〔${year}〕$1号`))
  }
  return full
}

/** `question` with each short number it says (川办规6号) written as the full one the knowledge base holds. */
export function withFullNumbers(question: string, full: Map<string, string>): string {
  let out = question
  for (const [short, long] of full) {
    const code = short.replace(/\d{1,3}号$/, '')
    const serial = short.slice(code.length)
    // 川办规6号, 川办规第6号, 川办规 6 号; not one already written with its year
    out = out.replace(new RegExp(`${code}\\s*第?\\s*${serial.replace('号', '\\s*号')}`, 'gu'), long)
  }
  return out
}
