// The real Wechaty on the mock puppet, with a real SQLite file: the closest thing to WeChat we can run here.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Message } from 'wechaty'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { createLogger, MemoryLogSink } from '../../bot/logger.js'
import { startBot, type RunningBot } from '../../bot/start.js'
import type { Clock, Config, Logger } from '../../handlers/types.js'
import { testConfig } from './config.js'
import { copySqliteTemplate } from './temp-db.js'

export type ContactMock = ReturnType<mock.Mocker['createContact']>
export type RoomMock = ReturnType<mock.Mocker['createRoom']>

export interface SentMessage {
  roomId: string | null
  toId: string | null
  text: string
  type: string
}

export interface MockWechat {
  mocker: mock.Mocker
  running: RunningBot
  botUser: ContactMock
  logs: MemoryLogSink
  log: Logger
  clock: Clock | undefined
  sent: SentMessage[]
  dir: string
  databaseUrl: string
  /** Waits until every message has been handled and the outbound queue is empty. */
  settle(): Promise<void>
  stop(): Promise<void>
}

export interface MockWechatOptions {
  config?: Partial<Config>
  clock?: Clock
  /** Fire schedules and tick sessions by hand (with `clock`) instead of timers. */
  manualTime?: boolean
  dir?: string
  botName?: string
  botId?: string
  /** Builds contacts and rooms before the bot logs in, as they exist after a real restart. */
  beforeLogin?: (mocker: mock.Mocker) => void
}

export async function startMockWechat(o: MockWechatOptions = {}): Promise<MockWechat> {
  const dir = o.dir ?? mkdtempSync(path.join(tmpdir(), 'zhibu-wechat-'))
  const file = path.join(dir, 'bot.db')
  // A copy of the migrated template: startBot then finds nothing to migrate (a restart keeps its file).
  const databaseUrl = existsSync(file) ? `file:${file}` : copySqliteTemplate(file)
  const mocker = new mock.Mocker()
  const puppet = new PuppetMock({ mocker })
  const logs = new MemoryLogSink()
  const log = createLogger({ sink: logs, level: 'debug' })
  const config: Config = { ...testConfig, databaseUrl, dataDir: dir, ...o.config }
  const running = await startBot({
    config,
    log,
    puppet,
    clock: o.clock,
    ...(o.manualTime ? { cronDriver: null, tickEveryMs: null } : {}),
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    printQr: false,
  })
  const sent: SentMessage[] = []
  running.bot.on('message', (m: Message) => {
    if (m.self()) sent.push(describe(m))
  })
  const botUser = mocker.createContact({
    ...(o.botId ? { id: o.botId } : {}),
    name: o.botName ?? config.botName,
  })
  o.beforeLogin?.(mocker)
  const loggedIn = new Promise((resolve) => running.bot.once('login', resolve))
  mocker.login(botUser)
  await loggedIn
  return {
    mocker,
    running,
    botUser,
    logs,
    log,
    clock: o.clock,
    sent,
    dir,
    databaseUrl,
    settle: () => running.idle(),
    async stop() {
      await running.stop()
      if (!o.dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

function describe(m: Message): SentMessage {
  return {
    roomId: m.room()?.id ?? null,
    toId: m.listener()?.id ?? null,
    text: m.text(),
    type: String(m.type()),
  }
}

/** Says `text` in the room (optionally @-mentioning contacts) and waits for the bot to finish. */
export async function say(
  w: MockWechat,
  who: ContactMock,
  where: RoomMock | ContactMock,
  text: string,
  mentions: ContactMock[] = [],
) {
  who.say(text, mentions).to(where)
  await w.settle()
}

export function textsIn(w: MockWechat, roomId: string): string[] {
  return w.sent.filter((s) => s.roomId === roomId).map((s) => s.text)
}
