import type { Incoming, OutgoingText, ReplyPort } from '../handlers/types.js'
import type { OutboundQueue } from './outbound.js'

/** The reply port handed to handlers: everything goes into the paced, persisted queue. */
export function replyPortFor(queue: OutboundQueue, msg: Incoming | null): ReplyPort {
  const toTalker = (message: string | OutgoingText) => {
    if (!msg) throw new Error('no message to reply to')
    return queue.enqueueText({ contactId: msg.talkerId }, message)
  }
  return {
    reply: (message) =>
      msg?.roomId ? queue.enqueueText({ roomId: msg.roomId }, message) : toTalker(message),
    replyPrivately: toTalker,
    sendToRoom: (roomId, message) => queue.enqueueText({ roomId }, message),
    sendToContact: (contactId, message) => queue.enqueueText({ contactId }, message),
    sendFileToContact: (contactId, file) => queue.enqueueFile(contactId, file),
    sendImageToRoom: (roomId, image) => queue.enqueueImage({ roomId }, image),
    sendImageToContact: (contactId, image) => queue.enqueueImage({ contactId }, image),
  }
}
