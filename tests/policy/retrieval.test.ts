import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../../handlers/policy/kb.js'
import { buildIndex, retrieve } from '../../handlers/policy/retrieval.js'
import { queryTokens } from '../../handlers/policy/tokenizer.js'
import { evaluateAll } from '../../scripts/eval-policy.js'
import { quoteAnswer } from '../../handlers/policy/answer.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { onTopic } from './eval-set.js'

const index = buildIndex(loadKnowledgeBase())
const topId = (q: string) => retrieve(index, q)[0]?.article.id

describe('policy retrieval over the shipped knowledge base', () => {
  it('meets the eval targets on the tuning set: top-3 ≥ 95%, top-1 ≥ 85%, off-topic declined ≥ 95%', () => {
    const r = evaluateAll(createPolicyService())
    const tuning = r.sets[0]!
    expect(tuning.questions).toBeGreaterThanOrEqual(40)
    expect(tuning.top3 / tuning.questions).toBeGreaterThanOrEqual(0.95)
    expect(tuning.top1 / tuning.questions).toBeGreaterThanOrEqual(0.85)
    expect(r.offTopic.declined / r.offTopic.questions).toBeGreaterThanOrEqual(0.95)
  })

  it('maps how members talk to the words the documents use', () => {
    expect(queryTokens('回老家借钱做生意').added).toEqual(expect.arrayContaining(['贷款', '返乡', '创业']))
    expect(queryTokens('开网店有补助吗').added).toEqual(expect.arrayContaining(['电商', '补贴']))
    expect(topId('回老家借钱做生意能借多少')).toMatch(/贷款额度/)
    expect(topId('搞网店有啥给钱的')).toBe('sc2018-22#电商')
  })

  it('finds nothing to answer from for questions outside the knowledge base', () => {
    expect(retrieve(index, '今天天气怎么样')).toEqual([])
    expect(retrieve(index, '红烧肉怎么做')).toEqual([])
    expect(retrieve(index, '')).toEqual([])
  })
})

describe('quoted answers', () => {
  it('stay under 400 characters and always carry a citation for every eval question', () => {
    const service = createPolicyService()
    for (const { q } of onTopic) {
      const text = quoteAnswer(retrieve(service.index, q, service.retrieval), service).text!
      expect(text.length, q).toBeLessThan(400)
      expect(text, q).toMatch(/出处：《/)
    }
  })
})
