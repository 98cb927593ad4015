// The members' side of 双向管理: 四个清楚 in private conversations, self-registration, and (below) status,
// lost contact and service records.
import { on, type Db, type HandlerSpec } from '../types.js'
import { notePrivateChat } from '../../prisma/repos/members/facts.js'
import { AskingRegistry, takeAnswer } from './conversation.js'
import { fourFactsFinish, fourFactsHandlers } from './four-facts.js'
import { lostHandlers } from './lost.js'
import { registrationFinish, registrationHandlers } from './registration.js'
import { serviceHandlers } from './service.js'
import { statusHandlers } from './status.js'

/** Each bot instance gets its own registry of who is being asked a question; `load` it before messages flow. */
export function createMembers() {
  const registry = new AskingRegistry()
  const answer = on.privateChat({
    id: 'members.answer',
    hears: (msg) => msg.roomId === null && msg.text.trim() !== '' && registry.has(msg.talkerId),
    access: 'anyone',
    async run(ctx) {
      if (ctx.member) await notePrivateChat(ctx.db, ctx.member.id, ctx.clock.now())
      await takeAnswer(ctx, registry, {
        fourFacts: fourFactsFinish(ctx),
        registration: registrationFinish(ctx),
      })
    },
  })
  const handlers: HandlerSpec[] = [
    ...fourFactsHandlers(registry),
    ...registrationHandlers(registry),
    ...statusHandlers,
    ...lostHandlers,
    ...serviceHandlers,
    answer,
  ]
  return {
    handlers,
    /** Call once at start: conversations that were waiting for an answer before a restart go on. */
    load: (db: Db) => registry.load(db),
  }
}

export type Members = ReturnType<typeof createMembers>
