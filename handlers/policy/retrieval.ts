// Offline retrieval: BM25 (minisearch) over jieba tokens, with the synonym expansion on the query side.
import MiniSearch from 'minisearch'
import type { Article, KnowledgeBase } from './kb.js'
import { queryTokens, tokenize } from './tokenizer.js'

export interface Hit {
  article: Article
  score: number
}

export interface RetrievalOptions {
  /** Below this BM25 score the best hit is not trusted and the bot declines. */
  minScore: number
  /** Further hits are kept only when they score at least this share of the best one. */
  relativeCut: number
  limit: number
}

export const defaultRetrieval: RetrievalOptions = { minScore: 12, relativeCut: 0.6, limit: 3 }

const addedTermWeight = 0.6

export interface PolicyIndex {
  kb: KnowledgeBase
  search(question: string, limit?: number): Hit[]
}

interface IndexedArticle {
  id: string
  heading: string
  text: string
  title: string
}

export function buildIndex(kb: KnowledgeBase): PolicyIndex {
  const byId = new Map(kb.articles.map((a) => [a.id, a]))
  const mini = new MiniSearch<IndexedArticle>({
    fields: ['heading', 'text', 'title'],
    tokenize,
    processTerm: (t) => t,
    searchOptions: { boost: { heading: 2.5, text: 1, title: 0.3 }, combineWith: 'OR' },
  })
  mini.addAll(
    kb.articles.map((a) => ({
      id: a.id,
      heading: `${a.label} ${a.heading}`,
      text: a.text,
      title: a.doc.title,
    })),
  )
  return {
    kb,
    search(question, limit = 5) {
      const { own, added } = queryTokens(question)
      if (own.length + added.length === 0) return []
      const ownSet = new Set(own)
      return mini
        .search([...own, ...added].join(' '), {
          tokenize: (s) => s.split(' '),
          boostTerm: (term) => (ownSet.has(term) ? 1 : addedTermWeight),
        })
        .slice(0, limit)
        .flatMap((r) => {
          const article = byId.get(String(r.id))
          return article ? [{ article, score: r.score }] : []
        })
    },
  }
}

/** The hits worth answering from, or [] when even the best one is too weak. */
export function retrieve(
  index: PolicyIndex,
  question: string,
  o: RetrievalOptions = defaultRetrieval,
): Hit[] {
  const hits = index.search(question, o.limit)
  const best = hits[0]
  if (!best || best.score < o.minScore) return []
  return hits.filter((h) => h.score >= best.score * o.relativeCut)
}
