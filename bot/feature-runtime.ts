// The parts of features that run on their own: open sessions restored at start, a tick that closes sessions
// whose time is up, and the scheduler.
import type { App } from './app.js'
import type { Logger } from './logger.js'
import { replyPortFor } from './reply-port.js'
import { scheduleActions } from './schedule-actions.js'
import { ScheduleEngine, type CronDriver } from './scheduler/index.js'

export interface FeatureRuntimeOptions {
  app: App
  log: Logger
  /** node-cron by default; null in tests, which call fireDue with their own clock. */
  cronDriver?: CronDriver | null
  /** How often to tick open sessions; null in tests, which call tick() themselves. */
  tickEveryMs?: number | null
}

export interface FeatureRuntime {
  scheduler: ScheduleEngine
  tick(): Promise<void>
  stop(): Promise<void>
}

export async function startFeatureRuntime(o: FeatureRuntimeOptions): Promise<FeatureRuntime> {
  const { db, clock } = o.app.deps
  const attendance = o.app.features.attendance
  const out = replyPortFor(o.app.outbound, null)
  const deps = { db, clock, out, log: o.log.child({ part: 'attendance' }) }
  await attendance.loadOpenSessions(db)

  const scheduler = new ScheduleEngine({
    db,
    clock,
    actions: scheduleActions(attendance, deps),
    out,
    log: o.log.child({ part: 'scheduler' }),
    driver: o.cronDriver,
  })
  o.app.services.scheduler = scheduler
  await scheduler.start()

  const tick = async () => {
    await attendance.tickSessions(deps, clock.now()).catch((error: unknown) => {
      o.log.error({ err: error }, '活动计时出错')
    })
  }
  const every = o.tickEveryMs === undefined ? 15_000 : o.tickEveryMs
  const timer = every ? setInterval(() => void tick(), every) : null
  return {
    scheduler,
    tick,
    async stop() {
      if (timer) clearInterval(timer)
      await scheduler.stop()
      await attendance.flush(db, o.log)
    },
  }
}
