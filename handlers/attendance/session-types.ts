// What opening and closing a session take and give: shared by the commands, the runtime's tick and the scheduler.
import type { Clock, Db, Logger, RoomPort } from '../types.js'
import type { LiveSession } from './live.js'
import type { SessionKind } from './format.js'
import type { Tally } from './summary.js'

export interface AttendanceDeps {
  db: Db
  clock: Clock
  out: RoomPort
  log: Logger
  /**
   * Of these groups, those this bot account serves right now (read fresh: another account may have taken one
   * over). Sessions are opened, closed, ticked and nudged only there. Absent: every group (one account).
   */
  owned?: (roomIds: string[]) => Promise<Set<string>>
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
  /**
   * The minute the session was due to start (a schedule's nominal fire time): its length counts from here, so
   * a scheduled session ends on the minute and the next one scheduled for that minute finds it over.
   */
  nominalStart?: Date
  /** Text posted to open the session instead of the default prompt (the scheduler may word its own). */
  prompt?: string
}

export type OpenResult =
  | { ok: true; session: LiveSession; expected: number }
  | { ok: false; reason: 'already-open'; open: LiveSession; message: string }
  | { ok: false; reason: 'opening'; message: string }
  /** Another bot account serves this group now: it opens sessions there, this one says nothing. */
  | { ok: false; reason: 'not-owner'; message: string }

export type CloseResult =
  | { ok: true; tally: Tally; summary: string }
  | { ok: false; reason: 'none-open'; message: string }
  /** Another bot account serves this group now (or closed the session already): nothing is posted. */
  | { ok: false; reason: 'not-owner'; message: string }
