// 双向对账 without the database: the home organisation's ledger against the branch roster, through the same
// matcher the roster import uses (matchPeople: ID number, then phone, then name), plus the home organisation.
import { matchPeople, type KnownPerson } from '../roster/match.js'
import { normalizePhone } from '../roster/phone.js'
import type { LedgerProblem, LedgerRow, ParsedLedger } from './parse.js'

/** Fields the two ledgers can disagree on; a change the secretary accepts writes the home side's value. */
export const COMPARED = ['phone', 'city', 'employer'] as const
export type ComparedField = (typeof COMPARED)[number]

export const COMPARED_LABEL: Record<ComparedField, string> = {
  phone: '手机号',
  city: '现居城市',
  employer: '工作单位',
}

export interface RosterPerson extends KnownPerson {
  originOrg: string | null
  city: string | null
  employer: string | null
  industry: string | null
}

export type Outcome =
  | { kind: 'matched'; row: LedgerRow; member: RosterPerson }
  | { kind: 'conflict'; row: LedgerRow; member: RosterPerson; fields: ComparedField[] }
  | { kind: 'homeOnly'; row: LedgerRow; note?: string }
  | { kind: 'hostOnly'; member: RosterPerson }
  | { kind: 'unsure'; row: LedgerRow; candidates: RosterPerson[] }

export interface Reconciled {
  /** The home organisation the ledger is about, if known (named by the secretary or most common in the file). */
  originOrg: string | null
  outcomes: Outcome[]
  /** Rows left out: unreadable, repeated, or people on another branch's roster. */
  skipped: LedgerProblem[]
  notes: LedgerProblem[]
  ignored: LedgerProblem[]
}

/**
 * `members` is this branch's roster (members in the branch now); `elsewhere` the people on other branches'
 * rosters, so a row that is someone else's member is reported, not offered for adding.
 */
export function reconcile(
  ledger: ParsedLedger,
  members: RosterPerson[],
  elsewhere: KnownPerson[],
  namedOrg: string | null,
): Reconciled {
  const originOrg = namedOrg ?? mostCommonOrg(ledger.rows)
  const skipped = [...ledger.skipped]
  const outcomes: Outcome[] = []
  const match = matchPeople(ledger.rows, members)
  const notOurs = match.rows.filter((m) => m.kind === 'added').map((m) => m.row)
  const others = new Set(
    matchPeople(notOurs, elsewhere)
      .rows.filter((m) => m.kind === 'matched' && m.by !== 'name')
      .map((m) => m.row),
  )
  const released: RosterPerson[] = []
  for (const m of match.rows) {
    if (m.kind === 'ambiguous') outcomes.push({ kind: 'unsure', row: m.row, candidates: m.candidates })
    else if (m.kind === 'added' && others.has(m.row))
      skipped.push({ row: m.row.row, name: m.row.name, reason: '在另一个支部的名册里，本支部不核对' })
    else if (m.kind === 'added') outcomes.push({ kind: 'homeOnly', row: m.row })
    else if (m.by === 'name' && !sameOrg(m.row.originOrg, m.member.originOrg)) {
      outcomes.push({ kind: 'homeOnly', row: m.row, note: `名册中的“${m.member.name}”流出地不同` })
      released.push(m.member)
    } else outcomes.push(compare(m.row, m.member))
  }
  for (const member of [...match.unmatched, ...released])
    if (!originOrg || sameOrg(member.originOrg ?? originOrg, originOrg))
      outcomes.push({ kind: 'hostOnly', member })
  return { originOrg, outcomes, skipped, notes: ledger.notes, ignored: ledger.ignored }
}

function compare(row: LedgerRow, member: RosterPerson): Outcome {
  const fields = COMPARED.filter((field) => differs(field, row[field], member[field]))
  return fields.length ? { kind: 'conflict', row, member, fields } : { kind: 'matched', row, member }
}

/** The home side says something the roster does not (an empty home cell never counts). */
function differs(field: ComparedField, home: string | null, here: string | null): boolean {
  if (home === null) return false
  if (here === null) return true
  if (field === 'phone') return home !== (normalizePhone(here) ?? here)
  const [a, b] = [plainPlace(home), plainPlace(here)]
  return !(a.includes(b) || b.includes(a))
}

const plainPlace = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/(有限责任公司|有限公司|公司|市|省)$/u, '')

/** 宜宾市叙州区高场镇党委 and 高场镇党委 are the same organisation; 高场镇 and 观音镇 are not. */
export function sameOrg(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true
  const [x, y] = [plainOrg(a), plainOrg(b)]
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x))
}

const plainOrg = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s()（）]/g, '')
    .replace(/^中共/u, '')
    .replace(/(委员会|党委|党总支部|党总支|党支部|总支|支部)$/u, '')

function mostCommonOrg(rows: LedgerRow[]): string | null {
  const counts = new Map<string, number>()
  for (const r of rows) if (r.originOrg) counts.set(r.originOrg, (counts.get(r.originOrg) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}
