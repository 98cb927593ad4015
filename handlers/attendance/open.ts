// Opening a session: the expected list (应到) snapshot, pending leaves, the prompt; and rebuilding after a restart.
import type { Db } from '../types.js'
import { isUniqueViolation } from '../../prisma/repos/unique-violation.js'
import {
  createSessionWithSnapshot,
  findOpenSessions,
  type SnapshotRow,
} from '../../prisma/repos/attendance/sessions.js'
import { unusedLeavesOfBranch } from '../../prisma/repos/attendance/members.js'
import { membersOfBranch } from '../../prisma/repos/core/members.js'
import { clockTime, KIND_LABEL, type Mark, type SessionKind } from './format.js'
import { indexRoster, type LiveMark, type LiveRegistry, type LiveSession } from './live.js'
import type { AttendanceDeps, OpenResult, OpenSessionInput } from './session-types.js'
import { sessionTitle } from './summary.js'

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
    if (!(await servesRoom(deps, input.roomId))) return NOT_OWNER
    return await openUnclaimed(live, deps, input)
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    // Another process opened a session in this room a moment ago: that one is the open session.
    await loadOpenSessions(live, deps.db, [input.roomId])
    const open = live.byRoom.get(input.roomId)
    if (!open) throw error
    return { ok: false, reason: 'already-open', open, message: alreadyOpenText(open) }
  } finally {
    live.opening.delete(input.roomId)
  }
}

export const NOT_OWNER = { ok: false, reason: 'not-owner', message: '' } as const

/** Whether this bot account serves the room now (always, with one account). */
export async function servesRoom(deps: AttendanceDeps, roomId: string): Promise<boolean> {
  return !deps.owned || (await deps.owned([roomId])).has(roomId)
}

async function openUnclaimed(
  live: LiveRegistry,
  deps: AttendanceDeps,
  input: OpenSessionInput,
): Promise<OpenResult> {
  const now = deps.clock.now()
  const start = input.nominalStart ?? now
  const minutes = input.minutes ?? DEFAULT_MINUTES[input.kind]
  const closesAt = new Date(start.getTime() + minutes * 60_000)
  const window = input.kind === 'rollcall' ? minutes : Math.min(SIGN_IN_WINDOW_MINUTES, minutes)
  const members = await membersOfBranch(deps.db, input.branchId)
  const leaves = await unusedLeavesOfBranch(deps.db, input.branchId)
  // Members who returned home or left are kept on the roster with their history but are no longer expected.
  const expected = members.filter((m) => !m.exempt && m.status === 'active')
  const leaveOf = new Map(leaves.map((l) => [l.memberId, l]))
  const rows: SnapshotRow[] = expected.map((m) => ({
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
      lateAfter: new Date(start.getTime() + window * 60_000),
      closesAt,
      scheduleId: input.scheduleId ?? null,
    },
    rows,
    usedLeaves,
  )
  const marks = new Map<number, LiveMark>(
    expected.map((m) => {
      const leave = leaveOf.get(m.id)
      return [m.id, liveMark(m.id, m.name, m.contactId, leave ? 'leave' : 'expected', leave?.reason ?? null)]
    }),
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
  await deps.out.sendToRoom(s.roomId, input.prompt ?? openingText(s, window), {
    important: true,
    expiresAt: s.closesAt,
  })
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

/**
 * Rebuilds the in-memory state from the database (at start, after a restart mid-session, and when this account
 * takes a group over: the sign-ins made before stay). `roomIds`: only those rooms. Rooms already live are kept.
 */
export async function loadOpenSessions(live: LiveRegistry, db: Db, roomIds?: string[]): Promise<number> {
  const sessions = (await findOpenSessions(db, roomIds)).filter((row) => !live.byRoom.has(row.roomId))
  for (const row of sessions) {
    const members = await membersOfBranch(db, row.branchId)
    const byId = new Map(members.map((m) => [m.id, m]))
    const marks = new Map<number, LiveMark>()
    for (const a of row.attendance) {
      const m = byId.get(a.memberId)
      if (!m) continue
      marks.set(a.memberId, {
        ...liveMark(m.id, m.name, m.contactId, a.status, a.reason),
        at: a.at,
        via: a.via,
      })
    }
    live.byRoom.set(row.roomId, {
      ...row,
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
