// The member's story (十几年 in a factory, a loan that came due, where he lives) does not decide what he asks.
import { describe, expect, it } from 'vitest'
import { askedKind, askedKinds } from '../../handlers/policy/question/intent.js'
import { tellsOnly, withoutStoryWords } from '../../handlers/policy/question/story.js'

describe('rough figures and told times do not ask', () => {
  it('十几年 / 二十几年 in the story leave the amount asked', () => {
    expect(askedKind('我在广东工地干了二十几年，现在回来想开个超市，最多能借好多钱')).toBe('amount')
    expect(askedKind('出去打了十几年工，回来搞养殖，贷款额度有好多')).toBe('amount')
  })
  it('a clause telling a past time is story', () => {
    expect(tellsOnly('我在深圳做了十几年')).toBe(true)
    expect(tellsOnly('店子开了两年了')).toBe(true)
    expect(tellsOnly('店子开了两年了吗')).toBe(false)
    expect(tellsOnly('要开好几个月才给')).toBe(false)
  })
  it('a loan term told as come due is not a proposed term', () => {
    expect(askedKinds('借的两年期贷款到期了，手上周转不过来，有啥子办法嘛')).not.toContain('duration')
    expect(askedKinds('贷款五年到期了，钱还差一截，咋整嘛')).not.toContain('duration')
  })
  it('a term proposed in a yes/no clause is still asked', () => {
    expect(askedKind('我想贷20万，能分四年还不')).toBe('duration')
    expect(askedKind('贷款借六年行不行')).toBe('duration')
  })
})

describe('where the member lives is story, not housing', () => {
  it('住得远 / 住在山上 lose the 住', () => {
    expect(withoutStoryWords('我住得远，补贴能在镇上交不')).not.toContain('住')
    expect(withoutStoryWords('我住在山上，去县城不方便')).not.toContain('住')
  })
  it('a housing question keeps it', () => {
    expect(withoutStoryWords('返乡创业的人住房有保障不')).toContain('住房')
  })
})
