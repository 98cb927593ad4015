// Closing a session (summary, one @ of the absent, private detail) and the periodic tick (auto-close, nudge).
import type { Db } from '../types.js'
import { closeSessionRow, markNudged } from '../../prisma/repos/attendance/sessions.js'
import { listRoles } from '../../prisma/repos/core/roles.js'
import { tallyOf, unanswered, type LiveRegistry, type LiveSession } from './live.js'
import { absentMessages, adminDetail } from './messages.js'
import { NOT_OWNER, servesRoom } from './open.js'
import type { AttendanceDeps, CloseResult } from './session-types.js'
import { sessionTitle, summaryText } from './summary.js'

/** Summaries and the @ of the absent go out even when routine replies wait for the next day. */
const IMPORTANT = { important: true } as const

/** Closes the open session of a room: writes everything, posts the summary and the @ of the absent. */
export async function closeSession(
  live: LiveRegistry,
  deps: AttendanceDeps,
  input: { roomId: string; closedBy: string },
): Promise<CloseResult> {
  const s = live.byRoom.get(input.roomId)
  if (!s) return { ok: false, reason: 'none-open', message: '本群现在没有进行中的签到。' }
  // Taken out of the map before any await: a 结束 and the timer at the same moment close it once.
  live.byRoom.delete(s.roomId)
  const tally = tallyOf(s)
  const summary = summaryText(tally)
  let closed: boolean
  try {
    await live.flush(deps.db, deps.log, [s])
    closed =
      (await servesRoom(deps, s.roomId)) && (await closeSessionRow(deps.db, s.id, deps.clock.now(), summary))
  } catch (error) {
    live.byRoom.set(s.roomId, s) // still open: the next tick or 结束 tries again
    throw error
  }
  // Another account serves the group now, or closed this session already: its summary is the one posted.
  if (!closed) return NOT_OWNER
  for (const m of s.marks.values()) if (m.status === 'expected') m.status = 'absent'
  await postClosing(deps, s, summary)
  deps.log.info(
    { sessionId: s.id, closedBy: input.closedBy, ...tally, guests: tally.guests.length },
    '活动结束',
  )
  return { ok: true, tally, summary }
}

async function postClosing(deps: AttendanceDeps, s: LiveSession, summary: string): Promise<void> {
  const absent = [...s.marks.values()].filter((m) => m.status === 'absent')
  const [first, ...more] = absentMessages(s.kind, absent)
  // A roll call already spent a message on the half-time nudge: the @ rides on the summary.
  if (s.kind === 'rollcall' && first) {
    await deps.out.sendToRoom(
      s.roomId,
      { text: `${summary}\n${first.text}`, mentionIds: first.mentionIds },
      IMPORTANT,
    )
  } else {
    await deps.out.sendToRoom(s.roomId, summary, IMPORTANT)
    if (first) await deps.out.sendToRoom(s.roomId, first, IMPORTANT)
  }
  for (const m of more) await deps.out.sendToRoom(s.roomId, m, IMPORTANT)
  const detail = adminDetail(s)
  if (!detail) return
  for (const id of await detailRecipients(deps.db, s)) await deps.out.sendToContact(id, detail, IMPORTANT)
}

async function detailRecipients(db: Db, s: LiveSession): Promise<string[]> {
  if (!s.openedBy.startsWith('schedule:')) return [s.openedBy]
  return (await listRoles(db, s.branchId)).slice(0, 3).map((r) => r.contactId)
}

/**
 * Closes due sessions and sends the half-time roll-call nudge. The runtime calls this every ~15 s. Sessions of
 * groups another account has taken over are let go (written, not closed): the new owner closes them.
 */
export async function tickSessions(live: LiveRegistry, deps: AttendanceDeps, now: Date): Promise<void> {
  await live.flush(deps.db, deps.log)
  const rooms = [...live.byRoom.keys()]
  const owned = deps.owned ? await deps.owned(rooms) : new Set(rooms)
  await letGo(
    live,
    deps,
    rooms.filter((r) => !owned.has(r)),
  )
  for (const s of [...live.byRoom.values()]) {
    try {
      if (s.closesAt <= now) await closeSession(live, deps, { roomId: s.roomId, closedBy: 'timer' })
      else if (s.kind === 'rollcall' && !s.nudgedAt && now.getTime() >= halfTime(s)) await nudge(deps, s, now)
    } catch (error) {
      deps.log.error({ err: error, sessionId: s.id }, '定时结束或提醒失败')
    }
  }
}

const halfTime = (s: LiveSession) => (s.openedAt.getTime() + s.closesAt.getTime()) / 2

/** Forgets the open sessions of these rooms after writing what was buffered (another account serves them now). */
export async function letGo(
  live: LiveRegistry,
  deps: Pick<AttendanceDeps, 'db' | 'log'>,
  roomIds: string[],
): Promise<void> {
  const leaving = roomIds.flatMap((r) => live.byRoom.get(r) ?? [])
  if (!leaving.length) return
  for (const s of leaving) live.byRoom.delete(s.roomId)
  await live.flush(deps.db, deps.log, leaving)
  deps.log.info(
    { sessions: leaving.map((s) => s.id) },
    '群已由另一个机器人账号负责，本账号不再处理其中的签到',
  )
}

async function nudge(deps: AttendanceDeps, s: LiveSession, now: Date): Promise<void> {
  s.nudgedAt = now
  if (!(await markNudged(deps.db, s.id, now))) return
  const waiting = unanswered(s).flatMap((m) => (m.contactId ? [m.contactId] : []))
  if (!waiting.length) return
  const left = Math.max(1, Math.round((s.closesAt.getTime() - now.getTime()) / 60_000))
  await deps.out.sendToRoom(
    s.roomId,
    {
      text: `${sessionTitle(s.kind, s.topic)}还剩${left}分钟，以上${waiting.length}名党员请回复“到”。`,
      mentionIds: waiting,
    },
    { important: true, expiresAt: s.closesAt },
  )
}
