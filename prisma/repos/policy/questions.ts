// The policy question log: cache, rate limit, token budget and the unanswered list all read it.
import type { Db } from '../../client.js'
import type { PolicyQuestion } from '../../generated/client.js'

/** `unknown`: answered by saying the knowledge base lacks the asked-for fact (listed for the secretary). */
export type PolicyMode =
  'model' | 'quote' | 'cache' | 'unknown' | 'declined' | 'offtopic' | 'ratelimited' | 'error'

export interface NewPolicyQuestion {
  at: Date
  askerId: string
  roomId: string | null
  question: string
  questionKey: string
  citations: string[]
  mode: PolicyMode
  answered: boolean
  latencyMs: number
  tokens: number
  answer: string
}

export async function logPolicyQuestion(db: Db, q: NewPolicyQuestion): Promise<PolicyQuestion> {
  return db.policyQuestion.create({ data: { ...q, citations: JSON.stringify(q.citations) } })
}

/** The latest model answer to the same normalised question, if any. */
export async function findCachedAnswer(db: Db, questionKey: string): Promise<PolicyQuestion | null> {
  return db.policyQuestion.findFirst({
    where: { questionKey, mode: { in: ['model', 'cache'] }, answered: true },
    orderBy: { at: 'desc' },
  })
}

/** The asker's questions since `since`, newest first; `place` keeps only those asked in groups or in private. */
export async function recentQuestionsBy(
  db: Db,
  askerId: string,
  since: Date,
  place?: 'group' | 'private',
): Promise<PolicyQuestion[]> {
  const roomId = place === 'group' ? { not: null } : place === 'private' ? null : undefined
  return db.policyQuestion.findMany({
    where: { askerId, at: { gt: since }, ...(roomId === undefined ? {} : { roomId }) },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
  })
}

export async function tokensUsedSince(db: Db, since: Date): Promise<number> {
  const r = await db.policyQuestion.aggregate({ _sum: { tokens: true }, where: { at: { gte: since } } })
  return r._sum.tokens ?? 0
}

export async function listUnanswered(db: Db, limit: number): Promise<PolicyQuestion[]> {
  return db.policyQuestion.findMany({
    where: { answered: false, mode: { in: ['unknown', 'declined', 'offtopic', 'error'] } },
    orderBy: { at: 'desc' },
    take: limit,
  })
}
