// Another city's figure asked directly, answered from 内江's figure: the answer says first that the city's is not
// in the base; a member in 内江, or asking a province-wide figure, is not told so.
import { describe, expect, it } from 'vitest'
import { leadOf } from './replies.js'

describe('another city’s training rate', () => {
  it('leads with the city’s rate not being in the base', () => {
    expect(leadOf('攀枝花米易的，GYB培训一个人补贴好多')).toContain('本库没有写明攀枝花')
    expect(leadOf('我在南充，参加IYB培训补贴标准是多少')).toContain('本库没有写明南充')
  })
  it('内江 and the province-wide figures are answered', () => {
    expect(leadOf('内江的IYB培训补贴标准是多少')).toContain('1300元')
    expect(leadOf('我在南充开店，创业补贴一次性给好多')).not.toContain('本库没有')
  })
})
