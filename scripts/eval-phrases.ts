// How well 定时点名 / 预告 / 补课提醒 understand everyday time phrases, on the held-out corpus
// (tests/schedule/phrase-corpus.ts): share understood, share accepted with a wrong meaning (must be 0), and
// share of the phrases that must be refused or questioned whose reply names the right part.
import { fileURLToPath } from 'node:url'
import { draftClassReminder, draftMakeupReminder, draftRollCall } from '../handlers/schedule/request.js'
import { nextFireTimes } from '../handlers/schedule/rule.js'
import { shanghaiParts } from '../handlers/shanghai.js'
import {
  corpus,
  CORPUS_NOW,
  type AcceptCase,
  type CorpusCase,
  type CorpusCommand,
} from '../tests/schedule/phrase-corpus.js'
import { laterCorpus, LATER_NOW } from '../tests/schedule/phrase-corpus-2.js'

type Reading =
  { ok: true; times: Date[]; topic: string; duration: number | null } | { ok: false; message: string }

const DRAFTERS = { 定时点名: draftRollCall, 预告: draftClassReminder, 补课提醒: draftMakeupReminder }

/** What the command would store; for 预告 the times are when the class starts (reminder + lead). */
function interpret(command: CorpusCommand, text: string, now: Date, count: number): Reading {
  const result = DRAFTERS[command](text, now)
  if (!result.ok) return { ok: false, message: result.error }
  const { rule, topic, durationMinutes, leadMinutes } = result.draft
  const times = nextFireTimes(rule, now, count).map((t) => new Date(t.getTime() + leadMinutes * 60_000))
  return { ok: true, times, topic, duration: command === '定时点名' ? durationMinutes : null }
}

const pad = (n: number) => String(n).padStart(2, '0')
function stamp(at: Date): string {
  const p = shanghaiParts(at)
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`
}

export type Verdict = 'right' | 'wrong' | 'refused' | 'wrong-part'

export interface Scored {
  c: CorpusCase
  verdict: Verdict
  said: string
}

function scoreAccept(c: AcceptCase, r: Reading): Scored {
  if (!r.ok) return { c, verdict: 'refused', said: r.message }
  const said = `${r.times.map(stamp).join('、')}｜主题「${r.topic}」${r.duration === null ? '' : `｜${r.duration}分钟`}`
  const duration = c.command === '定时点名' ? (c.duration ?? 10) : null
  const sameTimes = r.times.map(stamp).join() === c.times.join()
  const right = sameTimes && r.topic === c.topic && r.duration === duration
  return { c, verdict: right ? 'right' : 'wrong', said }
}

export function score(c: CorpusCase, now = CORPUS_NOW): Scored {
  // one-offs ask for two times so a rule that fires again is caught
  const count = 'times' in c ? Math.max(c.times.length, 2) : 3
  const r = interpret(c.command, c.text, now, count)
  if ('times' in c) return scoreAccept(c, r)
  if (r.ok)
    return { c, verdict: 'wrong', said: `接受了：${r.times.map(stamp).join('、')}｜主题「${r.topic}」` }
  return { c, verdict: r.message.includes(c.names) ? 'right' : 'wrong-part', said: r.message }
}

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}%`

export interface Summary {
  total: number
  understood: number
  wrong: number
  refusalCases: number
  refusalsNamed: number
}

export function summarize(scored: Scored[]): Summary {
  const refusals = scored.filter((s) => !('times' in s.c))
  return {
    total: scored.length,
    understood: scored.filter((s) => s.verdict === 'right').length,
    wrong: scored.filter((s) => s.verdict === 'wrong').length,
    refusalCases: refusals.length,
    refusalsNamed: refusals.filter((s) => s.verdict === 'right').length,
  }
}

function report(title: string, cases: CorpusCase[], now: Date): void {
  const scored = cases.map((c) => score(c, now))
  const r = summarize(scored)
  const accepts = r.total - r.refusalCases
  const acceptedRight = r.understood - r.refusalsNamed
  console.log(`${title}：${r.total} 条（应接受 ${accepts} 条，应追问或拒绝 ${r.refusalCases} 条）`)
  console.log(`  听懂 ${pct(r.understood, r.total)}（${r.understood}/${r.total}，目标 ≥95%）`)
  console.log(`  应接受的按正确意思接受 ${pct(acceptedRight, accepts)}（${acceptedRight}/${accepts}）`)
  console.log(`  接受了但意思错 ${pct(r.wrong, r.total)}（${r.wrong}/${r.total}，必须为 0）`)
  console.log(
    `  应追问/拒绝的，回复点出了那一部分 ${pct(r.refusalsNamed, r.refusalCases)}（${r.refusalsNamed}/${r.refusalCases}）`,
  )
  for (const s of scored.filter((x) => x.verdict !== 'right'))
    console.log(`    [${s.verdict}] ${s.c.command} ${s.c.text} → ${s.said.replace(/。例如.*$/, '')}`)
}

function main() {
  report('时间短语评测 1（现在=2026-03-11 周三 10:00）', corpus, CORPUS_NOW)
  report('时间短语评测 2（现在=2026-12-27 周日 21:30）', laterCorpus, LATER_NOW)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
