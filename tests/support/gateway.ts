// A wechaty-puppet-service gateway on 127.0.0.1 (PuppetServer wrapping the mock puppet, TLS off) and the bot
// connected to it through the real PuppetService gRPC client: the protocol production gateways speak.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Message } from 'wechaty'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { PuppetServer } from 'wechaty-puppet-service'
import { servicePuppet } from '../../bot/wechaty/puppet.js'
import { createLogger, MemoryLogSink } from '../../bot/logger.js'
import { startBot, type RunningBot, type StartOptions } from '../../bot/start.js'
import type { Config, Db, Logger } from '../../handlers/types.js'
import { testConfig } from './config.js'

export type ContactMock = ReturnType<mock.Mocker['createContact']>
export type RoomMock = ReturnType<mock.Mocker['createRoom']>

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => resolve(port))
    })
  })
}

export interface Gateway {
  mocker: mock.Mocker
  puppet: PuppetMock
  endpoint: string
  token: string
  /** Heartbeats as real gateways send them (every `everyMs`); stop them to simulate a stalled stream. */
  startHeartbeats(everyMs?: number): void
  stopHeartbeats(): void
  /** Stops the server (the gateway goes away); `start()` brings a new one up on the same address. */
  stop(): Promise<void>
  start(): Promise<void>
  /** The gateway goes quiet: no heartbeats, no answer to a ding; `unstall()` ends it. */
  stall(): void
  unstall(): void
  /** Everything the bot sent through the gateway: [conversation id, text]. */
  received: Array<{ to: string; text: string }>
}

/**
 * The mock puppet behind the test gateway, behaving like a production gateway: message loads take as long as
 * `latencyMs` says (real gateways answer out of order); a gateway restarted by its client restores the logged-in
 * session instead of asking for a new scan; and a stalled gateway sends nothing, heartbeats and dongs included.
 */
class GatewayPuppetMock extends PuppetMock {
  stalled = false
  #sessionUserId: string | null = null

  constructor(
    mocker: mock.Mocker,
    private readonly latencyMs: (messageId: string) => number,
  ) {
    super({ mocker })
  }

  override async messageRawPayload(id: string) {
    const ms = this.latencyMs(id)
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
    return super.messageRawPayload(id)
  }

  override async onStop() {
    this.#sessionUserId = this.isLoggedIn ? this.currentUserId : null
    await super.onStop()
  }

  override async onStart() {
    await super.onStart()
    const restored = this.#sessionUserId
    this.#sessionUserId = null
    if (restored) setImmediate(() => this.login(restored))
  }

  override ding(data?: string) {
    if (!this.stalled) super.ding(data)
  }

  /** While stalled the gateway's event stream carries nothing at all: no heartbeat, no message, no login. */
  muteWhileStalled(): void {
    const emit = this.emit.bind(this)
    this.emit = (...args: Parameters<PuppetMock['emit']>) => (this.stalled ? false : emit(...args))
  }
}

export interface GatewayOptions {
  /** Extra time the gateway takes to load a message (network and gateway jitter); default none. */
  latencyMs?: (messageId: string) => number
  /** false: create it down (start() brings it up later). */
  start?: boolean
}

export async function startGateway(o: GatewayOptions = {}): Promise<Gateway> {
  const mocker = new mock.Mocker()
  const puppet = new GatewayPuppetMock(mocker, o.latencyMs ?? (() => 0))
  puppet.muteWhileStalled()
  const endpoint = `127.0.0.1:${await freePort()}`
  const token = `insecure_${Math.random().toString(36).slice(2)}`
  let server: PuppetServer | null = null
  let beat: NodeJS.Timeout | null = null
  const received: Gateway['received'] = []
  puppet.on('message', ({ messageId }) => {
    void puppet.messagePayload(messageId).then((m) => {
      if (puppet.isLoggedIn && m.talkerId === puppet.currentUserId)
        received.push({ to: m.roomId ?? m.listenerId ?? '', text: m.text ?? '' })
    })
  })
  const gateway: Gateway = {
    mocker,
    puppet,
    endpoint,
    token,
    received,
    stall() {
      puppet.stalled = true
      if (beat) clearInterval(beat)
      beat = null
    },
    unstall() {
      puppet.stalled = false
      gateway.startHeartbeats()
    },
    startHeartbeats(everyMs = 1000) {
      gateway.stopHeartbeats()
      beat = setInterval(() => puppet.emit('heartbeat', { data: 'test gateway' }), everyMs)
    },
    stopHeartbeats() {
      if (beat) clearInterval(beat)
      beat = null
    },
    async start() {
      server = new PuppetServer({ endpoint, token, puppet, tls: { disable: true } })
      await server.start()
    },
    async stop() {
      await server?.stop()
      server = null
    },
  }
  if (o.start !== false) await gateway.start()
  return gateway
}

export interface BotOnGateway {
  running: RunningBot
  db: Db
  log: Logger
  logs: MemoryLogSink
  /** Texts the bot sent to this room, in order. */
  sentTo(roomId: string): string[]
  stop(): Promise<void>
}

export async function startBotOnGateway(
  gateway: Gateway,
  o: Partial<Omit<StartOptions, 'config' | 'log' | 'puppet'>> & {
    config?: Partial<Config>
    /** Where the bot's log lines go (a test may watch them while the bot is starting). */
    logs?: MemoryLogSink
  } = {},
): Promise<BotOnGateway> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-gateway-'))
  const { logs = new MemoryLogSink(), ...start } = o
  const log = createLogger({ sink: logs, level: 'debug' })
  const config: Config = {
    ...testConfig,
    databaseUrl: `file:${path.join(dir, 'bot.db')}`,
    dataDir: dir,
    ...o.config,
  }
  const client = servicePuppet({
    token: gateway.token,
    endpoint: gateway.endpoint,
    tls: { disable: true },
    timeoutSeconds: config.gateway.watchdogSeconds,
  })
  const running = await startBot({
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    printQr: false,
    ...start,
    config,
    log,
    puppet: client,
  })
  const sent: Array<{ roomId: string | null; text: string }> = []
  running.bot.on('message', (m: Message) => {
    if (m.self()) sent.push({ roomId: m.room()?.id ?? null, text: m.text() })
  })
  return {
    running,
    db: running.db,
    log,
    logs,
    sentTo: (roomId) => sent.filter((s) => s.roomId === roomId).map((s) => s.text),
    async stop() {
      await running.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Polls (no fixed sleep) until `check` holds. */
export async function waitFor(check: () => boolean | Promise<boolean>, limitMs = 30_000): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`condition not met within ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
