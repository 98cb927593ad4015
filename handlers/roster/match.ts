// Who is who: pairs the rows of a ledger with the people already on record, without touching the database.
// Used by 导入名册; meant to be reused to compare two ledgers (双向对账).
import { cleanName } from './names.js'
import { normalizePhone } from './phone.js'

/** What identifies a person on either side. Phones and ID numbers already normalised (or null). */
export interface PersonKeys {
  name: string
  phone: string | null
  idNumber: string | null
}

export interface KnownPerson extends PersonKeys {
  id: number
}

export type MatchedBy = 'idNumber' | 'phone' | 'name'

/** Why a row could not be tied to one person for sure. */
export type Ambiguity =
  /** Several people on record have this name and none of their old phones is in the file. */
  | 'several-namesakes'
  /** One person on record has this name, but several rows in the file do. */
  | 'several-rows'
  /** The phone belongs to someone on record whose ID number differs from the row's. */
  | 'phone-of-other-id'

export type RowMatch<R, M> =
  | {
      kind: 'matched'
      row: R
      member: M
      by: MatchedBy
      /** The person had another phone on record (not just none). */
      phoneChanged: boolean
      renamed: boolean
    }
  | { kind: 'added'; row: R }
  | { kind: 'ambiguous'; row: R; why: Ambiguity; candidates: M[] }

export interface MatchResult<R, M> {
  /** One entry per row, in the rows' order. */
  rows: RowMatch<R, M>[]
  /** People on record that no row matched. */
  unmatched: M[]
}

/**
 * Rows are matched in passes, surest first, each person at most once:
 * 1. same ID number;
 * 2. same phone (unless both sides carry different ID numbers);
 * 3. same name, when that person's phone on record is absent from the whole file (a changed number) or
 *    unknown. Exactly one row and one such person: matched. Otherwise the rows are ambiguous.
 * Anything else is a new person.
 */
export function matchPeople<R extends PersonKeys, M extends KnownPerson>(
  rows: R[],
  members: M[],
): MatchResult<R, M> {
  const book = new Book(members)
  const decided = new Map<R, RowMatch<R, M>>()
  const phoneClash = new Map<R, M>()
  const match = (row: R, member: M, by: MatchedBy) => {
    book.claim(member)
    decided.set(row, { kind: 'matched', row, member, by, ...differences(row, member) })
  }

  for (const row of rows) {
    const member = row.idNumber ? book.byIdNumber(row.idNumber) : undefined
    if (member) match(row, member, 'idNumber')
  }
  for (const row of rows) {
    if (decided.has(row) || !row.phone) continue
    const member = book.byPhone(row.phone, row.name)
    if (member && idsDiffer(row, member)) phoneClash.set(row, member)
    else if (member) match(row, member, 'phone')
  }
  const phonesInFile = new Set(rows.map((r) => r.phone).filter((p): p is string => p !== null))
  const rest = rows.filter((r) => !decided.has(r))
  const candidates = new Map(
    rest.map((row) => [
      row,
      book.byName(row.name).filter((m) => !idsDiffer(row, m) && !phonesInFile.has(book.phoneOf(m) ?? '')),
    ]),
  )
  const wantedBy = new Map<M, number>()
  for (const found of candidates.values()) for (const m of found) wantedBy.set(m, (wantedBy.get(m) ?? 0) + 1)
  for (const row of rest) {
    const found = candidates.get(row) ?? []
    const only = found.length === 1 ? found[0] : undefined
    if (only && wantedBy.get(only) === 1) match(row, only, 'name')
  }
  for (const row of rest) {
    if (decided.has(row)) continue
    const found = (candidates.get(row) ?? []).filter((m) => !book.isClaimed(m))
    const clash = phoneClash.get(row)
    if (found.length > 0) {
      const why = found.length > 1 ? 'several-namesakes' : 'several-rows'
      decided.set(row, { kind: 'ambiguous', row, why, candidates: found })
    } else if (clash) {
      decided.set(row, { kind: 'ambiguous', row, why: 'phone-of-other-id', candidates: [clash] })
    } else {
      decided.set(row, { kind: 'added', row })
    }
  }
  return {
    rows: rows.map((r) => decided.get(r) ?? { kind: 'added', row: r }),
    unmatched: members.filter((m) => !book.isClaimed(m)),
  }
}

function differences(row: PersonKeys, member: KnownPerson): { phoneChanged: boolean; renamed: boolean } {
  const before = member.phone === null ? null : (normalizePhone(member.phone) ?? member.phone)
  return {
    phoneChanged: before !== null && row.phone !== null && before !== row.phone,
    renamed: cleanName(member.name) !== row.name,
  }
}

const idsDiffer = (a: PersonKeys, b: PersonKeys) =>
  a.idNumber !== null && b.idNumber !== null && a.idNumber !== b.idNumber

/** The people on record, indexed by each key, and who has been matched already. */
class Book<M extends KnownPerson> {
  private claimed = new Set<number>()
  private ids = new Map<string, M>()
  private phones = new Map<string, M[]>()
  private names = new Map<string, M[]>()
  private normalizedPhone = new Map<number, string | null>()

  constructor(members: M[]) {
    for (const m of members) {
      const phone = m.phone === null ? null : (normalizePhone(m.phone) ?? m.phone)
      this.normalizedPhone.set(m.id, phone)
      if (m.idNumber && !this.ids.has(m.idNumber)) this.ids.set(m.idNumber, m)
      if (phone) this.phones.set(phone, [...(this.phones.get(phone) ?? []), m])
      const name = cleanName(m.name)
      this.names.set(name, [...(this.names.get(name) ?? []), m])
    }
  }

  claim(member: M): void {
    this.claimed.add(member.id)
  }

  isClaimed(member: M): boolean {
    return this.claimed.has(member.id)
  }

  phoneOf(member: M): string | null {
    return this.normalizedPhone.get(member.id) ?? null
  }

  byIdNumber(idNumber: string): M | undefined {
    const member = this.ids.get(idNumber)
    return member && !this.isClaimed(member) ? member : undefined
  }

  /** Someone with this phone, preferring the one with this name. */
  byPhone(phone: string, name: string): M | undefined {
    const free = (this.phones.get(phone) ?? []).filter((m) => !this.isClaimed(m))
    return free.find((m) => cleanName(m.name) === name) ?? free[0]
  }

  byName(name: string): M[] {
    return (this.names.get(name) ?? []).filter((m) => !this.isClaimed(m))
  }
}
