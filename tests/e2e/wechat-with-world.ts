// startMockWechat, but the contacts and the group exist before the bot logs in, as they do after a real restart
// (messages the bot queues while starting, e.g. a schedule's catch-up, go out at login).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Message } from 'wechaty'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { createLogger, MemoryLogSink } from '../../bot/logger.js'
import { startBot } from '../../bot/start.js'
import type { Config } from '../../handlers/types.js'
import type { ManualClock } from '../support/clock.js'
import { testConfig } from '../support/fake-context.js'
import type { MockWechat, SentMessage } from '../support/mock-wechat.js'
import { createWorld, type World } from './branch.js'

export interface WorldOptions {
  dir: string
  clock: ManualClock
  roomId: string
  config?: Partial<Config>
}

const BOT_ID = 'bot-zhibu'

/** A bot with manual time on the database in `dir` (not deleted on stop), its mocker holding the demo world. */
export async function startWithWorld(o: WorldOptions): Promise<{ w: MockWechat; world: World }> {
  const databaseUrl = `file:${path.join(o.dir, 'bot.db')}`
  const mocker = new mock.Mocker()
  const botUser = mocker.createContact({ id: BOT_ID, name: testConfig.botName })
  const world = createWorld(mocker, BOT_ID, o.roomId)
  const logs = new MemoryLogSink()
  const config: Config = { ...testConfig, databaseUrl, dataDir: o.dir, ...o.config }
  const running = await startBot({
    config,
    log: createLogger({ sink: logs, level: 'debug' }),
    puppet: new PuppetMock({ mocker }),
    clock: o.clock,
    cronDriver: null,
    tickEveryMs: null,
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    printQr: false,
  })
  const sent: SentMessage[] = []
  running.bot.on('message', (m: Message) => {
    if (m.self())
      sent.push({
        roomId: m.room()?.id ?? null,
        toId: m.listener()?.id ?? null,
        text: m.text(),
        type: String(m.type()),
      })
  })
  const loggedIn = new Promise((resolve) => running.bot.once('login', resolve))
  mocker.login(botUser)
  await loggedIn
  const w: MockWechat = {
    mocker,
    running,
    botUser,
    logs,
    sent,
    dir: o.dir,
    databaseUrl,
    async settle() {
      await new Promise((resolve) => setTimeout(resolve, 5))
      await running.app.idle()
    },
    stop: () => running.stop(),
  }
  return { w, world }
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-e2e-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
