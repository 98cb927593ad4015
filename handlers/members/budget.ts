// Private messages the bot may still start today without eating into what matters (roll calls, summaries).
import type { BranchContext } from '../types.js'
import { messagesUsedSince } from '../../prisma/repos/outbound/usage.js'
import { startOfShanghaiDay } from '../shanghai.js'

/** A share of the daily cap is always kept for the groups' own messages. */
const RESERVED_SHARE = 0.3

export async function privateMessagesLeftToday(ctx: Pick<BranchContext, 'db' | 'clock' | 'config'>) {
  const cap = ctx.config.outbound.dailyCap
  const used = await messagesUsedSince(ctx.db, startOfShanghaiDay(ctx.clock.now()))
  return Math.max(0, cap - Math.ceil(cap * RESERVED_SHARE) - used)
}
