// Private messages the bot may still start today without eating into what matters (roll calls, summaries).
import type { BranchContext } from '../types.js'
import { countPending, countSentSince } from '../../prisma/repos/outbound/messages.js'
import { startOfShanghaiDay } from '../shanghai.js'

/**
 * The outbound queue holds routine messages once 80% of the daily cap is used; invitations stop a little
 * earlier, so the routine replies of the day still have room.
 */
const RESERVED_SHARE = 0.3

/** Counted for this account: another account's queue does not use up its cap. */
export async function privateMessagesLeftToday(
  ctx: Pick<BranchContext, 'db' | 'clock' | 'config' | 'services'>,
) {
  const cap = ctx.config.outbound.dailyCap
  const account = ctx.services.accounts.current()?.id ?? ''
  const [sent, waiting] = await Promise.all([
    countSentSince(ctx.db, account, startOfShanghaiDay(ctx.clock.now())),
    countPending(ctx.db, account),
  ])
  return Math.max(0, cap - Math.ceil(cap * RESERVED_SHARE) - sent - waiting)
}
