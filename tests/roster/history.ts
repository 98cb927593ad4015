// A member's life on the roster besides the ledger: a check-in and an attended class, as the bot records them.
import type { Db } from '../../prisma/client.js'

const CLASS_AT = new Date('2026-03-05T12:00:00Z')

/** Links the member to a WeChat contact and records one closed class the member attended. */
export async function checkInAndAttend(db: Db, memberId: number, contactId: string): Promise<void> {
  const member = await db.member.update({
    where: { id: memberId },
    data: { contactId, checkedInAt: CLASS_AT },
  })
  await db.session.create({
    data: {
      branchId: member.branchId,
      roomId: 'room-1',
      kind: 'class',
      topic: '党章学习',
      openedBy: 'wx-sec',
      openedAt: CLASS_AT,
      lateAfter: CLASS_AT,
      closesAt: CLASS_AT,
      closedAt: CLASS_AT,
      attendance: { create: [{ memberId, status: 'present', at: CLASS_AT }] },
    },
  })
}
