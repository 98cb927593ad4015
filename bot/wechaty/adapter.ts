// The one Wechaty seam, both ways: a Wechaty message becomes plain data for the dispatcher (in the order the
// gateway delivered it), and the outbound queue's messages become room.say / contact.say.
import { readFile } from 'node:fs/promises'
import { FileBox } from 'file-box'
import type { Message, Wechaty } from 'wechaty'
import type { Clock, Incoming, IncomingFile, Logger, Mention, OutgoingFile } from '../../handlers/types.js'
import type { Dispatcher } from '../core/dispatch.js'
import type { DropCounter, DropReason } from '../core/drops.js'
import type { Destination, Sender } from '../outbound/queue.js'
import { Arrivals } from './arrivals.js'
import {
  isAtAllNotice,
  mentionedNames,
  mentionsByText,
  normalizeText,
  stripLeadingMention,
} from './normalize.js'
import { SeenIds } from './seen-ids.js'

export interface InboundOptions {
  dispatcher: Dispatcher
  drops: DropCounter
  clock: Clock
  log: Logger
  botName: string
  staleAfterSeconds: number
  /** How long a message still loading may hold up later ones of the burst. Default 5 s. */
  holdMs?: number
}

export interface Inbound {
  /** Resolves when every message the gateway announced has reached the dispatcher. */
  idle(): Promise<void>
  readonly pending: number
}

/** Feeds every Wechaty message to the dispatcher, in the gateway's order, one chat after another. */
export function listenForMessages(bot: Wechaty, o: InboundOptions): Inbound {
  const seen = new SeenIds()
  const arrivals = new Arrivals({
    holdMs: o.holdMs ?? 5000,
    onGiveUp: (id) => o.log.warn({ msgId: id }, '这条消息加载太慢，先处理它后面的消息'),
  })
  bot.on('puppet', (puppet) => puppet.on('message', ({ messageId }) => arrivals.announced(messageId)))
  bot.on('message', (message) => {
    const loading = toIncoming(message, bot, seen, o).then(
      (result) => {
        if (typeof result !== 'string') return result
        o.drops.count(result)
        return null
      },
      (error: unknown) => {
        o.drops.count('load-failed')
        o.log.error({ err: error, msgId: message.id }, '读取消息失败，这条消息没有处理')
        return null
      },
    )
    const chat = message.room()?.id ?? message.talker().id
    arrivals.loaded(message.id, () => void o.dispatcher.receive(chat, loading))
  })
  return {
    idle: () => arrivals.idle(),
    get pending() {
      return arrivals.pending
    },
  }
}

async function toIncoming(
  message: Message,
  bot: Wechaty,
  seen: SeenIds,
  o: InboundOptions,
): Promise<Incoming | DropReason> {
  const at = o.clock.now()
  if (message.self()) return 'self'
  if (!seen.add(message.id)) return 'duplicate'
  if (message.age() > o.staleAfterSeconds) return 'stale'
  const file = await fileOf(message, bot)
  if (!file && message.type() !== bot.Message.Type.Text) return 'unsupported'
  const raw = normalizeText(message.text() ?? '')
  if (isAtAllNotice(raw)) return 'at-all'

  const room = message.room()
  const talker = message.talker()
  const selfId = bot.isLoggedIn ? bot.currentUser.id : ''
  const names = [o.botName, bot.isLoggedIn ? bot.currentUser.name() : ''].filter(Boolean)
  const mentionIds = mentionIdsOf(message)
  const stripped = stripLeadingMention(raw, names)
  return {
    id: message.id,
    roomId: room?.id ?? null,
    roomTopic: room?.payload?.topic ?? null,
    talkerId: talker.id,
    talkerName: talker.payload?.name ?? '',
    text: stripped.text.replace(/\u2005/g, ' ').trim(),
    mentions: room ? await mentionsOf(message, selfId, names, raw) : [],
    addressed: !room || mentionIds.includes(selfId) || stripped.found || mentionsByText(raw, names),
    file,
    at,
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
  // Puppets without mention ids: keep the names, the dispatcher resolves them against the roster.
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

/** The outbound queue's way out: resolves rooms and contacts by id and says the text or file. */
export function wechatySender(bot: Wechaty): Sender {
  const contact = async (id: string) => {
    const found = await bot.Contact.find({ id })
    if (!found) throw new Error(`联系人不存在或已不可见：${id}`)
    return found
  }
  return {
    async sendText(to: Destination, text: string, mentionIds: string[]) {
      if ('contactId' in to) {
        await (await contact(to.contactId)).say(text)
        return
      }
      const room = await bot.Room.find({ id: to.roomId })
      if (!room) throw new Error(`群不存在或机器人已不在群里：${to.roomId}`)
      const mentioned = (await Promise.all(mentionIds.map((id) => bot.Contact.find({ id })))).filter(
        (c) => c !== undefined,
      )
      await room.say(text, ...mentioned)
    },
    async sendFile(contactId: string, file: OutgoingFile) {
      // Base64 boxes serialise on every puppet (the mock and gRPC gateways reject local-file boxes).
      const base64 = (await readFile(file.path)).toString('base64')
      await (await contact(contactId)).say(FileBox.fromBase64(base64, file.name))
    },
    // A .png name makes gateways (and the mock puppet) deliver it as a picture rather than a file.
    async sendImage(to: Destination, image: OutgoingFile) {
      const target = 'roomId' in to ? await bot.Room.find({ id: to.roomId }) : await contact(to.contactId)
      if (!target) throw new Error(`群不存在或机器人已不在群里：${'roomId' in to ? to.roomId : ''}`)
      const base64 = (await readFile(image.path)).toString('base64')
      await target.say(FileBox.fromBase64(base64, image.name))
    },
  }
}
