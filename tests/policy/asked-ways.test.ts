// Issue 14, round 12: kinds asked without a kind word (a proposed figure, who does a step, which of two offices,
// when to repay, which document). Questions worded for this test; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { askedKind, namedPart } from '../../handlers/policy/question/intent.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { withoutToldSums } from '../../handlers/policy/question/told-figures.js'
import { firstSentence } from '../../scripts/eval-policy.js'

const service = createPolicyService()
const reply = (q: string) => groundedReply(service, q)
const first = (q: string) => firstSentence(reply(q).answer.text ?? '')

describe('a figure the member proposes in a yes/no question', () => {
  it('reads a proposed term as a duration and a proposed sum as an amount', () => {
    expect(askedKind('这笔担保贷款贷个八年行不行')).toBe('duration')
    expect(askedKind('个人借得到80万吗')).toBe('amount')
    expect(askedKind('我借了八万块，还能申请吗')).toBe('eligibility')
  })

  it('answers with the longest term and the highest sum', () => {
    expect(first('个人办创业担保贷款，分四年慢慢还要得不')).toMatch(/最长3年/)
    expect(first('小微企业的担保贷款借得到800万不')).toMatch(/600万/)
  })

  it('reads 好久要还清 as the loan term', () => {
    expect(first('厂里那笔担保贷款好久就要还上')).toMatch(/最长2年/)
  })

  it('leaves out a sum the member tells in a clause that does not ask', () => {
    expect(withoutToldSums('我打算借20万块，可以分几年还')).not.toMatch(/20万/)
    expect(withoutToldSums('我借了50万，利息怎么算')).toMatch(/50万/)
  })
})

describe('who does a step, which office, which document', () => {
  it('reads 谁来审核 and 去A还是去B as a place', () => {
    expect(askedKind('贷款的资格由谁来审核')).toBe('place')
    expect(askedKind('办担保贷款要到银行还是到就业局')).toBe('place')
  })

  it('names the office doing the step, and the office to apply at', () => {
    expect(first('担保贷款资格是哪个部门负责审核的')).toMatch(/就业部门/)
    expect(first('办担保贷款是找银行还是找就业局')).toMatch(/就业服务窗口/)
  })

  it('reads 哪个文件规定的 as the document and leads with its number', () => {
    expect(namedPart('个体户所得税减半是哪份文件定的')).not.toBeNull()
    expect(first('个体户所得税减半是哪份文件定的')).toMatch(/2023年第12号/)
  })
})
