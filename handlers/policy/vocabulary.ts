// The segmenter's dictionary, cut down from jieba's full one (349,000 words, about 46 MB resident) to the words a
// knowledge base can need: every full-dictionary word found anywhere in its documents or in the synonym and
// stop-word tables, plus the most common words of everyday Chinese for the rest of a question. Each keeps its
// full-dictionary count, and a filler entry keeps the total count the same, so the knowledge base's own text is
// cut exactly as the full dictionary cuts it.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadKnowledgeBase, vocabularyFile, type KnowledgeBase } from './kb.js'
import { fillerWord, miswritings, policyTerms, sameAs, stopWords, synonyms } from './search/tokenizer.js'

/** How many of the full dictionary's most frequent words are kept for the words of questions. */
export const commonWordCount = 20_000

export interface FullDictionary {
  counts: Map<string, number>
  total: number
  longest: number
}

export function readFullDictionary(): FullDictionary {
  const text = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8')
  const counts = new Map<string, number>()
  let total = 0
  let longest = 0
  // Lines are `word count [tag]`; read by hand, as splitting 349,000 lines takes twice as long.
  for (let start = 0; start < text.length;) {
    const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)
    const space = text.indexOf(' ', start)
    if (space > start && space < lineEnd) {
      const next = text.indexOf(' ', space + 1)
      const word = text.slice(start, space)
      const count = Number(text.slice(space + 1, next > 0 && next < lineEnd ? next : lineEnd))
      counts.set(word, count)
      total += count
      longest = Math.max(longest, word.length)
    }
    start = lineEnd + 1
  }
  return { counts, total, longest }
}

/** The `n` most frequent words (ties by code point, so the file is the same on every run). */
function mostCommon(dict: FullDictionary, n: number): string[] {
  const sorted = Float64Array.from(dict.counts.values()).sort().reverse()
  const cutoff = sorted[Math.min(n, sorted.length) - 1] ?? 0
  const above: string[] = []
  const at: string[] = []
  for (const [word, count] of dict.counts) {
    if (count > cutoff) above.push(word)
    else if (count === cutoff) at.push(word)
  }
  return [...above, ...at.sort().slice(0, n - above.length)]
}

/** What the segmenter is ever asked to cut, besides members' questions. */
function textsOf(kb: KnowledgeBase): string[] {
  const tables = Object.entries({ ...sameAs, ...synonyms }).flatMap(([word, policy]) => [word, ...policy])
  return [
    ...kb.documents.map((d) => d.title),
    ...kb.articles.flatMap((a) => [a.label, a.heading, a.text, ...a.asks]),
    ...tables,
    ...Object.values(miswritings),
    ...stopWords,
    ...policyTerms,
  ]
}

/** Every full-dictionary word that occurs in `text` (what jieba's DAG can use there). */
function wordsIn(text: string, dict: FullDictionary, into: Set<string>): void {
  for (let i = 0; i < text.length; i++)
    for (let n = 1; n <= dict.longest && i + n <= text.length; n++) {
      const piece = text.slice(i, i + n)
      if (dict.counts.has(piece)) into.add(piece)
    }
}

export function buildVocabulary(kb: KnowledgeBase, dict: FullDictionary = readFullDictionary()): string {
  const words = new Set<string>()
  for (const text of textsOf(kb)) wordsIn(text, dict, words)
  const own = words.size
  for (const word of mostCommon(dict, commonWordCount)) words.add(word)
  const sorted = [...words].sort()
  const kept = sorted.reduce((sum, w) => sum + (dict.counts.get(w) ?? 0), 0)
  return [
    '# 生成文件，不要手改：npm run policy:vocabulary（导入政策时也会重新生成）。',
    `# 分词词表：知识库和同义词表用到的 ${own} 个词，加上 jieba 词典最常用的 ${commonWordCount} 个词；词频取自 jieba 词典。`,
    ...sorted.map((w) => `${w} ${dict.counts.get(w)}`),
    `${fillerWord} ${dict.total - kept}`,
    '',
  ].join('\n')
}

/** Regenerates the vocabulary file of a knowledge-base directory; returns its path and word count. */
export function writeVocabulary(kbDir: string): { file: string; words: number } {
  const text = buildVocabulary(loadKnowledgeBase(kbDir))
  const file = vocabularyFile(kbDir)
  writeFileSync(file, text)
  return { file, words: text.split('\n').filter((l) => l && !l.startsWith('#')).length }
}
