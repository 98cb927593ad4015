// The outbound queue's Wechaty side: resolves rooms and contacts by id and says the text.
import { readFile } from 'node:fs/promises'
import { FileBox } from 'file-box'
import type { Wechaty } from 'wechaty'
import type { OutgoingFile } from '../handlers/types.js'
import type { Destination, Sender } from './outbound.js'

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
