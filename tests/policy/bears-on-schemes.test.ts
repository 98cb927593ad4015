// Issue 14, round 18: a rule for another matter (a credit card, a parcel, a job advert, an office's number) yields
// when the message asks how that matter bears on the loan, the grant or the returnee status, or names an office of
// this knowledge base; school, household registration and the housing fund are declined when they concern the
// household. The messages are written for these tests; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { expectAnswered, expectDeclined, shippedPolicy } from './replies.js'

const service = shippedPolicy
const top = (q: string) => groundedReply(service, q).hits[0]?.article.id

describe('a household debt asked about as a bar to the loan', () => {
  it('is answered from the other-debts unit', () => {
    for (const q of [
      '花呗欠了一万多，影不影响贷款',
      '网贷还有两万没还清，还能贷款不',
      '信用卡透支了两万，会不会卡我贷款哦',
      '借呗用了八千，对贷款有没有影响',
    ])
      expect(top(q), q).toBe('guide#其他贷款')
  })
  it('while the household’s own loans and cards are still declined', () => {
    expectDeclined([
      '信用卡逾期了两个月会不会上征信，以后还能贷款买房不',
      '花呗分期咋个还最划算',
      '车贷想提前还完，要不要违约金',
      '网贷平台哪个利息低，急用钱',
      '信用卡逾期了，以后还能贷款买车不',
      '房贷逾期了会不会影响征信',
      '领了高温补贴，影响低保不',
    ])
  })
})

describe('returnee status asked about with another matter named', () => {
  it('is answered', () => {
    expectAnswered([
      '我是城镇户口，在外地送了五年快递，现在回来了，算不算返乡农民工',
      '在广州做了几年物流，户口在县城不在村里，回来还算返乡的不',
    ])
  })
  it('while parcels as a customer are still declined', () => {
    expectDeclined(['快递到了三天都没派送，咋个投诉', '物流一直不更新，包裹是不是丢了'])
  })
})

describe('the tax office’s number', () => {
  it('is answered with 12366', () => {
    for (const q of ['交税的事打哪个电话，号码是好多', '报税的电话是几号', '纳税的热线电话是多少'])
      expect(groundedReply(service, q).answer.text ?? '', q).toContain('12366')
  })
  it('while a person’s number is still refused', () => {
    for (const q of ['王大姐的电话是好多', '他的手机号是多少'])
      expect(groundedReply(service, q).answer.mode, q).toBe('offtopic')
  })
})

describe('the hiring condition of the small-business loan', () => {
  it('is answered from the small-business unit', () => {
    for (const q of [
      '企业担保贷款对招人的比例有要求，最低要好大',
      '小微企业贷款要求招人占职工多大比例',
      '公司办贷款招人签合同要签好久',
    ])
      expect(top(q), q).toBe('guide#企业贷款')
  })
  it('while job adverts are still declined', () => {
    expectDeclined(['店里招服务员，包吃住，月薪四千，有意者私我', '急招普工两名，日结，要的联系我'])
  })
})

describe('drawing on the housing fund', () => {
  it('is declined', () => {
    expectDeclined(['辞职了，公积金咋个提现', '公积金离职以后能提出来不', '换了工作，住房公积金可以提走不'])
  })
  it('while returnees joining the housing fund are still answered', () => {
    expectAnswered(['返乡创业人员能纳入住房公积金制度不', '返乡创业的人能不能交住房公积金'])
  })
})

describe('a child’s school place', () => {
  it('is declined', () => {
    expectDeclined([
      '娃儿要上初中了，外地户口咋个报名公办学校',
      '女儿秋天上幼儿园，不是本地户籍要准备啥子材料',
      '儿子九月上一年级，户口不在这边，要办啥子手续',
    ])
  })
  it('while a grant asked about alongside is still answered', () => {
    expectAnswered(['娃儿在老家读小学，我回来开店能领创业补贴不'])
  })
})
