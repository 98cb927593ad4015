// Decides, without touching the database, what an import does to each row: create, update, leave alone.
import type { MemberForImport, MemberUpdate, MemberWrite } from '../../prisma/repos/roster/members.js'
import { matchPeople, type Ambiguity, type RowMatch } from './match.js'
import type { ParsedRoster, RosterDetailField, RosterRow, RowProblem } from './parse.js'
import { maskPhone } from './phone.js'

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

export interface RowResult {
  row: number
  name: string
  /** masked */
  phone: string
  outcome: RowOutcome
  reason?: string
}

export interface ImportPlan {
  creates: MemberWrite[]
  updates: MemberUpdate[]
  results: RowResult[]
  notes: RowProblem[]
  /** Rows added although they may be someone already on the roster: for the secretary to check. */
  flagged: RowProblem[]
  /** Matched people whose phone number changed (their check-in and attendance stay with them). */
  phoneChanges: RowProblem[]
}

const AMBIGUITY_TEXT: Record<Ambiguity, (name: string) => string> = {
  'several-namesakes': (name) =>
    `名册中有几位“${name}”的原手机号都不在本次文件中，无法确定是哪一位换了号码，已按新党员导入`,
  'several-rows': (name) =>
    `文件中有几行“${name}”，名册中的“${name}”原手机号不在本次文件中，无法确定哪一行是他（她），已按新党员导入`,
  'phone-of-other-id': (name) => `手机号与名册中的“${name}”相同，但身份证号不同，已按新党员导入`,
}

export function planImport(parsed: ParsedRoster, existing: MemberForImport[]): ImportPlan {
  const plan: ImportPlan = {
    creates: [],
    updates: [],
    results: [],
    notes: [...parsed.notes],
    flagged: [],
    phoneChanges: [],
  }
  for (const match of matchPeople(parsed.rows, existing).rows) apply(plan, match)
  // Namesakes already on the roster as two people were pointed out when they were first imported.
  const created = new Set(plan.results.filter((r) => r.outcome === 'created').map((r) => r.row))
  const flagged = new Set(plan.flagged.map((r) => r.row))
  plan.notes.push(...parsed.namesakes.filter((n) => created.has(n.row) && !flagged.has(n.row)))
  for (const skipped of parsed.skipped) plan.results.push({ phone: '', ...skipped, outcome: 'skipped' })
  plan.results.sort((a, b) => a.row - b.row)
  plan.notes.sort((a, b) => a.row - b.row)
  return plan
}

function apply(plan: ImportPlan, match: RowMatch<RosterRow, MemberForImport>): void {
  const row = match.row
  const where: Where = { row: row.row, name: row.name, phone: maskPhone(row.phone) }
  if (match.kind === 'matched') return applyMatch(plan, match, where)
  plan.creates.push({ name: row.name, phone: row.phone, idNumber: row.idNumber, details: row.details })
  if (match.kind === 'added') return void plan.results.push({ ...where, outcome: 'created' })
  const reason = AMBIGUITY_TEXT[match.why](match.candidates[0]?.name ?? row.name)
  plan.flagged.push({ ...where, reason })
  plan.results.push({ ...where, outcome: 'created', reason: `请核对：${reason}` })
}

type Matched = Extract<RowMatch<RosterRow, MemberForImport>, { kind: 'matched' }>

interface Where {
  row: number
  name: string
  /** masked */
  phone: string
}

function applyMatch(plan: ImportPlan, match: Matched, where: Where): void {
  const { member, row } = match
  if (match.renamed && match.by !== 'name') {
    const by = match.by === 'idNumber' ? '身份证号' : '手机号'
    plan.notes.push({ ...where, reason: `${by}与名册中的“${member.name}”相同，已把姓名改为“${row.name}”` })
  }
  const reason = match.phoneChanged
    ? `更换手机号（原 ${maskPhone(member.phone)}），报到和出勤记录保留`
    : undefined
  if (reason) plan.phoneChanges.push({ ...where, reason })
  const data = changes(member, row)
  if (Object.keys(data).length === 0) return void plan.results.push({ ...where, outcome: 'unchanged' })
  plan.updates.push({ id: member.id, data })
  plan.results.push({ ...where, outcome: 'updated', ...(reason ? { reason } : {}) })
}

function changes(member: MemberForImport, row: RosterRow): MemberUpdate['data'] {
  const data: MemberUpdate['data'] = {}
  if (member.name !== row.name) data.name = row.name
  if (member.phone !== row.phone) data.phone = row.phone
  // An ID number on record is never overwritten or cleared by a file (only a missing one is filled in).
  if (row.idNumber && !member.idNumber) data.idNumber = row.idNumber
  for (const [field, value] of Object.entries(row.details)) {
    const key = field as RosterDetailField
    if ((member[key] ?? null) !== (value ?? null)) data[key] = value ?? null
  }
  return data
}
