// npm run bench:policy — resident memory of the policy service, retrieval latency (shipped and synthetic
// 2,000-article knowledge base) and prompt size.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { articlesBlock, groundedReply } from '../handlers/policy/answer.js'
import { loadKnowledgeBase, type KnowledgeBase } from '../handlers/policy/kb.js'
import {
  buildIndex,
  defaultRetrieval,
  retrieve,
  type PolicyIndex,
} from '../handlers/policy/search/retrieval.js'
import { createPolicyService, type PolicyService } from '../handlers/policy/service.js'
import { fill, loadTemplates } from '../handlers/policy/templates.js'
import { memberOffTopic, memberQuestions, memberUnknowns } from '../tests/policy/eval-member-set.js'
import { heldOut, offTopic, onTopic } from '../tests/policy/eval-set.js'
import { set3OffTopic, set3Questions, set3Unknowns } from '../tests/policy/eval-set-3.js'
import { set4OffTopic, set4Questions, set4Unknowns } from '../tests/policy/eval-set-4.js'

const questions = [
  ...onTopic.map((e) => e.q),
  ...heldOut.map((e) => e.q),
  ...offTopic,
  ...memberQuestions.map((e) => e.q),
  ...memberUnknowns.map((e) => e.q),
  ...memberOffTopic,
  ...set3Questions.map((e) => e.q),
  ...set3Unknowns.map((e) => e.q),
  ...set3OffTopic,
  ...set4Questions.map((e) => e.q),
  ...set4Unknowns.map((e) => e.q),
  ...set4OffTopic,
]

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

function timed(
  rounds: number,
  run: (q: string) => void,
): { p50: number; p95: number; max: number; n: number } {
  for (const q of questions) run(q) // warm-up: segmenter dictionary, JIT
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now()
      run(q)
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0, n: times.length }
}

const latency = (index: PolicyIndex, rounds: number) => timed(rounds, (q) => retrieve(index, q))
/** Retrieval plus choosing the answer's first sentence: everything a no-model answer costs before the database. */
const answerLatency = (service: PolicyService, rounds: number) =>
  timed(rounds, (q) => groundedReply(service, q))

/** A deterministic pseudo-random generator so every run builds the same synthetic base. */
function rng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

function syntheticKb(real: KnowledgeBase, articles: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-bench-'))
  const sentences = real.articles.flatMap((a) => a.text.split('。').filter((s) => s.length > 6))
  const places = [
    '成都',
    '绵阳',
    '宜宾',
    '南充',
    '达州',
    '内江',
    '乐山',
    '广元',
    '遂宁',
    '眉山',
    '巴中',
    '雅安',
  ]
  const random = rng(42)
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!
  const perDoc = 100
  for (let d = 0; d < articles / perDoc; d++) {
    const place = pick(places)
    const sections = Array.from({ length: perDoc }, (_, i) => {
      const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(sentences)).join('。')
      return `## 第${i + 1}条 ${place}第${d}号办法第${i + 1}条\n${place}${body}，标准为${Math.floor(random() * 9000) + 100}元。`
    })
    const front = `---\nid: synthetic-${d}\ntitle: ${place}返乡创业扶持办法${d}\nstatus: 示例\n---\n\n`
    writeFileSync(path.join(dir, `synthetic-${d}.md`), front + sections.join('\n\n'))
  }
  return dir
}

function promptSizes(index: PolicyIndex) {
  const t = loadTemplates()
  const prompt = (articles: string, q: string) =>
    t.system.length + fill(t.user, { articles, question: q }).length
  let grounded = 0
  let wholeDoc = 0
  let wholeKb = 0
  let n = 0
  const allArticles = articlesBlock(index.kb.articles.map((article) => ({ article, score: 0 })))
  for (const { q } of onTopic) {
    const hits = retrieve(index, q, defaultRetrieval)
    const top = hits[0]
    if (!top) continue
    const docArticles = index.kb.articles.filter((a) => a.doc.id === top.article.doc.id)
    grounded += prompt(articlesBlock(hits), q)
    wholeDoc += prompt(articlesBlock(docArticles.map((article) => ({ article, score: 0 }))), q)
    wholeKb += prompt(allArticles, q)
    n++
  }
  return { grounded: grounded / n, wholeDoc: wholeDoc / n, wholeKb: wholeKb / n }
}

const f = (n: number) => n.toFixed(2)

/** Measured in a fresh process: this one has already loaded the segmenter. */
function memory(): string {
  const script = fileURLToPath(new URL('policy-memory.ts', import.meta.url))
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8' })
  return (run.stdout || run.stderr).trim()
}

function main() {
  console.log(memory())
  const real = loadKnowledgeBase()
  const shipped = buildIndex(real)
  const a = latency(shipped, 20)
  console.log(
    `检索延迟（随附知识库，${real.articles.length} 条，${a.n} 次查询）：p50 ${f(a.p50)} ms，p95 ${f(a.p95)} ms，最大 ${f(a.max)} ms（目标 p95 ≤ 20 ms）`,
  )

  const c = answerLatency(createPolicyService(), 20)
  console.log(
    `不接模型的完整回答（检索 + 选首句 + 组装，${c.n} 次）：p50 ${f(c.p50)} ms，p95 ${f(c.p95)} ms，最大 ${f(c.max)} ms`,
  )

  const dir = syntheticKb(real, 2000)
  try {
    const t0 = performance.now()
    const synthetic = buildIndex(loadKnowledgeBase(dir))
    const buildMs = performance.now() - t0
    const b = latency(synthetic, 5)
    console.log(
      `检索延迟（合成知识库，${synthetic.kb.articles.length} 条，建索引 ${buildMs.toFixed(0)} ms，${b.n} 次查询）：p50 ${f(b.p50)} ms，p95 ${f(b.p95)} ms，最大 ${f(b.max)} ms（目标 p95 ≤ 50 ms）`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  const s = promptSizes(shipped)
  console.log(
    `提示词大小（字符，平均）：检索后 ${s.grounded.toFixed(0)}；整份文件 ${s.wholeDoc.toFixed(0)}（比 ${f(s.grounded / s.wholeDoc)}）；整个知识库 ${s.wholeKb.toFixed(0)}（比 ${f(s.grounded / s.wholeKb)}；目标 ≤ 0.20）`,
  )
}

main()
