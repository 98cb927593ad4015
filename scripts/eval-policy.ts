// npm run eval:policy — answer quality without a model, on question sets kept apart: the tuning set, the first
// held-out set, the member-side held-out set, two practice sets written fact by fact to tune on, and the held-out
// sets from 3 on. Sets 3 and 4 were written by the team before the tuning rounds that followed them; every later
// set was written blind from policy-facts.md alone by a separate author who read neither the other sets, the
// knowledge base nor the code, committed before the bot was run on it, and run once by the lead before any tuning
// on it (the blind figures are in README and in the commits that record each run). The misses of the held-out sets
// are printed only with `-- --show-blind`, so a tuning round does not read them by accident.
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
import { practiceAOffTopic, practiceAQuestions, practiceAUnknowns } from '../tests/policy/practice-a.js'
import { practiceBOffTopic, practiceBQuestions, practiceBUnknowns } from '../tests/policy/practice-b.js'
import { set12OffTopic, set12Questions, set12Unknowns } from '../tests/policy/eval-set-12.js'
import { set13OffTopic, set13Questions, set13Unknowns } from '../tests/policy/eval-set-13.js'
import { set14OffTopic, set14Questions, set14Unknowns } from '../tests/policy/eval-set-14.js'
import { set15OffTopic, set15Questions, set15Unknowns } from '../tests/policy/eval-set-15.js'
import { set16OffTopic, set16Questions, set16Unknowns } from '../tests/policy/eval-set-16.js'
import { set17OffTopic, set17Questions, set17Unknowns } from '../tests/policy/eval-set-17.js'
import { set18OffTopic, set18Questions, set18Unknowns } from '../tests/policy/eval-set-18.js'
import { set19OffTopic, set19Questions, set19Unknowns } from '../tests/policy/eval-set-19.js'
import { set20OffTopic, set20Questions, set20Unknowns } from '../tests/policy/eval-set-20.js'
import { set21OffTopic, set21Questions, set21Unknowns } from '../tests/policy/eval-set-21.js'
import { set22OffTopic, set22Questions, set22Unknowns } from '../tests/policy/eval-set-22.js'
import { set23OffTopic, set23Questions, set23Unknowns } from '../tests/policy/eval-set-23.js'
import { set24OffTopic, set24Questions, set24Unknowns } from '../tests/policy/eval-set-24.js'
import { set25OffTopic, set25Questions, set25Unknowns } from '../tests/policy/eval-set-25.js'
import { set26OffTopic, set26Questions, set26Unknowns } from '../tests/policy/eval-set-26.js'
import { set27OffTopic, set27Questions, set27Unknowns } from '../tests/policy/eval-set-27.js'
import { set28OffTopic, set28Questions, set28Unknowns } from '../tests/policy/eval-set-28.js'
import { set29OffTopic, set29Questions, set29Unknowns } from '../tests/policy/eval-set-29.js'
import { set30OffTopic, set30Questions, set30Unknowns } from '../tests/policy/eval-set-30.js'
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
  { name: '留出集12', questions: set12Questions, unknowns: set12Unknowns, offTopic: set12OffTopic },
  { name: '留出集13', questions: set13Questions, unknowns: set13Unknowns, offTopic: set13OffTopic },
  { name: '留出集14', questions: set14Questions, unknowns: set14Unknowns, offTopic: set14OffTopic },
  { name: '留出集15', questions: set15Questions, unknowns: set15Unknowns, offTopic: set15OffTopic },
  { name: '留出集16', questions: set16Questions, unknowns: set16Unknowns, offTopic: set16OffTopic },
  { name: '留出集17', questions: set17Questions, unknowns: set17Unknowns, offTopic: set17OffTopic },
  { name: '留出集18', questions: set18Questions, unknowns: set18Unknowns, offTopic: set18OffTopic },
  { name: '留出集19', questions: set19Questions, unknowns: set19Unknowns, offTopic: set19OffTopic },
  { name: '留出集20', questions: set20Questions, unknowns: set20Unknowns, offTopic: set20OffTopic },
  { name: '留出集21', questions: set21Questions, unknowns: set21Unknowns, offTopic: set21OffTopic },
  { name: '留出集22', questions: set22Questions, unknowns: set22Unknowns, offTopic: set22OffTopic },
  { name: '留出集23', questions: set23Questions, unknowns: set23Unknowns, offTopic: set23OffTopic },
  { name: '留出集24', questions: set24Questions, unknowns: set24Unknowns, offTopic: set24OffTopic },
  { name: '留出集25', questions: set25Questions, unknowns: set25Unknowns, offTopic: set25OffTopic },
  { name: '留出集26', questions: set26Questions, unknowns: set26Unknowns, offTopic: set26OffTopic },
  { name: '留出集27', questions: set27Questions, unknowns: set27Unknowns, offTopic: set27OffTopic },
  { name: '留出集28', questions: set28Questions, unknowns: set28Unknowns, offTopic: set28OffTopic },
  { name: '留出集29', questions: set29Questions, unknowns: set29Unknowns, offTopic: set29OffTopic },
  { name: '留出集30', questions: set30Questions, unknowns: set30Unknowns, offTopic: set30OffTopic },
  { name: '留出集31', questions: set31Questions, unknowns: set31Unknowns, offTopic: set31OffTopic },
]

/**
 * Practice sets, written from policy-facts.md fact by fact (every fact asked two to four ways) to tune on; their
 * misses are always printed.
 */
const PRACTICE = [
  {
    name: '练习集A',
    questions: practiceAQuestions,
    unknowns: practiceAUnknowns,
    offTopic: practiceAOffTopic,
  },
  {
    name: '练习集B',
    questions: practiceBQuestions,
    unknowns: practiceBUnknowns,
    offTopic: practiceBOffTopic,
  },
]

type QuestionSet = (typeof HELD_OUT)[number]

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
    practice: PRACTICE.map((p) => evaluateQuestionSet(service, p)),
    heldOut: HELD_OUT.map((h) => evaluateQuestionSet(service, h)),
  }
}

function evaluateQuestionSet(service: PolicyService, set: QuestionSet) {
  return {
    name: set.name,
    answers: evaluateSet(service, set.name, byFacts(set.questions)),
    offTopic: evaluateDeclines(service, set.offTopic),
    unknowns: evaluateUnknowns(service, set.unknowns),
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
  for (const set of r.practice) printQuestionSet(set, true)
  for (const set of r.heldOut) printQuestionSet(set, showBlind)
}

function printQuestionSet(set: ReturnType<typeof evaluateQuestionSet>, showMisses: boolean) {
  printSet(set.answers, showMisses)
  printDeclines(`无关/注入问题拒答（${set.name}）`, set.offTopic, showMisses)
  printDeclines(`资料里没有的：首句说明没有并指明去哪问（${set.name}）`, set.unknowns, showMisses)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
