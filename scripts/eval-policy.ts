// npm run eval:policy — answer quality without a model, on question sets kept apart: the tuning set, the first
// held-out set, the member-side held-out set, and held-out sets 3–11. Sets 3 and 4 were written by the team before
// the tuning rounds that followed them; sets 5–10 were each written blind from policy-facts.md alone by a separate
// author who read neither the other sets, the knowledge base nor the code, committed before the bot was run on
// them, and run once by the lead before any tuning on them (their blind figures are in README). The misses of the
// held-out sets are printed only with `-- --show-blind`, so a tuning round does not read them by accident.
import { fileURLToPath } from 'node:url'
import { groundedReply } from '../handlers/policy/answer.js'
import { createPolicyService, type PolicyService } from '../handlers/policy/service.js'
import { heldOut, offTopic, onTopic, unknownTuning, type EvalQuestion } from '../tests/policy/eval-set.js'
import {
  memberOffTopic,
  memberQuestions,
  memberUnknowns,
  type UnknownQuestion,
} from '../tests/policy/eval-member-set.js'
import { set3OffTopic, set3Questions, set3Unknowns } from '../tests/policy/eval-set-3.js'
import { set4OffTopic, set4Questions, set4Unknowns } from '../tests/policy/eval-set-4.js'
import { set5OffTopic, set5Questions, set5Unknowns } from '../tests/policy/eval-set-5.js'
import { set6OffTopic, set6Questions, set6Unknowns } from '../tests/policy/eval-set-6.js'
import { set7OffTopic, set7Questions, set7Unknowns } from '../tests/policy/eval-set-7.js'
import { set8OffTopic, set8Questions, set8Unknowns } from '../tests/policy/eval-set-8.js'
import { set9OffTopic, set9Questions, set9Unknowns } from '../tests/policy/eval-set-9.js'
import { set10OffTopic, set10Questions, set10Unknowns } from '../tests/policy/eval-set-10.js'
import { set11OffTopic, set11Questions, set11Unknowns } from '../tests/policy/eval-set-11.js'
import { set31OffTopic, set31Questions, set31Unknowns } from '../tests/policy/eval-set-31.js'

/** The held-out sets after the first three, each with its answerable questions, unknowns and off-topic messages. */
const HELD_OUT = [
  { name: '留出集3', questions: set3Questions, unknowns: set3Unknowns, offTopic: set3OffTopic },
  { name: '留出集4', questions: set4Questions, unknowns: set4Unknowns, offTopic: set4OffTopic },
  { name: '留出集5', questions: set5Questions, unknowns: set5Unknowns, offTopic: set5OffTopic },
  { name: '留出集6', questions: set6Questions, unknowns: set6Unknowns, offTopic: set6OffTopic },
  { name: '留出集7', questions: set7Questions, unknowns: set7Unknowns, offTopic: set7OffTopic },
  { name: '留出集8', questions: set8Questions, unknowns: set8Unknowns, offTopic: set8OffTopic },
  { name: '留出集9', questions: set9Questions, unknowns: set9Unknowns, offTopic: set9OffTopic },
  { name: '留出集10', questions: set10Questions, unknowns: set10Unknowns, offTopic: set10OffTopic },
  { name: '留出集11', questions: set11Questions, unknowns: set11Unknowns, offTopic: set11OffTopic },
  { name: '留出集31', questions: set31Questions, unknowns: set31Unknowns, offTopic: set31OffTopic },
]

/** One question to score: `isRight` says whether a retrieved unit answers it. */
interface Case {
  q: string
  isRight(unitId: string, unitText: string): boolean
  fact: string[] | undefined
}

export interface SetReport {
  name: string
  questions: number
  top1: number
  top3: number
  /** Questions that name their asked-for fact, and how many answers carry it in the first sentence. */
  withFact: number
  factFirst: number
  wronglyDeclined: number
  misses: string[]
}

export interface DeclineReport {
  questions: number
  declined: number
  misses: string[]
}

const compact = (s: string) => s.replace(/[\s,，]/g, '')

export function firstSentence(answer: string): string {
  return answer.split(/[。！？\n]/)[0] ?? ''
}

const hasAny = (text: string, facts: string[]) => facts.some((f) => compact(text).includes(compact(f)))

/**
 * The knowledge base was split into fact units after the first two sets were written. Their questions and
 * expected ids are unchanged; an old article id counts for every unit made from it.
 */
export const splitInto: Record<string, string[]> = {
  'guide#身份': ['guide#身份', 'guide#身份证明'],
  'guide#补贴材料': ['guide#补贴材料', 'guide#补贴期限'],
  'guide#补贴办理': ['guide#补贴办理', 'guide#补贴流程'],
  'guide#贷款对象': ['guide#贷款对象', 'guide#其他贷款'],
  'guide#贷款额度': ['sc2025-6#贷款额度', 'guide#贷款期限', 'guide#贷款利率', 'guide#企业贷款'],
  'guide#贷款办理': ['guide#贷款办理', 'guide#贷款流程'],
  'guide#培训': ['guide#培训补贴', 'guide#培训报名'],
  'guide#园区': ['guide#孵化基地', 'guide#园区租金'],
  'guide#税收': ['guide#增值税', 'guide#所得税', 'guide#重点群体税收', 'guide#退役军人税收'],
  'guide#注册': ['guide#注册', 'guide#网店注册'],
  'guide#咨询': ['guide#咨询电话', 'guide#办事地点'],
  'sc2025-6#创业补贴': ['sc2025-6#创业补贴', 'sc2025-6#补贴对象'],
  'sc2018-22#用地': ['sc2018-22#用地', 'sc2018-22#土地流转', 'sc2018-22#种粮'],
}

function byIds(questions: EvalQuestion[]): Case[] {
  return questions.map(({ q, expect, fact }) => {
    const ids = expect.flatMap((id) => splitInto[id] ?? [id])
    return { q, fact, isRight: (id: string) => ids.includes(id) }
  })
}

function byFacts(questions: { q: string; fact: string[] }[]): Case[] {
  return questions.map(({ q, fact }) => ({ q, fact, isRight: (_id, text) => hasAny(text, fact) }))
}

export function evaluateSet(service: PolicyService, name: string, cases: Case[]): SetReport {
  const r: SetReport = {
    name,
    questions: cases.length,
    top1: 0,
    top3: 0,
    withFact: 0,
    factFirst: 0,
    wronglyDeclined: 0,
    misses: [],
  }
  for (const c of cases) {
    const { answer, hits } = groundedReply(service, c.q)
    const text = answer.text ?? ''
    const right = hits.slice(0, 3).map((h) => c.isRight(h.article.id, h.article.text))
    if (hits.length === 0) r.wronglyDeclined++
    if (right[0]) r.top1++
    if (right.some(Boolean)) r.top3++
    const factOk = !c.fact || hasAny(firstSentence(text), c.fact)
    if (c.fact) r.withFact++
    if (c.fact && factOk) r.factFirst++
    if (!right[0] || !factOk) {
      const ids = hits.map((h) => h.article.id).join(', ') || '（拒答）'
      const why = [!right[0] ? '首条不对' : '', !factOk ? `首句无「${c.fact?.join('/')}」` : '']
      r.misses.push(`${c.q}〔${why.filter(Boolean).join('，')}〕→ ${ids}\n      答：${firstLines(text)}`)
    }
  }
  return r
}

function firstLines(text: string): string {
  return text.replace(/\n/g, ' ⏎ ').slice(0, 160)
}

export function evaluateDeclines(service: PolicyService, questions: string[]): DeclineReport {
  const misses: string[] = []
  for (const q of questions) {
    const { answer } = groundedReply(service, q)
    if (!['declined', 'offtopic'].includes(answer.mode))
      misses.push(`${q} → ${firstLines(answer.text ?? '')}`)
  }
  return { questions: questions.length, declined: questions.length - misses.length, misses }
}

const saysUnknown = /(没有|未见|没找到|未取得|没有找到|不清楚|查不到|尚未核实|未核实|不敢乱说|没有依据)/
const pointsWhere = /(12333|12366|人社|农民工服务中心|就业创业|服务大厅|政务服务|部门)/

/** The first sentence says the asked-for fact is not known, and the answer says where to ask. */
export function evaluateUnknowns(
  service: PolicyService,
  questions: Pick<UnknownQuestion, 'q'>[],
): DeclineReport {
  const misses: string[] = []
  for (const { q } of questions) {
    const text = groundedReply(service, q).answer.text ?? ''
    if (!saysUnknown.test(firstSentence(text)) || !pointsWhere.test(text))
      misses.push(`${q} → ${firstLines(text)}`)
  }
  return { questions: questions.length, declined: questions.length - misses.length, misses }
}

export function evaluateAll(service: PolicyService) {
  return {
    sets: [
      evaluateSet(service, '调参集', byIds(onTopic)),
      evaluateSet(service, '旧留出集', byIds(heldOut)),
      evaluateSet(service, '党员留出集', byFacts(memberQuestions)),
    ],
    offTopic: evaluateDeclines(service, offTopic),
    memberOffTopic: evaluateDeclines(service, memberOffTopic),
    unknownTuning: evaluateUnknowns(service, unknownTuning),
    unknowns: evaluateUnknowns(service, memberUnknowns),
    heldOut: HELD_OUT.map((h) => ({
      name: h.name,
      answers: evaluateSet(service, h.name, byFacts(h.questions)),
      offTopic: evaluateDeclines(service, h.offTopic),
      unknowns: evaluateUnknowns(service, h.unknowns),
    })),
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—')

function printSet(r: SetReport, showMisses = true) {
  console.log(
    `${r.name}（${r.questions} 题）：top-1 ${pct(r.top1, r.questions)}（${r.top1}），top-3 ${pct(r.top3, r.questions)}（${r.top3}），` +
      `首句给出所问事实 ${pct(r.factFirst, r.withFact)}（${r.factFirst}/${r.withFact}），误拒 ${r.wronglyDeclined}`,
  )
  printMisses(r.misses, showMisses)
}

function printDeclines(name: string, r: DeclineReport, showMisses = true) {
  console.log(`${name}：${pct(r.declined, r.questions)}（${r.declined}/${r.questions}）`)
  printMisses(r.misses, showMisses)
}

function printMisses(misses: string[], show: boolean) {
  if (show) for (const m of misses) console.log(`  未达标：${m}`)
  else if (misses.length)
    console.log(`  （${misses.length} 题未达标，留出集不看错题；加 -- --show-blind 显示）`)
}

function main(args: string[]) {
  const showBlind = args.includes('--show-blind')
  const r = evaluateAll(createPolicyService())
  console.log(
    '政策问答评测（不接大模型，按机器人实际回答计）；目标：留出集 top-1 ≥95%、首句给出所问事实 ≥95%，拒答 ≥95%',
  )
  r.sets.forEach((s) => printSet(s))
  printDeclines('无关/注入问题拒答（原集）', r.offTopic)
  printDeclines('无关/注入问题拒答（党员集）', r.memberOffTopic)
  printDeclines('资料里没有的：首句说明没有并指明去哪问（调参）', r.unknownTuning)
  printDeclines('资料里没有的：首句说明没有并指明去哪问（党员集）', r.unknowns)
  for (const { name, ...set } of r.heldOut) {
    printSet(set.answers, showBlind)
    printDeclines(`无关/注入问题拒答（${name}）`, set.offTopic, showBlind)
    printDeclines(`资料里没有的：首句说明没有并指明去哪问（${name}）`, set.unknowns, showBlind)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
