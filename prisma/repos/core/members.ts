// Members of a branch: one place for every look-up by contact, by name, by id.
import type { Db } from '../../client.js'
import type { Member } from '../../generated/client.js'

/** Members of a branch who have linked a WeChat account (报到). */
export function listCheckedInMembers(db: Db, branchId: number) {
  return db.member.findMany({ where: { branchId, contactId: { not: null } } })
}

export function membersOfBranch(db: Db, branchId: number) {
  return db.member.findMany({ where: { branchId }, orderBy: { id: 'asc' } })
}

export function findMember(db: Db, id: number) {
  return db.member.findUnique({ where: { id } })
}

export function findMemberByContact(db: Db, branchId: number, contactId: string): Promise<Member | null> {
  return db.member.findFirst({ where: { branchId, contactId } })
}

export function findMembersByName(db: Db, branchId: number, name: string): Promise<Member[]> {
  return db.member.findMany({ where: { branchId, name }, orderBy: { id: 'asc' } })
}

export type { MemberStatus } from '../../generated/client.js'

/** Members still in the branch (not returned home, not left): the expected list and the four facts. */
export function activeMembersOfBranch(db: Db, branchId: number) {
  return db.member.findMany({ where: { branchId, status: 'active' }, orderBy: { id: 'asc' } })
}

export async function memberIdNumberTaken(db: Db, branchId: number, idNumber: string): Promise<boolean> {
  return (await db.member.count({ where: { branchId, idNumber } })) > 0
}
