// Turns an official plain text into a knowledge-base document; the previous version goes to archive/, and the
// segmenter's vocabulary is regenerated so the new document's words are cut whole.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify as toYaml } from 'yaml'
import { splitArticles, type SplitArticle } from './splitter.js'
import { writeVocabulary } from './vocabulary.js'

export interface ImportOptions {
  kbDir: string
  fileName: string
  text: string
  title?: string
  now: Date
}

export interface ImportResult {
  docId: string
  file: string
  title: string
  articles: number
  archived: string | null
  /** The regenerated vocabulary file and its word count. */
  vocabulary: { file: string; words: number }
}

const docNumberPattern = /[川国][^\s〔]{0,8}〔\d{4}〕\d+号/

export function docIdFromFileName(fileName: string): string {
  const stem = path.basename(fileName).replace(/\.[^.]+$/, '')
  return stem.replace(/[\s/\\:*?"<>|#]+/g, '-').slice(0, 60) || 'policy'
}

function guessTitle(text: string, fallback: string): string {
  const first =
    text
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? ''
  return first && first.length <= 40 && !/^[（(]?[一二三四五六七八九十\d]/.test(first) ? first : fallback
}

export function toMarkdown(meta: Record<string, string>, articles: SplitArticle[]): string {
  const sections = articles.map((a) => `## ${a.label} ${a.heading}\n${a.text.replace(/^## /gm, '')}\n`)
  return `---\n${toYaml(meta)}---\n\n${sections.join('\n')}`
}

export function importPolicyText(o: ImportOptions): ImportResult {
  const docId = docIdFromFileName(o.fileName)
  const articles = splitArticles(o.text)
  if (articles.length === 0) throw new Error('文件里没有可用的正文')
  const title = o.title?.trim() || guessTitle(o.text, docId)
  const meta = {
    id: docId,
    title,
    issuer: '',
    docNumber: docNumberPattern.exec(o.text)?.[0] ?? '',
    date: '',
    source: `管理员导入：${path.basename(o.fileName)}`,
    status: '官方',
    importedAt: o.now.toISOString(),
  }
  const file = path.join(o.kbDir, `${docId}.md`)
  const archived = existsSync(file) ? archive(o.kbDir, file, o.now) : null
  writeFileSync(file, toMarkdown(meta, articles))
  const vocabulary = writeVocabulary(o.kbDir)
  return { docId, file, title, articles: articles.length, archived, vocabulary }
}

function archive(kbDir: string, file: string, now: Date): string {
  const dir = path.join(kbDir, 'archive')
  mkdirSync(dir, { recursive: true })
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const target = path.join(dir, `${path.basename(file, '.md')}.${stamp}.md`)
  renameSync(file, target)
  return target
}
