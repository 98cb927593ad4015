// Links between roster entries and WeChat contacts (报到, admin re-link), and roster counts.
import type { Db } from '../../client.js'
import type { Member } from '../../generated/client.js'
import { isUniqueViolation } from '../unique-violation.js'

export interface ContactRef {
  id: string
  name: string
}

/** Links only if the entry is still free and the contact is not linked elsewhere; false when someone was faster. */
export async function linkContactIfFree(
  db: Db,
  memberId: number,
  contact: ContactRef,
  at: Date,
): Promise<boolean> {
  try {
    const { count } = await db.member.updateMany({
      where: { id: memberId, contactId: null },
      data: { contactId: contact.id, contactName: contact.name, checkedInAt: at },
    })
    return count === 1
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}

export interface RelinkResult {
  previousContactId: string | null
  /** The roster entry the contact was linked to before, now unlinked. */
  unlinkedFrom: Pick<Member, 'id' | 'name'> | null
}

/** Points a roster entry at a contact, replacing its old contact and freeing the contact's previous entry. */
export function relinkContact(
  db: Db,
  member: Pick<Member, 'id' | 'branchId' | 'contactId'>,
  contact: ContactRef,
  at: Date,
): Promise<RelinkResult> {
  return db.$transaction(async (tx) => {
    const holder = await tx.member.findFirst({
      where: { branchId: member.branchId, contactId: contact.id, NOT: { id: member.id } },
      select: { id: true, name: true },
    })
    if (holder) {
      await tx.member.update({
        where: { id: holder.id },
        data: { contactId: null, contactName: null, checkedInAt: null },
      })
    }
    await tx.member.update({
      where: { id: member.id },
      data: { contactId: contact.id, contactName: contact.name, checkedInAt: at },
    })
    return { previousContactId: member.contactId, unlinkedFrom: holder }
  })
}

export interface RosterCounts {
  total: number
  checkedIn: number
  /** Largest first; entries without a category last. */
  byCategory: { category: string | null; count: number }[]
}

export async function countRoster(db: Db, branchId: number): Promise<RosterCounts> {
  const [total, checkedIn, groups] = await Promise.all([
    db.member.count({ where: { branchId } }),
    db.member.count({ where: { branchId, contactId: { not: null } } }),
    db.member.groupBy({ by: ['category'], where: { branchId }, _count: { _all: true } }),
  ])
  const byCategory = groups
    .map((g) => ({ category: g.category, count: g._count._all }))
    .sort((a, b) => Number(a.category === null) - Number(b.category === null) || b.count - a.count)
  return { total, checkedIn, byCategory }
}
