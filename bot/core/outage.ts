// When the connection comes back: the work that fell due while away is done (or reported as missed) once,
// and the admins get one private notice of how long the bot was away and what it did about it.
import { clockTime } from '../../handlers/attendance/format.js'
import type { Clock, Config } from '../../handlers/types.js'
import type { Db } from '../../prisma/client.js'
import { countExpiredSince, countPending } from '../../prisma/repos/outbound/messages.js'
import type { ScheduleEngine } from '../scheduler/engine.js'
import type { OutboundQueue } from '../outbound/queue.js'

/** Look back further than the outage (and the scheduler's 10-minute grace), so no fire near its start is lost. */
const LOOKBACK_MARGIN_MS = 15 * 60_000

export interface OutageDeps {
  db: Db
  clock: Clock
  config: Config
  scheduler: ScheduleEngine
  outbound: OutboundQueue
}

/** Runs what fell due while offline (or reports it missed); after a real outage, tells the admins. */
export async function recoverFromOutage(d: OutageDeps, awayMs: number): Promise<string | null> {
  const now = d.clock.now()
  const since = new Date(now.getTime() - awayMs)
  const report = await d.scheduler.catchUp(now, awayMs + LOOKBACK_MARGIN_MS)
  if (!awayMs) return null
  const queued = await countPending(d.db)
  const expired = await countExpiredSince(d.db, since)
  const minutes = Math.max(1, Math.round(awayMs / 60_000))
  const parts = [
    `${d.config.botName}已恢复连接（离线约${minutes}分钟，${clockTime(since)}—${clockTime(now)}）。`,
    report.ran.length || report.missed.length
      ? `离线期间的定时任务：补做${report.ran.length}次，错过${report.missed.length}次${report.missed.length ? '（已在相关群里说明）' : ''}。`
      : '离线期间没有到点的定时任务。',
    queued ? `排队的${queued}条消息现在继续发送。` : '',
    expired ? `${expired}条消息已过时（如已结束的点名开场），不再发送。` : '',
  ]
  const text = parts.filter(Boolean).join('')
  for (const id of d.config.botAdminIds) await d.outbound.sendToContact(id, text, { important: true })
  return text
}
