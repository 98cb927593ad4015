// Issue 14, round 12: a spouse's debts and money borrowed online are what the loan's other-debts condition speaks
// of. Questions worded for this test; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { createPolicyService } from '../../handlers/policy/service.js'

const service = createPolicyService()
const top = (q: string) => groundedReply(service, q).hits[0]?.article.id

describe('other debts said in a member’s words', () => {
  it('answers a question on a spouse’s loan from the other-debts unit', () => {
    expect(top('我爱人名下有贷款，我可以办担保贷款不')).toBe('guide#其他贷款')
    expect(top('办担保贷款，那口子的借款也要算吗')).toBe('guide#其他贷款')
  })

  it('answers a question on money borrowed online from the other-debts unit', () => {
    expect(top('之前在网上借了两万块，现在能申请创业担保贷款不')).toBe('guide#其他贷款')
  })
})
