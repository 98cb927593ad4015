// The policy knowledge base: one Markdown file per document, YAML front matter, one `## <label> <heading>` per article.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export type DocStatus = '示例' | '官方'

export interface PolicyDocument {
  id: string
  title: string
  issuer: string
  docNumber: string
  date: string
  source: string
  status: DocStatus
  /** What the reader must know about the document (a 示例 one says it was compiled from public reports). */
  note: string
  file: string
}

export interface Article {
  /** `<docId>#<label>`, stable across reloads. */
  id: string
  label: string
  heading: string
  /** What the answer may say: the unit's text without its field lines. */
  text: string
  /** `问法：` lines: how members ask about this unit (searched, never shown). */
  asks: string[]
  /** `可靠性：` line, e.g. 官方网站 or 低（单一弱来源）; empty for official texts. */
  reliability: string
  /** `来源：` line: where this unit's facts come from, when it differs from the document's source. */
  source: string
  /** `去哪问：` line: who can answer what this unit does not say. */
  askWhere: string
  doc: PolicyDocument
}

export interface KnowledgeBase {
  dir: string
  documents: PolicyDocument[]
  articles: Article[]
  /** The segmenter's words for this knowledge base (vocabulary.ts); '' when the directory has none. */
  vocabulary: string
}

export const defaultKbDir = fileURLToPath(new URL('../../prompts/policy', import.meta.url))

/** Generated next to the documents by `npm run policy:vocabulary` and by every import. */
export function vocabularyFile(kbDir: string): string {
  return path.join(kbDir, 'vocabulary.generated.txt')
}

export function readVocabulary(kbDir: string): string {
  try {
    return readFileSync(vocabularyFile(kbDir), 'utf8')
  } catch {
    return ''
  }
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

export function parseDocument(source: string, file: string): { doc: PolicyDocument; articles: Article[] } {
  const match = frontMatterPattern.exec(source)
  const meta = (match ? parseYaml(match[1] ?? '') : {}) as Record<string, unknown>
  const body = match ? source.slice(match[0].length) : source
  const field = (key: string, fallback = '') => String(meta[key] ?? fallback).trim()
  const doc: PolicyDocument = {
    id: field('id', path.basename(file, path.extname(file))),
    title: field('title', path.basename(file, path.extname(file))),
    issuer: field('issuer'),
    docNumber: field('docNumber'),
    date: field('date'),
    source: field('source'),
    status: field('status') === '官方' ? '官方' : '示例',
    note: field('note'),
    file,
  }
  return { doc, articles: parseArticles(body, doc) }
}

const fieldNames = { 问法: 'asks', 可靠性: 'reliability', 来源: 'source', 去哪问: 'askWhere' } as const
const fieldLine = /^(问法|可靠性|来源|去哪问)[：:]\s*(.*)$/

function parseArticles(body: string, doc: PolicyDocument): Article[] {
  const articles: Article[] = []
  for (const chunk of body.split(/^## /m).slice(1)) {
    const [headLine = '', ...rest] = chunk.split(/\r?\n/)
    const [label = '', ...headingWords] = headLine.trim().split(/\s+/)
    const fields = { asks: '', reliability: '', source: '', askWhere: '' }
    const lines: string[] = []
    for (const line of rest) {
      const m = fieldLine.exec(line.trim())
      if (m) fields[fieldNames[m[1] as keyof typeof fieldNames]] += m[2] ?? ''
      else lines.push(line)
    }
    const text = lines.join('\n').trim()
    if (!label || !text) continue
    articles.push({
      id: `${doc.id}#${label}`,
      label,
      heading: headingWords.join(' ') || label,
      text,
      asks: fields.asks
        .split(/[；;｜|]/)
        .map((a) => a.trim())
        .filter(Boolean),
      reliability: fields.reliability.replace(/[。.]$/, ''),
      source: fields.source,
      askWhere: fields.askWhere,
      doc,
    })
  }
  return articles
}

/** Low-reliability units are flagged in every answer that uses them. */
export function isLowReliability(article: Article): boolean {
  return /^低/.test(article.reliability)
}

export function loadKnowledgeBase(dir: string = defaultKbDir): KnowledgeBase {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => e.name)
    .sort()
  const documents: PolicyDocument[] = []
  const articles: Article[] = []
  for (const name of files) {
    const parsed = parseDocument(readFileSync(path.join(dir, name), 'utf8'), name)
    documents.push(parsed.doc)
    articles.push(...parsed.articles)
  }
  return { dir, documents, articles, vocabulary: readVocabulary(dir) }
}

/** How a member sees the source: 《title》条目 (示例 documents say so). */
export function citationOf(article: Article): string {
  const sample = article.doc.status === '示例' ? '（示例）' : ''
  const number = article.doc.docNumber.startsWith('川') ? article.doc.docNumber : ''
  const part = /^[第一二三四五六七八九十（(\d]/.test(article.label) ? article.label : article.heading
  return `《${article.doc.title}》${number}${sample}·${part}`
}
