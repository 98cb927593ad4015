// What a fired schedule does, built from the attendance feature and the outbound port.
import { findBranchById } from '../../prisma/repos/core/groups.js'
import { makeupReminder, type Attendance, type AttendanceDeps } from '../../handlers/attendance/index.js'
import type { ScheduleActions } from '../../handlers/schedule/index.js'
import { classReminderText } from '../../handlers/schedule/texts.js'
import { clockTime } from '../../handlers/attendance/format.js'

/** At most this many private make-up nudges per fire, so a big branch never floods the account. */
const PRIVATE_NUDGE_CAP = 30

export function scheduleActions(attendance: Attendance, deps: AttendanceDeps): ScheduleActions {
  return {
    async openRollCall(r) {
      const now = deps.clock.now()
      const endsAt = new Date(r.fireAt.getTime() + r.minutes * 60_000)
      if (endsAt <= now)
        return { ok: false, reason: `这次点名应在${clockTime(endsAt)}结束，时间已过，没有补发。` }
      const open = attendance.openSessionIn(r.roomId)
      // Back to back: the session before this one is over but its timer has not closed it yet. Sum it up first.
      if (open && open.closesAt <= now)
        await attendance.closeSession(deps, { roomId: r.roomId, closedBy: 'timer' })
      const result = await attendance.openSession(deps, {
        branchId: r.branchId,
        roomId: r.roomId,
        kind: 'rollcall',
        topic: r.topic,
        minutes: r.minutes,
        openedBy: `schedule:${r.scheduleId}`,
        scheduleId: r.scheduleId,
        nominalStart: r.fireAt,
      })
      return result.ok ? { ok: true } : { ok: false, reason: result.message }
    },
    async remindClass(r) {
      await deps.out.sendToRoom(r.roomId, classReminderText({ ...r, now: deps.clock.now() }), {
        important: true,
        expiresAt: r.startsAt,
      })
      return { ok: true }
    },
    async remindMakeups(r) {
      const owed = await attendance.owedMakeups(deps.db, r.branchId)
      const branch = await findBranchById(deps.db, r.branchId)
      if (branch?.privateReminders) {
        const byContact = new Map(owed.flatMap((o) => (o.contactId ? [[o.contactId, o] as const] : [])))
        for (const [contactId, o] of [...byContact].slice(0, PRIVATE_NUDGE_CAP))
          await deps.out.sendToContact(
            contactId,
            `${o.memberName}，您还有「${o.topic}」需要补课，请联系支部书记安排。`,
          )
        return { ok: true }
      }
      const message = makeupReminder(owed)
      if (message) await deps.out.sendToRoom(r.roomId, message, { important: true })
      return { ok: true }
    },
  }
}
