// Roster data access: members of one branch, bulk import, check-in links.
import type { Db } from '../../client.js'
import type { Member } from '../../generated/client.js'
import { findOrCreateBranch } from '../core/groups.js'

export const ROSTER_DETAIL_FIELDS = [
  'category',
  'originOrg',
  'city',
  'employer',
  'industry',
  'returnWish',
  'cadreWish',
  'note',
] as const
export type RosterDetailField = (typeof ROSTER_DETAIL_FIELDS)[number]

/** What an import compares. Includes the ID number: keep these objects out of logs and messages. */
export type MemberForImport = Pick<Member, 'id' | 'name' | 'phone' | 'idNumber' | RosterDetailField>

export interface MemberWrite {
  name: string
  phone: string
  idNumber: string | null
  details: Partial<Record<RosterDetailField, string | null>>
}

export interface MemberUpdate {
  id: number
  data: Partial<Pick<Member, 'name' | 'phone' | 'idNumber' | RosterDetailField>>
}

const IMPORT_SELECT = {
  id: true,
  name: true,
  phone: true,
  idNumber: true,
  category: true,
  originOrg: true,
  city: true,
  employer: true,
  industry: true,
  returnWish: true,
  cadreWish: true,
  note: true,
} as const

export function findMembersForImport(db: Pick<Db, 'member'>, branchId: number): Promise<MemberForImport[]> {
  return db.member.findMany({ where: { branchId }, select: IMPORT_SELECT, orderBy: { id: 'asc' } })
}

const CHUNK = 500

export interface RosterChanges {
  creates: MemberWrite[]
  updates: MemberUpdate[]
}

/**
 * One import in a single transaction: reads the branch's members once, lets `decide` plan the changes,
 * then writes them with createMany in chunks and one UPDATE per distinct change. Never deletes.
 */
export async function importMembers<T extends RosterChanges>(
  db: Db,
  branchId: number,
  decide: (existing: MemberForImport[]) => T,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const changes = decide(await findMembersForImport(tx, branchId))
      const total = changes.creates.length + changes.updates.length
      let done = 0
      for (let i = 0; i < changes.creates.length; i += CHUNK) {
        const chunk = changes.creates.slice(i, i + CHUNK)
        await tx.member.createMany({
          data: chunk.map((c) => ({
            branchId,
            name: c.name,
            phone: c.phone,
            idNumber: c.idNumber,
            ...c.details,
          })),
        })
        done += chunk.length
        onProgress(done, total)
      }
      for (const group of groupBySameData(changes.updates)) {
        for (let i = 0; i < group.ids.length; i += CHUNK) {
          const ids = group.ids.slice(i, i + CHUNK)
          await tx.member.updateMany({ where: { id: { in: ids } }, data: group.data })
          done += ids.length
          onProgress(done, total)
        }
      }
      return changes
    },
    { timeout: 120_000, maxWait: 10_000 },
  )
}

/** A re-import often changes one column the same way for many people: one UPDATE per distinct change. */
function groupBySameData(updates: MemberUpdate[]): { data: MemberUpdate['data']; ids: number[] }[] {
  const groups = new Map<string, { data: MemberUpdate['data']; ids: number[] }>()
  for (const u of updates) {
    const key = JSON.stringify(Object.entries(u.data).sort(([a], [b]) => a.localeCompare(b)))
    const group = groups.get(key) ?? { data: u.data, ids: [] }
    group.ids.push(u.id)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** The branch of this name, created when new (an upsert with nothing to update races on both databases). */
export async function ensureBranch(db: Db, name: string) {
  return (await findOrCreateBranch(db, name)).branch
}
