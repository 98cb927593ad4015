import type { Db } from '../../client.js'

export function findMemberByContact(db: Db, branchId: number, contactId: string) {
  return db.member.findUnique({ where: { branchId_contactId: { branchId, contactId } } })
}

/** Checked-in members whose roster name or WeChat name is `name` (to resolve a plain-text @name). */
export function findCheckedInByName(db: Db, branchId: number, name: string) {
  return db.member.findMany({
    where: { branchId, contactId: { not: null }, OR: [{ name }, { contactName: name }] },
    take: 2,
  })
}
