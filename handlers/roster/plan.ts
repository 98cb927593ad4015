// Decides, without touching the database, what an import does to each row: create, update, leave alone.
import type {
  MemberForImport,
  MemberUpdate,
  MemberWrite,
  RosterDetailField,
} from '../../prisma/repos/roster/members.js'
import type { ParsedRoster, RosterRow, RowProblem } from './parse.js'
import { maskPhone, normalizePhone } from './phone.js'

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
}

export function planImport(parsed: ParsedRoster, existing: MemberForImport[]): ImportPlan {
  const byPhone = new Map<string, MemberForImport>()
  const byName = new Map<string, MemberForImport[]>()
  for (const member of existing) {
    const phone = member.phone ? (normalizePhone(member.phone) ?? member.phone) : null
    if (phone && !byPhone.has(phone)) byPhone.set(phone, member)
    byName.set(member.name, [...(byName.get(member.name) ?? []), member])
  }
  const plan: ImportPlan = { creates: [], updates: [], results: [], notes: [...parsed.notes] }
  const claimed = new Set<number>()
  for (const row of parsed.rows) {
    const match = findMatch(row, byPhone, byName, claimed)
    if (match.note)
      plan.notes.push({ row: row.row, name: row.name, reason: match.note, phone: maskPhone(row.phone) })
    const result = { row: row.row, name: row.name, phone: maskPhone(row.phone) }
    if (!match.member) {
      plan.creates.push({ name: row.name, phone: row.phone, details: row.details })
      plan.results.push({ ...result, outcome: 'created' })
      continue
    }
    claimed.add(match.member.id)
    const data = changes(match.member, row)
    if (Object.keys(data).length === 0) {
      plan.results.push({ ...result, outcome: 'unchanged' })
    } else {
      plan.updates.push({ id: match.member.id, data })
      plan.results.push({ ...result, outcome: 'updated' })
    }
  }
  for (const skipped of parsed.skipped) plan.results.push({ phone: '', ...skipped, outcome: 'skipped' })
  plan.results.sort((a, b) => a.row - b.row)
  plan.notes.sort((a, b) => a.row - b.row)
  return plan
}

function findMatch(
  row: RosterRow,
  byPhone: Map<string, MemberForImport>,
  byName: Map<string, MemberForImport[]>,
  claimed: Set<number>,
): { member?: MemberForImport; note?: string } {
  const samePhone = byPhone.get(row.phone)
  if (samePhone && !claimed.has(samePhone.id)) {
    if (samePhone.name === row.name) return { member: samePhone }
    return { member: samePhone, note: `手机号与名册中的“${samePhone.name}”相同，已把姓名改为“${row.name}”` }
  }
  const sameName = (byName.get(row.name) ?? []).filter((m) => !claimed.has(m.id))
  const only = sameName.length === 1 ? sameName[0] : undefined
  if (only && !only.phone) return { member: only }
  if (sameName.length > 0) return { note: '名册中已有同名党员（手机号不同），已新增一人' }
  return {}
}

function changes(member: MemberForImport, row: RosterRow): MemberUpdate['data'] {
  const data: MemberUpdate['data'] = {}
  if (member.name !== row.name) data.name = row.name
  if (member.phone !== row.phone) data.phone = row.phone
  for (const [field, value] of Object.entries(row.details)) {
    const key = field as RosterDetailField
    if ((member[key] ?? null) !== (value ?? null)) data[key] = value ?? null
  }
  return data
}
