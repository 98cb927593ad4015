// Builds and starts the whole bot: config → database (migrated) → runtime → Wechaty.
import { openDatabase, type Db } from '../prisma/client.js'
import type { Features } from '../handlers/index.js'
import type { PolicyService } from '../handlers/policy/index.js'
import type { Clock, Config, Logger } from '../handlers/types.js'
import { choosePuppet } from './config.js'
import { createRuntime, type Runtime } from './core/runtime.js'
import { Health } from './health.js'
import { createLlmClient } from './llm.js'
import type { CronDriver } from './scheduler/cron-driver.js'
import { listenForMessages, type Inbound } from './wechaty/adapter.js'
import { followConnection } from './wechaty/connection.js'
import type { Supervisor } from './wechaty/supervisor.js'
import { recoverFromOutage } from './core/outage.js'
import { buildWechaty, type Puppet, type Wechaty } from './wechaty/puppet.js'

export const systemClock: Clock = { now: () => new Date() }

export interface StartOptions {
  config: Config
  log: Logger
  /** A ready puppet (simulator, tests); otherwise chosen from the environment. */
  puppet?: Puppet
  env?: Record<string, string | undefined>
  clock?: Clock
  features?: Features
  policy?: PolicyService
  /** null: no node-cron timers (tests fire schedules themselves). */
  cronDriver?: CronDriver | null
  /** null: no background timers (tests call tick()). */
  tickEveryMs?: number | null
  sleep?: (ms: number) => Promise<void>
  printQr?: boolean
  /** Runs after migrations, before Wechaty starts (the simulator seeds its demo here). */
  beforeStart?: (db: Db) => Promise<void>
}

export interface RunningBot {
  bot: Wechaty
  runtime: Runtime
  db: Db
  health: Health
  inbound: Inbound
  supervisor: Supervisor
  /** Resolves when every message the gateway delivered is handled and nothing is left to send. */
  idle(): Promise<void>
  stop(): Promise<void>
}

export async function startBot(o: StartOptions): Promise<RunningBot> {
  const clock = o.clock ?? systemClock
  const { db, applied } = await openDatabase(o.config.databaseUrl, { poolSize: o.config.databasePoolSize })
  if (applied.length) o.log.info({ applied }, '数据库已迁移到最新')
  await o.beforeStart?.(db)
  const llm = await createLlmClient(o.config.llm)
  if (llm) o.log.info({ model: o.config.llm?.model, baseURL: o.config.llm?.baseURL }, '政策问答使用大模型')
  const health = new Health(clock)
  const runtime = createRuntime({ ...o, db, clock, llm, isOnline: () => health.healthy })
  await runtime.start()
  const bot = buildWechaty(o.puppet ?? serviceChoice(o.env), o.config.gateway.watchdogSeconds)
  const inbound = listenForMessages(bot, {
    dispatcher: runtime.dispatcher,
    drops: runtime.drops,
    clock,
    log: o.log,
    botName: o.config.botName,
    staleAfterSeconds: o.config.staleAfterSeconds,
  })
  const connection = followConnection(bot, {
    ...o,
    db,
    clock,
    health,
    outbound: runtime.outbound,
    onOnline: async (awayMs) => {
      const notice = await recoverFromOutage({ ...runtime, db, clock, config: o.config }, awayMs)
      if (notice) o.log.info({ awayMs }, notice)
    },
  })
  const { supervisor } = connection
  bot.on('message', () => {
    health.lastMessageAt = clock.now()
  })
  if (!o.config.botAdminIds.length)
    o.log.warn('BOT_ADMIN_IDS 未设置：没有人能绑定支部。请私聊机器人发送「我的ID」，把编号写进 .env 后重启。')
  // A gateway that is down now is retried by the supervisor; the bot starts anyway and keeps trying.
  await bot.start().catch((error: unknown) => o.log.error({ err: error }, '连接网关失败，稍后自动重试'))
  supervisor.start()
  return {
    bot,
    runtime,
    db,
    health,
    inbound,
    async idle() {
      do {
        await connection.idle()
        await inbound.idle()
        await runtime.idle()
      } while (inbound.pending > 0)
    },
    supervisor,
    async stop() {
      supervisor.stop()
      await runtime.stop()
      await bot.stop()
      await db.$disconnect()
    },
  }
}

function serviceChoice(env: Record<string, string | undefined> | undefined) {
  const choice = choosePuppet(env)
  if (choice.kind === 'simulator') throw new Error('simulator puppets are built by bot/simulator/world.ts')
  return choice
}
