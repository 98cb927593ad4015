// A second bot process on the same database, as after a restart: state held in memory is gone, the database stays.
import pino from 'pino'
import { createRuntime, type Runtime } from '../../bot/core/runtime.js'
import type { Incoming } from '../../handlers/types.js'
import type { Chat, Person } from '../support/chat.js'

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
  runtime.outbound.resume({
    async sendText(to, text, mentionIds) {
      chat.sent.push({ to, text, mentionIds })
    },
    async sendFile(contactId, file) {
      chat.sent.push({ to: { contactId }, text: file.name, mentionIds: [], file })
    },
  })
  await runtime.start()
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
