// A number of people to take on is answered by the workforce share; a word of the member's story (没逾期过) makes
// no "not known" lead when the chosen sentence answers what he asks.
import { describe, expect, it } from 'vitest'
import { leadOf } from './replies.js'

describe('how many people to take on', () => {
  it('leads with the share of the workforce', () => {
    const a = leadOf('公司30个员工，公司要申请担保贷款的话还要新聘好多符合条件的人')
    expect(a).toContain('10%')
    expect(a).not.toContain('本库')
  })
})

describe('a penalty the member says did not happen', () => {
  it('makes no "not known" lead', () => {
    const a = leadOf('我有笔消费贷2万，按时在还，从来没有逾期。这种还能申请创业担保贷款不？')
    expect(a).toContain('5万元以下')
    expect(a).not.toContain('本库没有')
  })
  it('a penalty asked about still says the base does not hold it', () => {
    expect(leadOf('创业担保贷款逾期了会罚好多')).toContain('本库没有')
  })
})
