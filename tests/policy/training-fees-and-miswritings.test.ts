// Tuition asked about a start-up course (GYB/SYB/IYB/EYB) is a cost question on the training, not a school matter;
// 创页 is a voice-input miswriting of 创业. Phrasings written for this test.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { outOfScope, soundsLikePolicy } from '../../handlers/policy/gate/guard.js'
import { askedKind } from '../../handlers/policy/question/intent.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { correctMiswritings } from '../../handlers/policy/search/tokenizer.js'
import { firstSentence } from '../../scripts/eval-policy.js'

const service = createPolicyService()
const first = (q: string) => firstSentence(groundedReply(service, q).answer.text ?? '')

describe('tuition for a start-up course', () => {
  it('is about the policy, not school', () => {
    expect(outOfScope('报个eyb班学费贵不贵')).toBe(false)
    expect(soundsLikePolicy('GYB那个课学费好多')).toBe(true)
  })
  it('asks what it costs', () => {
    expect(askedKind('IYB的学费是好多')).toBe('amount')
  })
  it('is answered that trainees attend free', () => {
    expect(first('我想报SYB，学费要自己掏不')).toContain('免费')
  })
  it('a school fee question stays out of scope', () => {
    expect(outOfScope('娃儿读初中的学费好多')).toBe(true)
  })
})

describe('创页 is read as 创业', () => {
  it('corrects the miswriting', () => {
    expect(correctMiswritings('创页担保贷款')).toBe('创业担保贷款')
  })
})
