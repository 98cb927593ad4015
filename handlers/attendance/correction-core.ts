// What every correction shares: which session it applies to, the prior state, writing a mark, the record.
import { z } from 'zod'
import type { BranchContext, Member } from '../types.js'
import { addCorrection } from '../../prisma/repos/attendance/corrections.js'
import { findMark, removeMark, setMark, type MarkRow } from '../../prisma/repos/attendance/marks.js'
import { findLatestSession } from '../../prisma/repos/attendance/sessions.js'
import type { LiveRegistry, LiveSession } from './live.js'
import { liveSessionOf } from './target.js'

const markRow = z.object({
  memberId: z.number(),
  status: z.enum(['expected', 'present', 'late', 'leave', 'absent', 'exempt']),
  at: z.coerce.date().nullable(),
  via: z.string().nullable(),
  reason: z.string().nullable(),
  correctedBy: z.string().nullable(),
})
const before = z.object({
  mark: markRow.nullable().optional(),
  exempt: z.object({ exempt: z.boolean(), reason: z.string().nullable() }).optional(),
})

/** What a correction changed, kept as JSON so 撤销 can restore it. */
export type Before = z.infer<typeof before>

export function parseBefore(json: string): Before {
  return before.parse(JSON.parse(json))
}

export interface SessionRef {
  id: number
  topic: string
  live: LiveSession | null
}

export async function currentSession(live: LiveRegistry, ctx: BranchContext): Promise<SessionRef | null> {
  const s = liveSessionOf(live, ctx)
  if (s) return { id: s.id, topic: s.topic, live: s }
  const last = await findLatestSession(ctx.db, ctx.branch.id)
  return last ? { id: last.id, topic: last.topic, live: null } : null
}

export async function readMark(
  ctx: BranchContext,
  ref: SessionRef,
  memberId: number,
): Promise<MarkRow | null> {
  if (ref.live) {
    const m = ref.live.marks.get(memberId)
    return m
      ? { memberId, status: m.status, at: m.at, via: m.via, reason: m.reason, correctedBy: m.correctedBy }
      : null
  }
  const row = await findMark(ctx.db, ref.id, memberId)
  return (
    row && {
      memberId,
      status: row.status,
      at: row.at,
      via: row.via,
      reason: row.reason,
      correctedBy: row.correctedBy,
    }
  )
}

/**
 * Writes (or with null removes) a member's mark. For an open session memory changes first and buffered
 * sign-ins are flushed before the row is written, so a batch in flight cannot overwrite the correction.
 */
export async function writeMark(
  live: LiveRegistry,
  ctx: BranchContext,
  ref: SessionRef,
  member: Member,
  row: MarkRow | null,
) {
  if (ref.live) {
    if (row) ref.live.marks.set(member.id, { ...row, name: member.name, contactId: member.contactId })
    else ref.live.marks.delete(member.id)
    await live.flush(ctx.db, ctx.log)
  }
  if (row) await setMark(ctx.db, ref.id, row)
  else await removeMark(ctx.db, ref.id, member.id)
}

export async function record(
  ctx: BranchContext,
  action: string,
  member: Member,
  sessionId: number | null,
  before: Before,
) {
  const c = await addCorrection(ctx.db, {
    branchId: ctx.branch.id,
    sessionId,
    memberId: member.id,
    action,
    before: JSON.stringify(before),
    by: ctx.msg.talkerId,
    at: ctx.clock.now(),
  })
  await ctx.audit(action, 'ok', `#${c.id} ${member.name} session ${sessionId ?? '-'}`)
  return c.id
}

export const undoHint = (id: number) => `（更正#${id}，发“撤销 ${id}”可撤回）`
export const where = (ref: SessionRef) => (ref.live ? `本次《${ref.topic}》` : `上次《${ref.topic}》`)
