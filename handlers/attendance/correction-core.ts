// What every correction shares: which session it applies to, the prior state, writing a mark, the record.
import type { Context, Member } from '../types.js'
import { addCorrection } from '../../prisma/repos/attendance/corrections.js'
import { findMark, removeMark, setMark, type MarkRow } from '../../prisma/repos/attendance/marks.js'
import { findLatestSession } from '../../prisma/repos/attendance/sessions.js'
import type { Mark } from './format.js'
import type { LiveRegistry, LiveSession } from './live.js'
import { liveSessionOf } from './target.js'

export interface Before {
  mark?: MarkRow | null
  exempt?: { exempt: boolean; reason: string | null }
}

export interface SessionRef {
  id: number
  topic: string
  live: LiveSession | null
}

export async function currentSession(live: LiveRegistry, ctx: Context): Promise<SessionRef | null> {
  const s = liveSessionOf(live, ctx)
  if (s) return { id: s.id, topic: s.topic, live: s }
  const last = await findLatestSession(ctx.db, ctx.branch!.id)
  return last ? { id: last.id, topic: last.topic, live: null } : null
}

export async function readMark(ctx: Context, ref: SessionRef, memberId: number): Promise<MarkRow | null> {
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
  ctx: Context,
  ref: SessionRef,
  member: Member,
  row: MarkRow | null,
) {
  if (ref.live) {
    if (row)
      ref.live.marks.set(member.id, {
        ...row,
        status: row.status as Mark,
        name: member.name,
        contactId: member.contactId,
      })
    else ref.live.marks.delete(member.id)
    await live.flush(ctx.db, ctx.log)
  }
  if (row) await setMark(ctx.db, ref.id, row)
  else await removeMark(ctx.db, ref.id, member.id)
}

export async function record(
  ctx: Context,
  action: string,
  member: Member,
  sessionId: number | null,
  before: Before,
) {
  const c = await addCorrection(ctx.db, {
    branchId: ctx.branch!.id,
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
