// 流动课堂 attendance: handlers for the router, and the services the runtime and the scheduler call.
import type { Db, HandlerSpec, Logger } from '../types.js'
import { owedMakeups } from '../../prisma/repos/attendance/makeups.js'
import { chartHandler, defaultRenderers, type ChartRenderers } from './chart-commands.js'
import { correctionHandlers } from './corrections.js'
import { exportHandler } from './export-command.js'
import { leaveHandler } from './leave.js'
import { LiveRegistry, type LiveOptions } from './live.js'
import { makeupHandlers } from './makeup.js'
import { closeSession, tickSessions } from './close.js'
import { loadOpenSessions, openSession } from './open.js'
import type { AttendanceDeps, OpenSessionInput } from './session-types.js'
import { sessionCommands } from './session-commands.js'
import { signInHandler } from './signin.js'
import { statsHandlers } from './stats.js'
import { clockTime } from './format.js'
import { sessionTitle } from './summary.js'

export type { AttendanceDeps, OpenSessionInput, OpenResult, CloseResult } from './session-types.js'
export type { OwedMakeup } from '../../prisma/repos/attendance/makeups.js'
export { makeupReminder, owedListText } from './makeup.js'

/** One attendance feature with its own in-memory state of open sessions (`charts`: tests swap in a failing one). */
export function createAttendance(options?: LiveOptions, charts: ChartRenderers = defaultRenderers) {
  const live = new LiveRegistry(options)
  const handlers: HandlerSpec[] = [
    ...sessionCommands(live),
    leaveHandler(live),
    ...correctionHandlers(live),
    ...makeupHandlers,
    ...statsHandlers(live, charts),
    chartHandler(live, charts),
    exportHandler(live),
    signInHandler(live),
  ]
  return {
    live,
    handlers,
    /** Call once at start, before messages flow: rebuilds open sessions from the database. */
    loadOpenSessions: (db: Db) => loadOpenSessions(live, db),
    openSession: (deps: AttendanceDeps, input: OpenSessionInput) => openSession(live, deps, input),
    closeSession: (deps: AttendanceDeps, input: { roomId: string; closedBy: string }) =>
      closeSession(live, deps, input),
    tickSessions: (deps: AttendanceDeps, now: Date) => tickSessions(live, deps, now),
    /** Writes buffered sign-ins now (call on shutdown). */
    flush: (db: Db, log: Logger) => live.flush(db, log),
    hasOpenSession: (roomId: string) => live.hasOpenSession(roomId),
    /** The open session of a room (its closing time), if any. */
    openSessionIn: (roomId: string): { closesAt: Date } | null => live.byRoom.get(roomId) ?? null,
    /** e.g. 流动课堂《党章学习》（20:30结束）, or null when nothing is open in the room. */
    openSessionTitle: (roomId: string) => {
      const s = live.byRoom.get(roomId)
      return s ? `${sessionTitle(s.kind, s.topic)}（${clockTime(s.closesAt)}结束）` : null
    },
    /** Members who still owe a make-up, oldest class first (for weekly reminders). */
    owedMakeups: (db: Db, branchId: number) => owedMakeups(db, branchId),
  }
}

export type Attendance = ReturnType<typeof createAttendance>
