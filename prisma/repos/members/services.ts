// 公益银行: volunteer service per member; admins' records count at once, members' own reports once confirmed.
import type { Db } from '../../client.js'
import type { ServiceStatus } from '../../generated/client.js'

export interface NewService {
  branchId: number
  memberId: number
  content: string
  minutes: number
  status: ServiceStatus
  at: Date
  recordedBy: string
  createdAt: Date
}

export const addService = (db: Db, s: NewService) =>
  db.serviceRecord.create({
    data: { ...s, ...(s.status === 'confirmed' ? { decidedBy: s.recordedBy, decidedAt: s.createdAt } : {}) },
  })

export const pendingServices = (db: Db, branchId: number) =>
  db.serviceRecord.findMany({
    where: { branchId, status: 'pending' },
    orderBy: { id: 'asc' },
    include: { member: true },
  })

export const confirmServices = (db: Db, branchId: number, ids: number[], by: string, at: Date) =>
  db.serviceRecord.updateMany({
    where: { branchId, id: { in: ids }, status: 'pending' },
    data: { status: 'confirmed', decidedBy: by, decidedAt: at },
  })

/** Confirmed service of a branch in [from, to). */
export const confirmedServicesBetween = (db: Db, branchId: number, from: Date, to: Date) =>
  db.serviceRecord.findMany({
    where: { branchId, status: 'confirmed', at: { gte: from, lt: to } },
    orderBy: { at: 'asc' },
  })
