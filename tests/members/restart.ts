// A second bot process on the same database, as after a restart: state held in memory is gone, the database stays.
import pino from 'pino'
import { createRuntime, type Runtime } from '../../bot/core/runtime.js'
import type { Incoming } from '../../handlers/types.js'
import { recordingSender, TEST_ACCOUNT, type Chat, type Person } from '../support/chat.js'

export interface Restarted {
  runtime: Runtime
  sayPrivately(from: Person, text: string): Promise<void>
}

export async function restart(chat: Chat): Promise<Restarted> {
  await chat.runtime.stop()
  const runtime = createRuntime({
    db: chat.db,
    config: chat.config,
    clock: chat.clock,
    log: pino({ level: 'silent' }),
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    cronDriver: null,
    tickEveryMs: null,
  })
  await runtime.start()
  await runtime.accounts.signIn(TEST_ACCOUNT, recordingSender(chat.sent))
  let counter = 0
  return {
    runtime,
    async sayPrivately(from, text) {
      const msg: Incoming = {
        id: `after-restart-${++counter}`,
        roomId: null,
        roomTopic: null,
        talkerId: from.id,
        talkerName: from.name,
        text,
        mentions: [],
        addressed: true,
        file: null,
        at: chat.clock.now(),
      }
      await runtime.dispatcher.receive(from.id, msg)
      await runtime.idle()
    },
  }
}
