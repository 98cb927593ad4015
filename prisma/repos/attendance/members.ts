// Roster look-ups, leaves and exemptions as attendance needs them.
import type { Db } from '../../client.js'

export const membersOfBranch = (db: Db, branchId: number) =>
  db.member.findMany({ where: { branchId }, orderBy: { id: 'asc' } })

export const memberByContact = (db: Db, branchId: number, contactId: string) =>
  db.member.findFirst({ where: { branchId, contactId } })

export const membersByName = (db: Db, branchId: number, name: string) =>
  db.member.findMany({ where: { branchId, name }, orderBy: { id: 'asc' } })

export const unusedLeavesOfBranch = (db: Db, branchId: number) =>
  db.pendingLeave.findMany({ where: { usedAt: null, member: { branchId } }, orderBy: { id: 'asc' } })

export const addPendingLeave = (db: Db, memberId: number, reason: string, at: Date) =>
  db.pendingLeave.create({ data: { memberId, reason, createdAt: at } })

export const setExempt = (db: Db, memberId: number, exempt: boolean, reason: string | null) =>
  db.member.update({ where: { id: memberId }, data: { exempt, exemptReason: reason } })

/** Contact ids of the branch's 书记/委员, to receive the private detail of a scheduled session. */
export async function adminContactsOfBranch(db: Db, branchId: number): Promise<string[]> {
  const roles = await db.role.findMany({ where: { branchId }, orderBy: { id: 'asc' } })
  return roles.map((r) => r.contactId)
}

export const findMember = (db: Db, id: number) => db.member.findUnique({ where: { id } })
