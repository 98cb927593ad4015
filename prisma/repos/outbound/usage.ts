// How much of the account's daily sending the day has used, so invitations go out in waves under the cap.
import type { Db } from '../../client.js'

/** Messages sent since `dayStart` plus those still waiting to be sent. */
export function messagesUsedSince(db: Db, dayStart: Date): Promise<number> {
  return db.outboundMessage.count({
    where: { OR: [{ sentAt: { gte: dayStart } }, { status: { in: ['pending', 'sending'] } }] },
  })
}
