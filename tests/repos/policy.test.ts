// The policy question log on both databases: cache, token budget, the unanswered list.
import { expect, it } from 'vitest'
import {
  findCachedAnswer,
  listUnanswered,
  logPolicyQuestion,
  recentQuestionsBy,
  tokensUsedSince,
  type NewPolicyQuestion,
} from '../../prisma/repos/policy/questions.js'
import { describeOnEachProvider, uniqueName } from './providers.js'

const minute = (n: number) => new Date(Date.UTC(2026, 2, 4, 12, n))

function question(o: Partial<NewPolicyQuestion>): NewPolicyQuestion {
  return {
    at: minute(0),
    askerId: 'wxid_a',
    roomId: null,
    question: '返乡创业有什么补贴？',
    questionKey: 'key',
    citations: [],
    mode: 'model',
    answered: true,
    latencyMs: 800,
    tokens: 0,
    answer: '',
    ...o,
  }
}

describeOnEachProvider('policy repositories', (t) => {
  it('answers a repeated question from the latest model answer', async () => {
    const questionKey = uniqueName('补贴')
    await logPolicyQuestion(t.db(), question({ questionKey, at: minute(1), answer: '旧答案' }))
    await logPolicyQuestion(
      t.db(),
      question({ questionKey, at: minute(2), answer: '新答案', citations: ['22条-第5条'] }),
    )
    await logPolicyQuestion(t.db(), question({ questionKey, at: minute(3), mode: 'error', answered: false }))
    const cached = await findCachedAnswer(t.db(), questionKey)
    expect(cached).toMatchObject({ answer: '新答案', citations: '["22条-第5条"]' })
    expect(await findCachedAnswer(t.db(), uniqueName('没问过'))).toBeNull()
  })

  it('adds up the tokens used since a moment, zero when none', async () => {
    const since = new Date(Date.UTC(2031, 0, 1))
    expect(await tokensUsedSince(t.db(), since)).toBe(0)
    await logPolicyQuestion(t.db(), question({ at: since, tokens: 1200 }))
    await logPolicyQuestion(t.db(), question({ at: new Date(since.getTime() + 1), tokens: 34 }))
    expect(await tokensUsedSince(t.db(), since)).toBe(1234)
  })

  it('lists the questions a member asked after a moment and the latest unanswered ones, newest first', async () => {
    const askerId = uniqueName('wxid_asker')
    for (const [i, mode] of (['declined', 'offtopic', 'error', 'quote'] as const).entries())
      await logPolicyQuestion(
        t.db(),
        question({ askerId, at: minute(10 + i), mode, answered: mode === 'quote', question: `问题${i}` }),
      )
    expect((await recentQuestionsBy(t.db(), askerId, minute(10))).map((q) => q.question)).toEqual([
      '问题3',
      '问题2',
      '问题1',
    ])
    const unanswered = (await listUnanswered(t.db(), 50)).filter((q) => q.askerId === askerId)
    expect(unanswered.map((q) => q.question)).toEqual(['问题2', '问题1', '问题0'])
  })
})
