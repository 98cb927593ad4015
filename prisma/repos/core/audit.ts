import type { Db } from '../../client.js'
import type { AuditResult } from '../../generated/client.js'

export interface AuditEntry {
  at: Date
  actorId: string
  actorName: string
  branchId: number | null
  roomId: string | null
  command: string
  args: string
  result: AuditResult
  detail?: string
}

export function writeAudit(db: Db, entry: AuditEntry) {
  return db.auditLog.create({ data: { ...entry, detail: entry.detail ?? '' } })
}
