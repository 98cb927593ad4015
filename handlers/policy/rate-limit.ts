// How many policy questions one member may ask in a window: a real conversation in private chat, fewer in a
// group (where every answer is seen by all); when limited, the member is told when they can ask again.
import type { Config, Db } from '../types.js'
import { formatClock, formatShanghai, shanghaiDateKey, shanghaiParts } from '../shanghai.js'
import { recentQuestionsBy } from '../../prisma/repos/policy/questions.js'

export type PolicyLimits = Config['policyLimits']

export type LimitCheck = { limited: false } | { limited: true; again: Date; alreadyTold: boolean }

export async function checkLimit(
  db: Db,
  asker: { id: string; roomId: string | null },
  now: Date,
  limits: PolicyLimits,
): Promise<LimitCheck> {
  const windowMs = limits.windowMinutes * 60_000
  const max = asker.roomId ? limits.groupQuestions : limits.privateQuestions
  const place = asker.roomId ? 'group' : 'private'
  const recent = await recentQuestionsBy(db, asker.id, new Date(now.getTime() - windowMs), place)
  const counted = recent.filter((q) => q.mode !== 'ratelimited')
  const oldestThatCounts = counted[max - 1]
  if (!oldestThatCounts) return { limited: false }
  return {
    limited: true,
    again: new Date(oldestThatCounts.at.getTime() + windowMs),
    alreadyTold: recent[0]?.mode === 'ratelimited',
  }
}

/** `20:15`, or `11月28日（周六）0:05` when that is not today (rounded up to the minute). */
export function whenText(at: Date, now: Date): string {
  const minute = new Date(Math.ceil(at.getTime() / 60_000) * 60_000)
  if (shanghaiDateKey(minute) !== shanghaiDateKey(now)) return formatShanghai(minute)
  const p = shanghaiParts(minute)
  return formatClock(p.hour, p.minute)
}
