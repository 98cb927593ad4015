// The bot without its transport: database, handlers, services, outbound queue, scheduler and timers, all
// built before the first message. A transport (bot/wechaty/, or a test's fake chat) feeds it plain messages.
import type OpenAI from 'openai'
import type { Db } from '../../prisma/client.js'
import { buildFeatures, type Features } from '../../handlers/index.js'
import { createPolicyService, type PolicyService } from '../../handlers/policy/index.js'
import type { Clock, Config, Logger, Services } from '../../handlers/types.js'
import { OutboundQueue } from '../outbound/queue.js'
import { scheduleActions } from '../scheduler/actions.js'
import type { CronDriver } from '../scheduler/cron-driver.js'
import { ScheduleEngine } from '../scheduler/engine.js'
import { startTimers, type Timers } from '../scheduler/timers.js'
import { Dispatcher } from './dispatch.js'
import { DropCounter } from './drops.js'
import { People } from './people.js'

export interface RuntimeOptions {
  db: Db
  config: Config
  clock: Clock
  log: Logger
  llm?: OpenAI | null
  /** The features to install; defaults to all of handlers/index.ts. */
  features?: Features
  policy?: PolicyService
  /** Pacing sleeps of the outbound queue (tests: no real sleeping). */
  sleep?: (ms: number) => Promise<void>
  /** null: no node-cron timers (tests fire schedules themselves). */
  cronDriver?: CronDriver | null
  /** null: no background timers (tests call tick()). */
  tickEveryMs?: number | null
  /** Whether the account can send and reach its groups now (the transport knows). Default: always. */
  isOnline?: () => boolean
}

export interface Runtime {
  dispatcher: Dispatcher
  outbound: OutboundQueue
  people: People
  drops: DropCounter
  services: Services
  features: Features
  scheduler: ScheduleEngine
  /** Closes sessions whose time is up and sends roll-call nudges (the timers call it every 15 s). */
  tick(): Promise<void>
  /** Logs the dropped-message counts since the last report (the timers call it every minute). */
  reportDrops(): void
  /** Resolves when every received message is handled and nothing is left to send. */
  idle(): Promise<void>
  /** Restores open sessions, catches up on schedules, starts the timers. */
  start(): Promise<void>
  stop(): Promise<void>
}

export function createRuntime(o: RuntimeOptions): Runtime {
  const { db, clock, log } = o
  const outbound = new OutboundQueue({
    db,
    clock,
    log,
    limits: o.config.outbound,
    adminIds: o.config.botAdminIds,
    isOnline: o.isOnline,
    sleep: o.sleep,
  })
  const people = new People(db, o.config, clock)
  const features = o.features ?? buildFeatures()
  const { attendance } = features
  const attendanceDeps = { db, clock, out: outbound, log: log.child({ part: 'attendance' }) }
  const scheduler = new ScheduleEngine({
    db,
    clock,
    actions: scheduleActions(attendance, attendanceDeps),
    out: outbound,
    log: log.child({ part: 'scheduler' }),
    driver: o.cronDriver,
    isOnline: o.isOnline,
  })
  const services: Services = {
    forgetPeople: () => people.forget(),
    policy: o.policy ?? createPolicyService(),
    schedules: scheduler,
  }
  const drops = new DropCounter()
  const dispatcher = new Dispatcher({
    db,
    clock,
    config: o.config,
    log,
    llm: o.llm ?? null,
    services,
    handlers: features.handlers,
    people,
    out: outbound,
    drops,
  })
  const tick = () =>
    attendance.tickSessions(attendanceDeps, clock.now()).catch((error: unknown) => {
      log.error({ err: error }, '活动计时出错')
    })
  let timers: Timers | null = null
  return {
    dispatcher,
    outbound,
    people,
    drops,
    services,
    features,
    scheduler,
    tick,
    reportDrops: () => drops.report(log),
    async idle() {
      do {
        await dispatcher.idle()
        await outbound.idle()
      } while (dispatcher.busy())
    },
    async start() {
      await attendance.loadOpenSessions(db)
      await features.members.load(db)
      await scheduler.start()
      timers = startTimers({ tick, reportDrops: () => drops.report(log), everyMs: o.tickEveryMs })
    },
    async stop() {
      timers?.stop()
      await scheduler.stop()
      outbound.pause()
      await attendance.flush(db, log)
    },
  }
}
