// Round 17: each part of the interest subsidy reads whole; 第几条 is an article number the base lacks; a yes/no
// about a channel asks where; documents asked with a yes/no; a member's own status against the condition.
import { describe, expect, it } from 'vitest'
import { leadOf } from './replies.js'

describe('the interest subsidy by parts', () => {
  it('names the personal part whole', () => {
    expect(leadOf('个人贷了45万，利息是不是全部都给贴')).toContain('30万元以内的部分')
    expect(leadOf('超过30万那截贴不贴息')).toContain('30万元以内的部分')
  })
})

describe('which article of the 22 measures', () => {
  it('is an article number the base lacks', () => {
    expect(leadOf('二十二条措施里面第几条说的是用地')).toContain('本库没有')
    expect(leadOf('22条哪一条管培训的，是第好多条')).toContain('本库没有')
  })
})

describe('a known gap and a not-known sentence on another detail', () => {
  it('the gap leads', () => {
    expect(leadOf('二十二条是哪年印发的，里面第几条讲贷款')).toMatch(/^本库没有写明.*逐条编号/)
  })
})

describe('a yes/no about the way to apply', () => {
  it('is answered by the sentence naming where to apply', () => {
    expect(leadOf('我人在广东，创业补贴用手机申请得了不')).toMatch(/网上服务大厅|政务服务网|e就业/)
    expect(leadOf('我眼睛不好不会用手机，创业补贴能不能本人去办')).toMatch(/农民工服务中心|窗口/)
  })
})

describe('where, then how long', () => {
  it('the first ask decides the unit', () => {
    expect(leadOf('创业担保贷款在哪点申请？大概好久能批得下来')).toMatch(/就业服务窗口|便民服务中心/)
    expect(leadOf('创业补贴网上能不能申请？一般多少天能批下来')).toMatch(/网上服务大厅|政务服务网|e就业/)
  })
})
