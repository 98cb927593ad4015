// Room membership as this account's Wechaty sees it.
import type { Wechaty } from 'wechaty'
import type { RoomPresence } from '../accounts/presence.js'

export function wechatyPresence(bot: Wechaty): RoomPresence {
  return {
    async hasMember(roomId, contactId) {
      const room = await bot.Room.find({ id: roomId }).catch(() => undefined)
      if (!room) return false
      const members = await room.memberAll().catch(() => [])
      return members.some((m) => m.id === contactId)
    },
  }
}
