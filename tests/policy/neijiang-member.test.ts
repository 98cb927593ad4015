// A member in 内江 or one of its districts gets 内江's rule first, not "the base lacks your district's rule".
import { describe, expect, it } from 'vitest'
import { liesInNeijiang } from '../../handlers/policy/question/neijiang.js'
import { leadOf } from './replies.js'

describe('a place inside 内江', () => {
  it('is recognised, other cities’ districts are not', () => {
    expect(liesInNeijiang('内江市中区')).toBe(true)
    expect(liesInNeijiang('隆昌县')).toBe(true)
    expect(liesInNeijiang('乐山市中区')).toBe(false)
    expect(liesInNeijiang('宜宾翠屏区')).toBe(false)
  })
  it('gets 内江’s figure first', () => {
    const a = leadOf('内江威远县的，参加SYB培训学员要不要出钱')
    expect(a).toContain('免费')
    expect(a).not.toContain('本库没有内江')
    const b = leadOf('我们内江市中区的，孵化基地县级认定了运营多长时间才可以申报市级')
    expect(b).toContain('1年')
    expect(b).not.toContain('本库没有内江')
  })
})
