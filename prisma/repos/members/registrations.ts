// 党员找党组织: self-registrations waiting for an admin, and what confirming or rejecting one does.
import type { Db } from '../../client.js'
import type { Registration } from '../../generated/client.js'
import { addMemberEvent } from './events.js'

export type { Registration }

export interface NewRegistration {
  branchId: number
  roomId: string | null
  contactId: string
  contactName: string
  name: string
  originOrg: string
  phone: string
  city: string | null
  createdAt: Date
}

export const createRegistration = (db: Db, r: NewRegistration) => db.registration.create({ data: r })

export const pendingRegistrations = (db: Db, branchId: number) =>
  db.registration.findMany({ where: { branchId, status: 'pending' }, orderBy: { id: 'asc' } })

export const pendingRegistrationOfContact = (db: Db, contactId: string) =>
  db.registration.findFirst({ where: { contactId, status: 'pending' }, orderBy: { id: 'desc' } })

interface Decision {
  registration: Registration
  by: string
  at: Date
}

/** The registrant joins the roster as a 流入党员, linked to their WeChat, with the history row. */
export function confirmRegistration(db: Db, d: Decision) {
  const r = d.registration
  return db.$transaction(async (tx) => {
    const member = await tx.member.create({
      data: {
        branchId: r.branchId,
        name: r.name,
        phone: r.phone,
        originOrg: r.originOrg,
        city: r.city,
        category: '流入党员',
        contactId: r.contactId,
        contactName: r.contactName,
        checkedInAt: d.at,
        privateChatAt: r.createdAt,
      },
    })
    await tx.registration.update({
      where: { id: r.id },
      data: { status: 'confirmed', memberId: member.id, decidedBy: d.by, decidedAt: d.at },
    })
    await addMemberEvent(tx, {
      branchId: r.branchId,
      memberId: member.id,
      kind: 'registered',
      at: d.at,
      detail: '党员找党组织：本人登记为流入党员，经支部确认',
      by: d.by,
      createdAt: d.at,
    })
    return member
  })
}

export const rejectRegistration = (db: Db, d: Decision & { reason: string }) =>
  db.registration.update({
    where: { id: d.registration.id },
    data: { status: 'rejected', decidedBy: d.by, decidedAt: d.at, reason: d.reason },
  })
