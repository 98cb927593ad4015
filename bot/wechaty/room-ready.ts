// Wechaty's Room.ready() syncs every member of the room, and each message from a room that is not cached yet
// starts its own sync: a roll-call burst into a cold 500-member room costs 500 full syncs (quadratic).
// Concurrent callers now share the one sync already in flight.
import type { Wechaty } from 'wechaty'

type ReadyFn = (this: RoomLike, forceSync?: boolean) => Promise<void>
interface RoomLike {
  isReady(): boolean
}

export function shareRoomReady(bot: Wechaty): void {
  const proto = (bot.Room as unknown as { prototype: { ready: ReadyFn } }).prototype
  const original = proto.ready
  const inFlight = new WeakMap<RoomLike, Promise<void>>()
  proto.ready = function (this: RoomLike, forceSync = false) {
    if (forceSync) return original.call(this, true)
    if (this.isReady()) return Promise.resolve()
    let pending = inFlight.get(this)
    if (!pending) {
      pending = original.call(this, false).finally(() => inFlight.delete(this))
      inFlight.set(this, pending)
    }
    return pending
  }
}
