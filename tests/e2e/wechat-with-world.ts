// startMockWechat, but the contacts and the group exist before the bot logs in, as they do after a real restart
// (messages the bot queues while starting, e.g. a schedule's catch-up, go out at login).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Config } from '../../handlers/types.js'
import { afterEach, beforeEach } from 'vitest'
import { ManualClock } from '../support/clock.js'
import { startMockWechat, type MockWechat } from '../support/mock-wechat.js'
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
  let world: World | undefined
  const w = await startMockWechat({
    dir: o.dir,
    clock: o.clock,
    config: o.config,
    manualTime: true,
    botId: BOT_ID,
    beforeLogin: (mocker) => (world = createWorld(mocker, BOT_ID, o.roomId)),
  })
  return { w, world: world! }
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-e2e-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Per test: a fresh folder and a clock set to now; start() brings up a bot on that folder's database
 * (again after stop(), as a restart), and every bot still running is stopped afterwards.
 */
export function worldFixture(roomId: string, config: Partial<Config>) {
  const clock = new ManualClock()
  const running: MockWechat[] = []
  let temp: ReturnType<typeof tempDir>
  beforeEach(() => {
    temp = tempDir()
    clock.set(new Date())
  })
  afterEach(async () => {
    for (const w of running.splice(0)) await w.stop()
    temp.remove()
  })
  return {
    clock,
    async start(): Promise<{ w: MockWechat; world: World }> {
      const started = await startWithWorld({ dir: temp.dir, clock, roomId, config })
      running.push(started.w)
      await started.w.settle()
      return started
    },
    async stop(w: MockWechat): Promise<void> {
      running.splice(running.indexOf(w), 1)
      await w.stop()
    },
  }
}
