// 双向对账: a comparison kept until the secretary accepts its changes, one item at a time or all at once.
import type { Db } from '../../client.js'
import type { ReconcileKind, ReconcileState } from '../../generated/client.js'
import { addMemberEvent, type NewMemberEvent } from '../members/events.js'

export type { ReconcileKind, ReconcileState }

export interface NewReconcileItem {
  no: number
  kind: ReconcileKind
  row: number | null
  memberId: number | null
  name: string
  /** JSON of the home side's values */
  home: string
  /** JSON array of field names */
  fields: string
}

export interface NewReconciliation {
  branchId: number
  fileName: string
  originOrg: string | null
  by: string
  at: Date
}

export const saveReconciliation = (db: Db, r: NewReconciliation, items: NewReconcileItem[]) =>
  db.reconciliation.create({ data: { ...r, items: { create: items } }, include: { items: true } })

export const latestReconciliation = (db: Db, branchId: number) =>
  db.reconciliation.findFirst({
    where: { branchId },
    orderBy: { id: 'desc' },
    include: { items: { orderBy: { no: 'asc' } } },
  })

/** People on every roster but this branch's, to recognise a ledger row that belongs elsewhere. */
export const membersOfOtherBranches = (db: Db, branchId: number) =>
  db.member.findMany({
    where: { branchId: { not: branchId } },
    select: { id: true, name: true, phone: true, idNumber: true },
  })

/** What a reconciliation compares, for the branch's members still in the branch. */
export const membersToReconcile = (db: Db, branchId: number) =>
  db.member.findMany({
    where: { branchId, status: 'active' },
    select: {
      id: true,
      name: true,
      phone: true,
      idNumber: true,
      originOrg: true,
      city: true,
      employer: true,
      industry: true,
    },
    orderBy: { id: 'asc' },
  })

export interface MemberFields {
  name?: string
  phone?: string | null
  idNumber?: string | null
  originOrg?: string | null
  city?: string | null
  employer?: string | null
  industry?: string | null
  note?: string | null
  createdAt?: Date
}

interface Decision {
  itemId: number
  by: string
  at: Date
  event: Omit<NewMemberEvent, 'memberId'>
}

/** Writes the home side's values into the member, records the history row, closes the item: all or nothing. */
export function acceptChange(db: Db, d: Decision & { memberId: number; data: MemberFields }) {
  return db.$transaction(async (tx) => {
    await tx.member.update({ where: { id: d.memberId }, data: d.data })
    await addMemberEvent(tx, { ...d.event, memberId: d.memberId })
    await tx.reconcileItem.update({
      where: { id: d.itemId },
      data: { state: 'accepted', decidedBy: d.by, decidedAt: d.at, memberId: d.memberId },
    })
  })
}

/** Adds someone from the home ledger to the roster (to be found), with the history row; all or nothing. */
export function acceptAddition(
  db: Db,
  d: Decision & { branchId: number; data: MemberFields & { name: string } },
) {
  return db.$transaction(async (tx) => {
    const member = await tx.member.create({ data: { ...d.data, branchId: d.branchId } })
    await addMemberEvent(tx, { ...d.event, memberId: member.id })
    await tx.reconcileItem.update({
      where: { id: d.itemId },
      data: { state: 'accepted', decidedBy: d.by, decidedAt: d.at, memberId: member.id },
    })
    return member
  })
}
