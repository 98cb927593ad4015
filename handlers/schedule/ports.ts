// What the scheduler needs from the rest of the bot (bot/scheduler/actions.ts implements it on attendance).

export type ActionResult = { ok: true } | { ok: false; reason: string }

export interface RollCallRequest {
  branchId: number
  roomId: string
  scheduleId: number
  topic: string
  minutes: number
  /** The nominal fire minute. */
  fireAt: Date
}

export interface ClassReminderRequest {
  branchId: number
  roomId: string
  scheduleId: number
  topic: string
  /** When the class starts (the reminder fires leadMinutes earlier). */
  startsAt: Date
  leadMinutes: number
}

export interface MakeupReminderRequest {
  branchId: number
  roomId: string
  scheduleId: number
}

/**
 * Actions a fired schedule performs. openRollCall opens a roll-call session (attendance's openSession with
 * kind 'rollcall', openedBy 'scheduler'), which posts the prompt, the half-time @ and the summary itself.
 * A result with ok: false (e.g. a session is already open) is recorded as a failed fire and told to the group.
 */
export interface ScheduleActions {
  openRollCall(request: RollCallRequest): Promise<ActionResult>
  remindClass(request: ClassReminderRequest): Promise<ActionResult>
  remindMakeups(request: MakeupReminderRequest): Promise<ActionResult>
}

/** ctx.services.schedules: handlers call it after every change to a schedule. */
export interface ScheduleRegistry {
  refresh(scheduleId: number): Promise<void>
}

export type ScheduleKind = 'rollcall' | 'class' | 'makeup-reminder'
