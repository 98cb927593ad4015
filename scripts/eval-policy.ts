// Retrieval quality on the team's colloquial questions: top-1/top-3 recall and how often off-topic is declined.
import { fileURLToPath } from 'node:url'
import { looksLikeInjection } from '../handlers/policy/guard.js'
import { loadKnowledgeBase } from '../handlers/policy/kb.js'
import { buildIndex, defaultRetrieval, retrieve, type PolicyIndex } from '../handlers/policy/retrieval.js'
import { heldOut, offTopic, onTopic, type EvalQuestion } from '../tests/policy/eval-set.js'

export interface EvalReport {
  questions: number
  top1: number
  top3: number
  /** On-topic questions the bot wrongly declined. */
  wronglyDeclined: number
  offTopic: number
  declined: number
  misses: string[]
}

function wouldDecline(index: PolicyIndex, q: string): boolean {
  return looksLikeInjection(q) || retrieve(index, q, defaultRetrieval).length === 0
}

export function evaluate(index: PolicyIndex, questions: EvalQuestion[] = onTopic): EvalReport {
  let top1 = 0
  let top3 = 0
  let wronglyDeclined = 0
  const misses: string[] = []
  for (const { q, expect } of questions) {
    const ids = retrieve(index, q, { ...defaultRetrieval, relativeCut: 0 }).map((h) => h.article.id)
    if (ids.length === 0) wronglyDeclined++
    if (expect.includes(ids[0] ?? '')) top1++
    else misses.push(`${q} → ${ids.slice(0, 3).join(', ') || '（拒答）'}`)
    if (ids.slice(0, 3).some((id) => expect.includes(id))) top3++
  }
  const declined = offTopic.filter((q) => wouldDecline(index, q)).length
  return {
    questions: questions.length,
    top1,
    top3,
    wronglyDeclined,
    offTopic: offTopic.length,
    declined,
    misses,
  }
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`

function main() {
  const index = buildIndex(loadKnowledgeBase())
  const r = evaluate(index)
  console.log(`政策检索评测：${r.questions} 个口语问题，${r.offTopic} 个无关/注入问题`)
  console.log(`top-1 召回 ${pct(r.top1, r.questions)}（${r.top1}/${r.questions}，目标 ≥85%）`)
  console.log(`top-3 召回 ${pct(r.top3, r.questions)}（${r.top3}/${r.questions}，目标 ≥95%）`)
  console.log(`无关问题拒答 ${pct(r.declined, r.offTopic)}（${r.declined}/${r.offTopic}，目标 ≥95%）`)
  console.log(`相关问题被误拒 ${r.wronglyDeclined} 个`)
  for (const m of r.misses) console.log(`  未命中：${m}`)
  const h = evaluate(index, heldOut)
  console.log(
    `留出集（调参后才写；看过一次结果后只补了几组通用同义词）：top-1 ${pct(h.top1, h.questions)}，top-3 ${pct(h.top3, h.questions)}（${h.questions} 题）`,
  )
  for (const m of h.misses) console.log(`  留出集未命中：${m}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
