// The scheduled roll call tests seed most: every day at 20:00 (Asia/Shanghai), ten minutes, 联络点名.
import type { Prisma } from '../../prisma/client.js'

export interface DailyRollCall {
  branchId: number
  roomId: string
  createdBy: string
  /** When it was set up (and active from). */
  since: Date
}

export function dailyRollCallAt20(o: DailyRollCall): Prisma.ScheduleUncheckedCreateInput {
  return {
    branchId: o.branchId,
    roomId: o.roomId,
    kind: 'rollcall',
    phrase: '每天 20:00',
    cron: '0 20 * * *',
    topic: '联络点名',
    durationMinutes: 10,
    createdBy: o.createdBy,
    createdAt: o.since,
    activeSince: o.since,
  }
}
