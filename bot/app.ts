// The bot without its transport: database, handlers, queue and services, fed plain Incoming messages.
import type { Logger } from 'pino'
import type OpenAI from 'openai'
import type { Db } from '../prisma/client.js'
import { allHandlers } from '../handlers/index.js'
import type { Clock, Config, HandlerSpec, Incoming, Services } from '../handlers/types.js'
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
  handlers?: HandlerSpec[]
  /** Pacing overrides for tests (no real sleeping). */
  sleep?: (ms: number) => Promise<void>
}

export interface App {
  receive(msg: Incoming): Promise<void>
  outbound: OutboundQueue
  services: Services
  router: Router
  deps: DispatchDeps
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
  const router = new Router(o.handlers ?? allHandlers())
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
  return {
    outbound,
    services,
    router,
    deps,
    receive: (msg) =>
      dispatch(msg, deps).catch((error: unknown) =>
        o.log.error({ err: error, msgId: msg.id }, '消息处理失败'),
      ),
  }
}
