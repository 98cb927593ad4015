// The one inbound seam: a Wechaty message becomes plain data, or null when it is not for us.
import type { Message, Wechaty } from 'wechaty'
import type { Clock, Incoming, IncomingFile, Mention } from '../handlers/types.js'
import {
  isAtAllNotice,
  mentionedNames,
  mentionsByText,
  normalizeText,
  stripLeadingMention,
} from './normalize.js'
import type { SeenIds } from './seen-ids.js'

export interface InboundOptions {
  bot: Wechaty
  clock: Clock
  seen: SeenIds
  botNames: () => string[]
  staleAfterSeconds: number
}

export type Skip = 'self' | 'duplicate' | 'stale' | 'at-all' | 'unsupported'

export async function toIncoming(message: Message, o: InboundOptions): Promise<Incoming | Skip> {
  if (message.self()) return 'self'
  if (!o.seen.add(message.id)) return 'duplicate'
  if (message.age() > o.staleAfterSeconds) return 'stale'
  const file = await fileOf(message, o.bot)
  if (!file && message.type() !== o.bot.Message.Type.Text) return 'unsupported'
  const raw = normalizeText(message.text() ?? '')
  if (isAtAllNotice(raw)) return 'at-all'

  const room = message.room()
  const talker = message.talker()
  const selfId = o.bot.isLoggedIn ? o.bot.currentUser.id : ''
  const names = o.botNames()
  const mentionIds = mentionIdsOf(message)
  const stripped = stripLeadingMention(raw, names)
  const addressed = !room || mentionIds.includes(selfId) || stripped.found || mentionsByText(raw, names)
  const text = stripped.text.replace(new RegExp(`[\\u2005]`, 'g'), ' ').trim()

  return {
    id: message.id,
    roomId: room?.id ?? null,
    roomTopic: room?.payload?.topic ?? null,
    talkerId: talker.id,
    talkerName: talker.payload?.name ?? '',
    text,
    mentions: room ? await mentionsOf(message, selfId, names, raw) : [],
    addressed,
    file,
    at: o.clock.now(),
  }
}

function mentionIdsOf(message: Message): string[] {
  const payload = message.payload
  return payload && 'mentionIdList' in payload ? (payload.mentionIdList ?? []) : []
}

async function mentionsOf(
  message: Message,
  selfId: string,
  botNames: string[],
  raw: string,
): Promise<Mention[]> {
  if (mentionIdsOf(message).length > 0) {
    const contacts = await message.mentionList()
    return contacts.filter((c) => c.id !== selfId).map((c) => ({ id: c.id, name: c.name() }))
  }
  // Puppets without mention ids: keep the names, the context resolves them against the roster.
  return mentionedNames(raw)
    .filter((name) => !botNames.includes(name))
    .map((name) => ({ id: '', name }))
}

async function fileOf(message: Message, bot: Wechaty): Promise<IncomingFile | null> {
  const T = bot.Message.Type
  // The mock puppet delivers .xlsx/.csv as Unknown; real gateways as Attachment.
  if (message.type() !== T.Attachment && message.type() !== T.Unknown) return null
  const box = await message.toFileBox().catch(() => null)
  if (!box) return null
  return { name: box.name, read: () => box.toBuffer() }
}
