import type { Db } from '../../client.js'

/** Members of a branch who have linked a WeChat account (报到). */
export function listCheckedInMembers(db: Db, branchId: number) {
  return db.member.findMany({ where: { branchId, contactId: { not: null } } })
}
