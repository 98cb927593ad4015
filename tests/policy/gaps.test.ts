// Issue 14, round 10: details of a policy subject the knowledge base is known not to hold are said to be unknown
// in the first sentence, with where to ask; neighbouring facts the base does hold are still answered. The
// questions are worded for these tests; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { knownGap } from '../../handlers/policy/wording/gaps.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { firstSentence } from '../../scripts/eval-policy.js'

const service = createPolicyService()
const reply = (q: string) => groundedReply(service, q).answer
const first = (q: string) => firstSentence(reply(q).text ?? '')

const expectUnknown = (qs: string[]) => {
  for (const q of qs) {
    expect(first(q), q).toMatch(/^本库没有/)
    expect(reply(q).text, q).toMatch(/(12333|12366|人社|农民工服务中心)/)
  }
}

describe('the 22 measures’ own text', () => {
  it('is not known article by article, nor the department for each, nor its own amounts, nor its repeal', () => {
    expectUnknown([
      '二十二条的第五条是啥内容',
      '22条每条分别归哪个部门管',
      '22条原来规定的贷款额度是好多',
      '2018年那个22条现在还管用不',
      '新政策出来以后，二十二条是不是作废了',
    ])
  })
  it('while what is known of the measures is still answered', () => {
    expect(first('二十二条是哪一年出台的')).toMatch(/2018/)
    expect(knownGap('22条里土地流转多少亩以上有奖补')).toBe('')
  })
})

describe('details no document states', () => {
  it('app buttons, days until the money arrives, a county’s own top-up, another city’s figure', () => {
    expectUnknown([
      '四川e就业小程序上申请补贴要点哪里',
      '贷款批了以后几天钱能到账',
      '补贴审完了要等好多天才打到卡上',
      '我们市在省里的基础上还另外补好多',
      '绵阳的GYB补贴也是200块不',
    ])
  })
  it('while known steps and times are still answered', () => {
    expect(first('网上申请创业补贴怎么操作')).not.toMatch(/^本库没有/)
    expect(knownGap('办营业执照好多天能拿到手')).toBe('')
    expect(knownGap('补贴在哪里申请？申请了好久到账')).toBe('')
  })
})

describe('the split of the 10,000 yuan cap, tax on a grant, the LPR of the day, an assessed tax', () => {
  it('are not known', () => {
    expectUnknown([
      '两笔补贴加起来最多是1万还是1万5',
      '创业补贴算不算收入，要报个税不',
      '这个月LPR是多少',
      '个体户核定征收一个月交好多',
    ])
  })
  it('while the rate rule and the subsidy share are still answered', () => {
    expect(first('创业担保贷款利率是LPR加好多')).toMatch(/150/)
    expect(knownGap('贴息是按实际利率的一半还是全部贴')).toBe('')
  })
})
