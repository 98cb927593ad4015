// In-memory state of the open sessions, so a sign-in costs a few map look-ups. Writes are batched.
import type { Db, Logger, Member } from '../types.js'
import { writeBatch, type GuestRow, type MarkGroup } from '../../prisma/repos/attendance/marks.js'
import type { NewSession } from '../../prisma/repos/attendance/sessions.js'
import type { Mark } from './format.js'
import type { Tally } from './summary.js'

export interface LiveMark {
  memberId: number
  name: string
  contactId: string | null
  status: Mark
  at: Date | null
  via: string | null
  reason: string | null
  correctedBy: string | null
}

/** An open session held in memory: its row, plus what a sign-in needs to be a few map look-ups. */
export interface LiveSession extends Omit<NewSession, 'scheduleId'> {
  id: number
  nudgedAt: Date | null
  /** The expected list (应到), by member id; exempt members are absent from it. */
  marks: Map<number, LiveMark>
  /** Checked-in contacts of the whole branch (exempt members included), to member id. */
  byContact: Map<string, number>
  /** Roster names of the whole branch, to member ids (names can repeat). */
  byName: Map<string, number[]>
  guests: Map<string, GuestRow>
  /** 接龙 names that matched nobody or more than one member; reported to admins at the end. */
  unmatched: Set<string>
  dirty: Set<number>
  newGuests: Set<string>
}

export function indexRoster(members: Member[]) {
  const byContact = new Map<string, number>()
  const byName = new Map<string, number[]>()
  for (const m of members) {
    if (m.contactId) byContact.set(m.contactId, m.id)
    byName.set(m.name, [...(byName.get(m.name) ?? []), m.id])
  }
  return { byContact, byName }
}

/** Marks a member present (or late after the window). Returns false when nothing changed. */
export function markPresent(s: LiveSession, memberId: number, at: Date, via: string): boolean {
  const m = s.marks.get(memberId)
  if (!m || m.status === 'present' || m.status === 'late') return false
  Object.assign(m, { status: at > s.lateAfter ? 'late' : 'present', at, via, reason: null })
  s.dirty.add(memberId)
  return true
}

export function addGuest(s: LiveSession, key: string, name: string, at: Date): boolean {
  if (s.guests.has(key)) return false
  s.guests.set(key, { key, name, at })
  s.newGuests.add(key)
  return true
}

export function tallyOf(s: LiveSession): Tally {
  const t: Tally = {
    kind: s.kind,
    topic: s.topic,
    expected: 0,
    present: 0,
    late: 0,
    leave: 0,
    absent: 0,
    guests: [],
  }
  const presentNames = new Set<string>()
  for (const m of s.marks.values()) {
    if (m.status === 'exempt') continue
    t.expected++
    if (m.status === 'present' || m.status === 'late') {
      t.present++
      presentNames.add(m.name)
      if (m.status === 'late') t.late++
    } else if (m.status === 'leave') t.leave++
    else t.absent++
  }
  // A member's second WeChat account shows up as a guest under the same name: count the person once.
  t.guests = [...s.guests.values()].map((g) => g.name).filter((n) => !presentNames.has(n))
  return t
}

export function unanswered(s: LiveSession): LiveMark[] {
  return [...s.marks.values()].filter((m) => m.status === 'expected')
}

export interface LiveOptions {
  /** Write buffered sign-ins this long after the first one (null: only when the batch is full or on flush). */
  flushAfterMs: number | null
  batchSize: number
}

export class LiveRegistry {
  readonly byRoom = new Map<string, LiveSession>()
  #writing: Promise<void> = Promise.resolve()
  #timer: NodeJS.Timeout | null = null

  constructor(readonly options: LiveOptions = { flushAfterMs: 100, batchSize: 200 }) {}

  hasOpenSession(roomId: string | null): boolean {
    return roomId !== null && this.byRoom.has(roomId)
  }

  /** Called after each change: writes at once when the batch is full, else soon. */
  async changed(s: LiveSession, db: Db, log: Logger): Promise<void> {
    if (s.dirty.size + s.newGuests.size >= this.options.batchSize) return this.flush(db, log)
    const ms = this.options.flushAfterMs
    if (ms === null || this.#timer) return
    this.#timer = setTimeout(() => {
      this.#timer = null
      this.flush(db, log).catch((error: unknown) => log.error({ err: error }, '签到写入失败'))
    }, ms)
    this.#timer.unref()
  }

  /** Writes every buffered change (of the open sessions, plus `closing`), one transaction per session; serialised. */
  flush(db: Db, log: Logger, closing: LiveSession[] = []): Promise<void> {
    const run = this.#writing.then(async () => {
      for (const s of [...this.byRoom.values(), ...closing]) await writeSession(s, db, log)
    })
    this.#writing = run.catch(() => {})
    return run
  }

  /** Rooms where a session is being opened right now (a second 开课 at the same moment must not open another). */
  readonly opening = new Set<string>()
}

async function writeSession(s: LiveSession, db: Db, log: Logger): Promise<void> {
  if (!s.dirty.size && !s.newGuests.size) return
  const ids = [...s.dirty]
  const keys = [...s.newGuests]
  s.dirty.clear()
  s.newGuests.clear()
  const groups = groupMarks(ids.flatMap((id) => s.marks.get(id) ?? []))
  const guests = keys.flatMap((k) => s.guests.get(k) ?? [])
  try {
    await writeBatch(db, s.id, groups, guests)
  } catch (error) {
    ids.forEach((id) => s.dirty.add(id))
    keys.forEach((k) => s.newGuests.add(k))
    log.error({ err: error, sessionId: s.id }, '签到批量写入失败，稍后重试')
    throw error
  }
}

/** Groups marks by identical data; sign-in times are kept to the second so a burst makes few groups. */
export function groupMarks(marks: LiveMark[]): MarkGroup[] {
  const groups = new Map<string, MarkGroup>()
  for (const m of marks) {
    const at = m.at ? new Date(Math.floor(m.at.getTime() / 1000) * 1000) : null
    const data = { status: m.status, at, via: m.via, reason: m.reason, correctedBy: m.correctedBy }
    const key = JSON.stringify(data)
    const group = groups.get(key) ?? { memberIds: [], data }
    group.memberIds.push(m.memberId)
    groups.set(key, group)
  }
  return [...groups.values()]
}
