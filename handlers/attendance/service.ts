// Opening, closing and ticking sessions. Used by the commands, the runtime's tick and the scheduler.
import type { Clock, Db, Logger, ReplyPort } from '../types.js'
import {
  closeSessionRow,
  createSessionWithSnapshot,
  findOpenSessions,
  markNudged,
} from '../../prisma/repos/attendance/sessions.js'
import {
  adminContactsOfBranch,
  membersOfBranch,
  unusedLeavesOfBranch,
} from '../../prisma/repos/attendance/members.js'
import { clockTime, KIND_LABEL, type Mark, type SessionKind } from './format.js'
import {
  indexRoster,
  tallyOf,
  unanswered,
  type LiveMark,
  type LiveRegistry,
  type LiveSession,
} from './live.js'
import { sessionTitle, summaryText, type Tally } from './summary.js'
import { absentMessages, adminDetail } from './messages.js'

export interface AttendanceDeps {
  db: Db
  clock: Clock
  out: Pick<ReplyPort, 'sendToRoom' | 'sendToContact'>
  log: Logger
}

export interface OpenSessionInput {
  branchId: number
  roomId: string
  kind: SessionKind
  topic?: string
  /** Length of the session; defaults per kind. */
  minutes?: number
  /** Contact id of the admin, or e.g. `schedule:7`. */
  openedBy: string
  scheduleId?: number | null
  /** Text posted to open the session instead of the default prompt (the scheduler may word its own). */
  prompt?: string
}

export type OpenResult =
  | { ok: true; session: LiveSession; expected: number }
  | { ok: false; reason: 'already-open'; open: LiveSession; message: string }
  | { ok: false; reason: 'opening'; message: string }

export type CloseResult =
  { ok: true; tally: Tally; summary: string } | { ok: false; reason: 'none-open'; message: string }

const DEFAULT_MINUTES: Record<SessionKind, number> = { class: 60, rollcall: 10, meeting: 120 }
/** Sign-ins later than this (from the opening) are late; a roll call has no late. */
const SIGN_IN_WINDOW_MINUTES = 15

export async function openSession(
  live: LiveRegistry,
  deps: AttendanceDeps,
  input: OpenSessionInput,
): Promise<OpenResult> {
  const already = live.byRoom.get(input.roomId)
  if (already) return { ok: false, reason: 'already-open', open: already, message: alreadyOpenText(already) }
  if (live.opening.has(input.roomId))
    return { ok: false, reason: 'opening', message: '本群正在开始签到，请稍候。' }
  live.opening.add(input.roomId)
  try {
    return await openUnclaimed(live, deps, input)
  } finally {
    live.opening.delete(input.roomId)
  }
}

async function openUnclaimed(
  live: LiveRegistry,
  deps: AttendanceDeps,
  input: OpenSessionInput,
): Promise<OpenResult> {
  const now = deps.clock.now()
  const minutes = input.minutes ?? DEFAULT_MINUTES[input.kind]
  const closesAt = new Date(now.getTime() + minutes * 60_000)
  const window = input.kind === 'rollcall' ? minutes : Math.min(SIGN_IN_WINDOW_MINUTES, minutes)
  const members = await membersOfBranch(deps.db, input.branchId)
  const leaves = await unusedLeavesOfBranch(deps.db, input.branchId)
  const expected = members.filter((m) => !m.exempt)
  const leaveOf = new Map(leaves.map((l) => [l.memberId, l]))
  const rows = expected.map((m) => ({
    memberId: m.id,
    status: leaveOf.has(m.id) ? 'leave' : 'expected',
    reason: leaveOf.get(m.id)?.reason ?? null,
    via: leaveOf.has(m.id) ? 'leave' : null,
  }))
  const usedLeaves = leaves.filter((l) => expected.some((m) => m.id === l.memberId)).map((l) => l.id)
  const session = await createSessionWithSnapshot(
    deps.db,
    {
      branchId: input.branchId,
      roomId: input.roomId,
      kind: input.kind,
      topic: input.topic?.trim() || KIND_LABEL[input.kind],
      openedBy: input.openedBy,
      openedAt: now,
      lateAfter: new Date(now.getTime() + window * 60_000),
      closesAt,
      scheduleId: input.scheduleId ?? null,
    },
    rows,
    usedLeaves,
  )
  const marks = new Map<number, LiveMark>(
    expected.map((m, i) => [
      m.id,
      liveMark(m.id, m.name, m.contactId, rows[i]!.status as Mark, rows[i]!.reason),
    ]),
  )
  const s: LiveSession = {
    ...session,
    kind: input.kind,
    marks,
    ...indexRoster(members),
    guests: new Map(),
    unmatched: new Set(),
    dirty: new Set(),
    newGuests: new Set(),
  }
  live.byRoom.set(s.roomId, s)
  await deps.out.sendToRoom(s.roomId, input.prompt ?? openingText(s, window))
  return { ok: true, session: s, expected: marks.size }
}

function liveMark(
  memberId: number,
  name: string,
  contactId: string | null,
  status: Mark,
  reason: string | null,
): LiveMark {
  return {
    memberId,
    name,
    contactId,
    status,
    at: null,
    via: status === 'leave' ? 'leave' : null,
    reason,
    correctedBy: null,
  }
}

function openingText(s: LiveSession, window: number): string {
  const title = sessionTitle(s.kind, s.topic)
  const late = s.kind === 'rollcall' ? '' : `${window}分钟后签到记为迟到，`
  return `${title}现在开始签到，应到${s.marks.size}名。请回复“到”或“签到”，也可以群接龙。${late}${clockTime(s.closesAt)}结束。`
}

export function alreadyOpenText(s: LiveSession): string {
  return `本群已有进行中的${sessionTitle(s.kind, s.topic)}（${clockTime(s.closesAt)}结束）。请先发“结束”，再开新的。`
}

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
  await live.flush(deps.db, deps.log, [s])
  const tally = tallyOf(s)
  const summary = summaryText(tally)
  await closeSessionRow(deps.db, s.id, deps.clock.now(), summary)
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
    await deps.out.sendToRoom(s.roomId, { text: `${summary}\n${first.text}`, mentionIds: first.mentionIds })
  } else {
    await deps.out.sendToRoom(s.roomId, summary)
    if (first) await deps.out.sendToRoom(s.roomId, first)
  }
  for (const m of more) await deps.out.sendToRoom(s.roomId, m)
  const detail = adminDetail(s)
  if (!detail) return
  for (const id of await detailRecipients(deps.db, s)) await deps.out.sendToContact(id, detail)
}

async function detailRecipients(db: Db, s: LiveSession): Promise<string[]> {
  if (!s.openedBy.startsWith('schedule:')) return [s.openedBy]
  return (await adminContactsOfBranch(db, s.branchId)).slice(0, 3)
}

/** Closes due sessions and sends the half-time roll-call nudge. The runtime calls this every ~15 s. */
export async function tickSessions(live: LiveRegistry, deps: AttendanceDeps, now: Date): Promise<void> {
  await live.flush(deps.db, deps.log)
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

async function nudge(deps: AttendanceDeps, s: LiveSession, now: Date): Promise<void> {
  s.nudgedAt = now
  await markNudged(deps.db, s.id, now)
  const waiting = unanswered(s).filter((m) => m.contactId)
  if (!waiting.length) return
  const left = Math.max(1, Math.round((s.closesAt.getTime() - now.getTime()) / 60_000))
  await deps.out.sendToRoom(s.roomId, {
    text: `${sessionTitle(s.kind, s.topic)}还剩${left}分钟，以上${waiting.length}名党员请回复“到”。`,
    mentionIds: waiting.map((m) => m.contactId!),
  })
}

/** Rebuilds the in-memory state from the database (at start, and after a restart mid-session). */
export async function loadOpenSessions(live: LiveRegistry, db: Db): Promise<number> {
  const sessions = await findOpenSessions(db)
  for (const row of sessions) {
    const members = await membersOfBranch(db, row.branchId)
    const byId = new Map(members.map((m) => [m.id, m]))
    const marks = new Map<number, LiveMark>()
    for (const a of row.attendance) {
      const m = byId.get(a.memberId)
      if (!m) continue
      marks.set(a.memberId, {
        ...liveMark(m.id, m.name, m.contactId, a.status as Mark, a.reason),
        at: a.at,
        via: a.via,
      })
    }
    live.byRoom.set(row.roomId, {
      ...row,
      kind: row.kind as SessionKind,
      marks,
      ...indexRoster(members),
      guests: new Map(row.guests.map((g) => [g.key, { key: g.key, name: g.name, at: g.at }])),
      unmatched: new Set(),
      dirty: new Set(),
      newGuests: new Set(),
    })
  }
  return sessions.length
}
