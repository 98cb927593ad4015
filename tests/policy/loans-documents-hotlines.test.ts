// Round 20 (guarantee loans, the documents themselves, hotlines, land and grain): who runs the youth loan, a figure
// the member proposes, a firm's loan conditions, a document's issuer, start date and count, a 内江 district's number.
import { describe, expect, it } from 'vitest'
import { leadOf } from './replies.js'

describe('who runs the youth loan', () => {
  it('leads with the bodies leading it', () => {
    for (const q of [
      '年轻人那个免息贷款是谁在搞',
      '青年贷款去找哪个单位问',
      '青年创业贷款哪个部门办',
      '青创贷归哪个单位管嘛',
    ])
      expect(leadOf(q), q).toMatch(/团省委/)
  })
  it('leads with the range and the window', () => {
    expect(leadOf('请问大家，年轻人创业贷款额度好多')).toMatch(/3万至10万/)
    expect(leadOf('有没有人晓得，青创贷最多借好多')).toMatch(/3万至10万/)
    expect(leadOf('厂子办了五年了，青年创业贷款还能申请不')).toMatch(/创业3年内/)
  })
})

describe('a figure the member proposes', () => {
  it('is answered by the limit in its measure', () => {
    expect(leadOf('打算借80万搞养殖，个人的创业担保贷款够不够')).toMatch(/50万/)
    expect(leadOf('个人想借70万，创业担保贷款能贷到不')).toMatch(/50万/)
    expect(leadOf('种了28亩玉米，够不够得上种粮大户')).toMatch(/30亩/)
    expect(leadOf('今年包了20亩田种稻子，算不算种粮大户')).toMatch(/30亩/)
  })
  it('a rate the member states does not make the LPR a gap', () => {
    expect(leadOf('假如LPR是3%，创业担保贷款利率最高多少')).toMatch(/LPR.{0,14}加150个基点/)
    expect(leadOf('现在LPR是3.2%的话，担保贷款利息最高能到好多')).toMatch(/150个基点/)
  })
})

describe('a firm borrowing', () => {
  it('is answered by the firm conditions', () => {
    for (const q of [
      '我们公司想办创业担保贷款，要满足哪些条件',
      '屋头的合作社想申请担保贷款，有啥子条件',
      '厂里想办个企业贷款，要符合什么条件',
    ])
      expect(leadOf(q), q).toMatch(/10%|拖欠/)
  })
})

describe('the documents themselves', () => {
  it('names the issuer asked as a choice', () => {
    expect(leadOf('二十二条是哪个发的，省政府还是人社厅')).toMatch(/省政府办公厅/)
    expect(leadOf('22条那个文是人社厅还是省政府出的')).toMatch(/省政府办公厅/)
  })
  it('names the start of the period in force', () => {
    expect(leadOf('今年的新政策是不是2025年3月就开始实施了')).toMatch(/2025年5月1日/)
    expect(leadOf('现在的创业政策是哪天起施行的')).toMatch(/2025年5月1日/)
  })
  it('names the count of the 2025 measures', () => {
    expect(leadOf('新出的创业政策是不是也是22条')).toMatch(/15条/)
    expect(leadOf('今年那个创业新政也有二十二条吗')).toMatch(/15条/)
  })
})

describe('hotlines', () => {
  it('gives the 内江 number to a member of a 内江 district', () => {
    expect(leadOf('内江威远县的，市农民工服务中心的号码是好多')).toMatch(/0832-2037979/)
    expect(leadOf('我是内江资中的，想打个电话问下市农民工服务中心，号码多少')).toMatch(/0832-2037979/)
  })
  it('not to a member of another city', () => {
    expect(leadOf('我是宜宾的，市农民工服务中心电话好多')).not.toMatch(/0832/)
  })
})
