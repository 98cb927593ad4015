// The bot without its transport: database, handlers, services, outbound queue, scheduler and timers, all
// built before the first message. A transport (bot/wechaty/, or a test's fake chat) feeds it plain messages.
import type OpenAI from 'openai'
import type { Db } from '../../prisma/client.js'
import { buildFeatures, type Features } from '../../handlers/index.js'
import { createPolicyService, type PolicyService } from '../../handlers/policy/index.js'
import type { Clock, Config, Logger, Services } from '../../handlers/types.js'
import { liveHolders, type AccountState } from '../../prisma/repos/accounts/leases.js'
import { Accounts } from '../accounts/accounts.js'
import { newHolderId } from '../accounts/lease.js'
import type { RoomPresence } from '../accounts/presence.js'
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
  /** The connection's state for the account's lease row (the transport knows). Default: online. */
  linkState?: () => AccountState
  /** Which accounts are in which groups (the transport knows). Default: every account in every group. */
  presence?: RoomPresence
  /** This process's id as lease holder and schedule claimer. Default: host, pid and a random part. */
  holder?: string
  /** The time leases and takeovers are measured in, shared by every process: the wall clock unless injected. */
  leaseClock?: Clock
}

export interface Runtime {
  dispatcher: Dispatcher
  outbound: OutboundQueue
  people: People
  drops: DropCounter
  services: Services
  features: Features
  scheduler: ScheduleEngine
  /** This process's WeChat account: its lease, the groups it serves, takeovers. */
  accounts: Accounts
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
  const holder = o.holder ?? newHolderId()
  // Built below: the queue files each group's messages under the account that owns the group.
  let accounts: Accounts | null = null
  const outbound = new OutboundQueue({
    db,
    clock,
    log,
    limits: o.config.outbound,
    adminIds: o.config.botAdminIds,
    isOnline: o.isOnline,
    sleep: o.sleep,
    ownerOfRoom: (roomId) => accounts?.ownership.ownerOf(roomId) ?? null,
  })
  const people = new People(db, o.config, clock)
  const features = o.features ?? buildFeatures()
  const { attendance } = features
  const owned = (roomIds: string[]) =>
    accounts ? accounts.ownership.owned(roomIds) : Promise.resolve(new Set<string>())
  const attendanceDeps = { db, clock, out: outbound, log: log.child({ part: 'attendance' }), owned }
  const scheduler = new ScheduleEngine({
    db,
    clock,
    actions: scheduleActions(attendance, attendanceDeps),
    out: outbound,
    log: log.child({ part: 'scheduler' }),
    driver: o.cronDriver,
    isOnline: () => (o.isOnline?.() ?? true) && accounts?.mode === 'active',
    instanceId: holder,
    owned,
    liveInstances: () => liveHolders(db, new Date()),
  })
  const drops = new DropCounter()
  let dispatcher: Dispatcher | null = null
  accounts = new Accounts({
    db,
    log: log.child({ part: 'accounts' }),
    config: o.config,
    holder,
    linkState: o.linkState,
    presence: o.presence,
    now: o.leaseClock?.now.bind(o.leaseClock),
    outbound,
    sessions: {
      load: async (roomIds) => void (await attendance.loadOpenSessions(db, roomIds)),
      letGo: (roomIds) => attendance.letGo(attendanceDeps, roomIds),
    },
    catchUp: (roomIds) => scheduler.catchUp(clock.now(), undefined, roomIds),
    replay: (roomId, msg) => void dispatcher?.receive(roomId, msg, { replayed: true }),
  })
  const services: Services = {
    forgetPeople: () => {
      people.forget()
      accounts?.ownership.forgetOthers()
    },
    policy: o.policy ?? createPolicyService(),
    schedules: scheduler,
    accounts: accounts.service,
  }
  dispatcher = new Dispatcher({
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
    gate: accounts.gate,
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
    accounts,
    tick,
    reportDrops: () => drops.report(log),
    async idle() {
      do {
        await accounts.idle()
        await dispatcher.idle()
        await outbound.idle()
      } while (dispatcher.busy())
    },
    /** Registers schedules and starts the timers; the groups' sessions are taken on when the account signs in. */
    async start() {
      await features.members.load(db)
      await scheduler.start()
      timers = startTimers({ tick, reportDrops: () => drops.report(log), everyMs: o.tickEveryMs })
      accounts.start()
    },
    async stop() {
      timers?.stop()
      await scheduler.stop()
      await accounts.stop()
      outbound.pause()
      await attendance.flush(db, log)
    },
  }
}
