// Admin corrections, kept so each can be undone by its number.
import type { Db } from '../../client.js'

export interface NewCorrection {
  branchId: number
  sessionId: number | null
  memberId: number
  action: string
  before: string
  by: string
  at: Date
}

export const addCorrection = (db: Db, c: NewCorrection) => db.attendanceCorrection.create({ data: c })

export const findCorrection = (db: Db, branchId: number, id: number) =>
  db.attendanceCorrection.findFirst({ where: { id, branchId } })

export const markCorrectionUndone = (db: Db, id: number, by: string, at: Date) =>
  db.attendanceCorrection.update({ where: { id }, data: { undoneAt: at, undoneBy: by } })
