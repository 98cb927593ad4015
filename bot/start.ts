// Builds and starts the whole bot: config → database (migrated) → app → Wechaty.
import { WechatyBuilder, type Wechaty } from 'wechaty'
import type { Puppet } from 'wechaty-puppet'
import { openDatabase, type Db } from '../prisma/client.js'
import type { Features } from '../handlers/index.js'
import type { Clock, Config } from '../handlers/types.js'
import { createApp, type App } from './app.js'
import { attachWechaty } from './attach-wechaty.js'
import { choosePuppet, type PuppetChoice } from './config.js'
import { startFeatureRuntime, type FeatureRuntime } from './feature-runtime.js'
import { Health } from './health.js'
import type { CronDriver } from './scheduler/index.js'
import { createLlmClient } from './llm.js'
import type { Logger } from './logger.js'

export const systemClock: Clock = { now: () => new Date() }

export interface StartOptions {
  config: Config
  log: Logger
  /** A ready puppet (simulator, tests); otherwise chosen from the environment. */
  puppet?: Puppet
  env?: Record<string, string | undefined>
  clock?: Clock
  features?: Features
  /** null: no node-cron timers (tests fire schedules themselves). */
  cronDriver?: CronDriver | null
  /** null: no session ticker (tests call tick()). */
  tickEveryMs?: number | null
  sleep?: (ms: number) => Promise<void>
  printQr?: boolean
  /** Runs after migrations, before Wechaty starts (the simulator seeds its demo here). */
  beforeStart?: (db: Db) => Promise<void>
}

export interface RunningBot {
  bot: Wechaty
  app: App
  db: Db
  health: Health
  features: FeatureRuntime
  stop(): Promise<void>
}

export async function startBot(o: StartOptions): Promise<RunningBot> {
  const clock = o.clock ?? systemClock
  const { db, applied } = await openDatabase(o.config.databaseUrl)
  if (applied.length) o.log.info({ applied }, '数据库已迁移到最新')
  await o.beforeStart?.(db)
  const llm = createLlmClient(o.config.llm)
  const app = createApp({
    db,
    config: o.config,
    clock,
    log: o.log,
    features: o.features,
    sleep: o.sleep,
    llm,
  })
  if (llm) o.log.info({ model: o.config.llm?.model, baseURL: o.config.llm?.baseURL }, '政策问答使用大模型')
  const features = await startFeatureRuntime({
    app,
    log: o.log,
    cronDriver: o.cronDriver,
    tickEveryMs: o.tickEveryMs,
  })
  const health = new Health(clock)
  const bot = o.puppet ? WechatyBuilder.build({ puppet: o.puppet }) : buildFromEnv(choosePuppet(o.env))
  attachWechaty(bot, { app, log: o.log, health, printQr: o.printQr })
  if (!o.config.botAdminIds.length)
    o.log.warn('BOT_ADMIN_IDS 未设置：没有人能绑定支部。请私聊机器人发送「我的ID」，把编号写进 .env 后重启。')
  await bot.start()
  return {
    bot,
    app,
    db,
    health,
    features,
    async stop() {
      await features.stop()
      app.outbound.stop()
      await bot.stop()
      await db.$disconnect()
    },
  }
}

function buildFromEnv(choice: PuppetChoice): Wechaty {
  if (choice.kind === 'simulator') throw new Error('simulator puppets are built by bot/simulator.ts')
  return WechatyBuilder.build({
    puppet: 'wechaty-puppet-service',
    puppetOptions: {
      token: choice.token,
      ...(choice.endpoint ? { endpoint: choice.endpoint } : {}),
      ...(choice.authority ? { authority: choice.authority } : {}),
      ...(choice.tlsDisabled ? { tls: { disable: true } } : {}),
    },
  })
}
