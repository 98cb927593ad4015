// The bot without its transport: database, handlers, queue and services, fed plain Incoming messages.
import type { Logger } from 'pino'
import type OpenAI from 'openai'
import type { Db } from '../prisma/client.js'
import { buildFeatures, type Features } from '../handlers/index.js'
import type { Clock, Config, Incoming, Services } from '../handlers/types.js'
import { Directory } from './asker.js'
import { dispatch, type DispatchDeps } from './dispatch.js'
import { FileExpectations } from './file-expectations.js'
import { OutboundQueue } from './outbound.js'
import { replyPortFor } from './reply-port.js'
import { Router } from './router.js'

export interface AppOptions {
  db: Db
  config: Config
  clock: Clock
  log: Logger
  llm?: OpenAI | null
  /** The features to install; defaults to all of handlers/index.ts. */
  features?: Features
  /** Pacing overrides for tests (no real sleeping). */
  sleep?: (ms: number) => Promise<void>
}

export interface App {
  receive(msg: Incoming): Promise<void>
  /** Resolves when no message is being handled and the outbound queue is empty. */
  idle(): Promise<void>
  outbound: OutboundQueue
  services: Services
  router: Router
  deps: DispatchDeps
  features: Features
}

export function createApp(o: AppOptions): App {
  const outbound = new OutboundQueue({
    db: o.db,
    clock: o.clock,
    log: o.log,
    limits: o.config.outbound,
    sleep: o.sleep,
  })
  const directory = new Directory(o.db, o.config, o.clock)
  const features = o.features ?? buildFeatures()
  const router = new Router(features.handlers)
  const services: Services = { invalidateDirectory: () => directory.invalidate() }
  const deps: DispatchDeps = {
    db: o.db,
    clock: o.clock,
    config: o.config,
    log: o.log,
    llm: o.llm ?? null,
    router,
    directory,
    services,
    files: new FileExpectations(),
    portFor: (msg) => replyPortFor(outbound, msg),
  }
  let inFlight = 0
  const quiet = async () => inFlight === 0 && (await outbound.pendingCount()) === 0
  return {
    outbound,
    services,
    router,
    deps,
    features,
    async receive(msg) {
      inFlight++
      try {
        await dispatch(msg, deps)
      } catch (error) {
        o.log.error({ err: error, msgId: msg.id }, '消息处理失败')
      } finally {
        inFlight--
      }
    },
    async idle() {
      for (let i = 0; i < 3000; i++) {
        if ((await quiet()) && (await settleTurn()) && (await quiet())) return
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      throw new Error('bot did not become idle within 15 s')
    },
  }
}

const settleTurn = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 20))
