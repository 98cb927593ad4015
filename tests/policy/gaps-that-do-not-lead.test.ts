// A generated "not known" does not lead when the chosen sentence already speaks of the asked object (免抵押 for
// 要不要拿…抵押, 经营场所 for 地址); a space parts two asks; 哪个部门在管 asks who leads; 青创贷 is the youth loan.
import { describe, expect, it } from 'vitest'
import { speaksOfAsked } from '../../handlers/policy/wording/gap-answered.js'
import { knownGap } from '../../handlers/policy/wording/gaps.js'
import { askedKind } from '../../handlers/policy/question/intent.js'
import { leadOf } from './replies.js'

const knows = (w: string) => ['抵押', '担保', '申请'].includes(w)

describe('a gap on an object the sentence speaks of', () => {
  it('is answered by a known word of the object, not one inside an unknown compound', () => {
    expect(speaksOfAsked('要不要押房产证抵押', '免担保、免抵押', knows)).toBe(true)
    expect(speaksOfAsked('收不收担保费', '由担保机构提供担保', knows)).toBe(false)
    expect(speaksOfAsked('门牌地址', '可以用住所作为经营场所登记', knows)).toBe(true)
    expect(speaksOfAsked('买不买保险', '免担保、免抵押', knows)).toBe(false)
  })
  it('does not lead the answer', () => {
    expect(leadOf('年轻人办青年创业贷款 需不需要拿车子抵押')).toContain('免抵押')
    expect(leadOf('我在网上卖土特产 没有铺面 个体户登记地址写哪里')).toMatch(/网址|经营场所/)
  })
  it('still leads when nothing of the object is said', () => {
    expect(leadOf('办担保贷款要不要买意外保险')).toContain('本库没有写明')
  })
})

describe('two asks parted by a space', () => {
  it('the first asks', () => {
    expect(askedKind('创业补贴在哪里交 好久能批')).toBe('place')
    expect(knownGap('创业补贴在哪里交 好久能批下来')).toBe('')
    expect(knownGap('补贴材料递上去了 几天到账')).not.toBe('')
  })
  it('the place leads, not the unknown processing time', () => {
    expect(leadOf('创业担保贷款到哪里申请 几天能放款')).toMatch(/就业|便民服务中心/)
  })
})

describe('who is in charge', () => {
  it('哪个单位在管 is answered by the bodies leading the scheme', () => {
    expect(leadOf('那个青年创业贷款是哪个单位在管')).toContain('团省委')
  })
})

describe('青创贷', () => {
  it('is the youth start-up loan', () => {
    expect(leadOf('青创贷顶天能借好多')).toContain('10万')
  })
})

describe('something more than the known thing', () => {
  it('is not answered by a sentence on that thing', () => {
    expect(speaksOfAsked('有没有额外抵押', '免担保、免抵押', knows)).toBe(false)
  })
})
