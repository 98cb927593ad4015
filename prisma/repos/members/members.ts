// Roster look-ups the two-way management features need.
import type { Db } from '../../client.js'
import type { MemberStatus } from '../../generated/client.js'

export type { MemberStatus }

export const findMember = (db: Db, id: number) => db.member.findUnique({ where: { id } })

export async function memberIdNumberTaken(db: Db, branchId: number, idNumber: string): Promise<boolean> {
  return (await db.member.count({ where: { branchId, idNumber } })) > 0
}

export const membersOfBranchAll = (db: Db, branchId: number) =>
  db.member.findMany({ where: { branchId }, orderBy: { id: 'asc' } })

export const activeMembersOfBranch = (db: Db, branchId: number) =>
  db.member.findMany({ where: { branchId, status: 'active' }, orderBy: { id: 'asc' } })
