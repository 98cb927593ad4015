// Splits an official plain text into articles by the document's own numbering (第X条 / 一、 / （一） / 1.).
export interface SplitArticle {
  label: string
  heading: string
  text: string
}

const cn = '[一二三四五六七八九十百零〇]+'
const schemes: { name: string; pattern: RegExp; label: (m: RegExpExecArray) => string }[] = [
  { name: '第X条', pattern: new RegExp(`^\\s*(第${cn}条)\\s*`), label: (m) => m[1] ?? '' },
  { name: '一、', pattern: new RegExp(`^\\s*(${cn})\\s*[、.．]\\s*`), label: (m) => m[1] ?? '' },
  { name: '（一）', pattern: new RegExp(`^\\s*[（(](${cn})[）)]\\s*`), label: (m) => `（${m[1] ?? ''}）` },
  { name: '1.', pattern: /^\s*(\d{1,3})\s*[.．、](?!\d)\s*/, label: (m) => m[1] ?? '' },
]

/** The first scheme (in the order above) that numbers at least two lines is the document's top level. */
function pickScheme(lines: string[]) {
  return schemes.find((s) => lines.filter((l) => s.pattern.test(l)).length >= 2)
}

function headingOf(text: string): string {
  const first = text.split(/[。；;\n]/)[0] ?? ''
  return first.replace(/\s+/g, '').slice(0, 24) || '正文'
}

export function splitArticles(plain: string): SplitArticle[] {
  const lines = plain.replace(/\r\n?/g, '\n').split('\n')
  const scheme = pickScheme(lines)
  if (!scheme) {
    const text = plain.trim()
    return text ? [{ label: '全文', heading: headingOf(text), text }] : []
  }
  const articles: SplitArticle[] = []
  let current: { label: string; lines: string[] } = { label: '前言', lines: [] }
  const flush = () => {
    const text = current.lines.join('\n').trim()
    if (text) articles.push({ label: current.label, heading: headingOf(text), text })
  }
  for (const line of lines) {
    const m = scheme.pattern.exec(line)
    if (m) {
      flush()
      current = { label: scheme.label(m), lines: [line.slice(m[0].length)] }
    } else {
      current.lines.push(line)
    }
  }
  flush()
  return dedupeLabels(articles)
}

/** Some texts restart numbering per chapter; keep ids unique. */
function dedupeLabels(articles: SplitArticle[]): SplitArticle[] {
  const seen = new Map<string, number>()
  return articles.map((a) => {
    const n = (seen.get(a.label) ?? 0) + 1
    seen.set(a.label, n)
    return n === 1 ? a : { ...a, label: `${a.label}-${n}` }
  })
}
