// Private messages the bot may still start today without eating into what matters (roll calls, summaries).
import type { BranchContext } from '../types.js'
import { countPending, countSentSince } from '../../prisma/repos/outbound/messages.js'
import { startOfShanghaiDay } from '../shanghai.js'

/**
 * The outbound queue holds routine messages once 80% of the daily cap is used; invitations stop a little
 * earlier, so the routine replies of the day still have room.
 */
const RESERVED_SHARE = 0.3

export async function privateMessagesLeftToday(ctx: Pick<BranchContext, 'db' | 'clock' | 'config'>) {
  const cap = ctx.config.outbound.dailyCap
  const [sent, waiting] = await Promise.all([
    countSentSince(ctx.db, startOfShanghaiDay(ctx.clock.now())),
    countPending(ctx.db),
  ])
  return Math.max(0, cap - Math.ceil(cap * RESERVED_SHARE) - sent - waiting)
}
