// Issue 14, round 12: the one local office number policy-facts.md gives (内江) is told to a member in 内江 only.
// Questions worded for this test; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { firstSentence } from '../../scripts/eval-policy.js'

const service = createPolicyService()
const first = (q: string) => firstSentence(groundedReply(service, q).answer.text ?? '')

describe('a local office number', () => {
  it('gives 内江’s migrant-worker centre number to a member in 内江', () => {
    expect(first('内江市农民工服务中心的联系电话是多少')).toMatch(/0832-2037979/)
  })

  it('does not give it to a member elsewhere', () => {
    expect(first('我们县农民工服务中心电话好多')).not.toMatch(/0832/)
  })
})
