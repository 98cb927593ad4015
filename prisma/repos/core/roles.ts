import type { Db } from '../../client.js'

import type { BranchRole } from '../../generated/client.js'

export type { BranchRole }

export function findRole(db: Db, branchId: number, contactId: string) {
  return db.role.findUnique({ where: { branchId_contactId: { branchId, contactId } } })
}

export function listRoles(db: Db, branchId: number) {
  return db.role.findMany({ where: { branchId }, orderBy: { id: 'asc' } })
}

export function setRole(
  db: Db,
  o: { branchId: number; contactId: string; contactName: string; role: BranchRole; grantedBy: string },
) {
  return db.role.upsert({
    where: { branchId_contactId: { branchId: o.branchId, contactId: o.contactId } },
    create: o,
    update: { role: o.role, contactName: o.contactName, grantedBy: o.grantedBy },
  })
}

export async function removeRole(db: Db, branchId: number, contactId: string): Promise<boolean> {
  const { count } = await db.role.deleteMany({ where: { branchId, contactId } })
  return count > 0
}

/** Branches where the contact is an admin or a checked-in member (used to give private chats a branch). */
export async function branchesOfContact(db: Db, contactId: string) {
  const [roles, members] = await Promise.all([
    db.role.findMany({ where: { contactId }, include: { branch: true }, orderBy: { id: 'asc' } }),
    db.member.findMany({ where: { contactId }, include: { branch: true }, orderBy: { id: 'asc' } }),
  ])
  const all = [...roles.map((r) => r.branch), ...members.map((m) => m.branch)]
  return all.filter((b, i) => all.findIndex((x) => x.id === b.id) === i)
}
