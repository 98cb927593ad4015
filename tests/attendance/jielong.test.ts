import { describe, expect, it } from 'vitest'
import {
  isSignInWord,
  looksLikeJielong,
  matchEntry,
  parseJielong,
} from '../../handlers/attendance/jielong.js'

const names = (text: string) => parseJielong(text).entries.map((e) => e.name)

describe('sign-in words', () => {
  it('accepts 签到, 到, 已到 and 1 alone, with trailing punctuation', () => {
    for (const w of ['签到', '到', '已到', '1', ' 到！', '签到。', '1.']) expect(isSignInWord(w)).toBe(true)
  })
  it('accepts what members really type: 到了, 已签到, 到👍, 签到🙏🏻', () => {
    for (const w of ['到了', '已签到', '签到了', '到👍', '签到🙏🏻', '到了！'])
      expect(isSignInWord(w)).toBe(true)
  })
  it('rejects words inside sentences', () => {
    for (const w of ['我到了吗', '10', '签到了没有', '1 张三', '到时候再说'])
      expect(isSignInWord(w)).toBe(false)
  })
})

describe('接龙 parser', () => {
  it('reads the usual numbering styles', () => {
    const text = [
      '#接龙 11月27日流动课堂',
      '',
      '1. 张三',
      '2、李四',
      '3 王五',
      '④赵六',
      '(5) 孙七',
      '（6）周八',
      '7)吴九',
      '8．郑十',
    ].join('\n')
    expect(names(text)).toEqual(['张三', '李四', '王五', '赵六', '孙七', '周八', '吴九', '郑十'])
  })

  it('drops emoji, brackets and trailing words after a space', () => {
    const text = '1. 张三 已学习\n2. 🌹李四🌹\n3. 王五（叙州区）\n4. 赵六 👍 收到\n5.\u200b陈七'
    expect(names(text)).toEqual(['张三', '李四', '王五', '赵六', '陈七'])
  })

  it('offers the name without a trailing word written without a space', () => {
    const [entry] = parseJielong('1. 张三已学习\n2. 李四').entries
    expect(entry).toEqual({ name: '张三已学习', withoutSuffix: '张三' })
  })

  it('counts junk lines and keeps each name once', () => {
    const parsed = parseJielong('1. 张三\n2. ？？？\n3. 张三\n4. 今天下午三点在村委会开会请大家准时参加\n5.')
    expect(parsed.entries.map((e) => e.name)).toEqual(['张三'])
    expect(parsed.junk).toBe(3)
  })

  it('matches the roster exactly: 张十 is not 张十一', () => {
    const roster = new Map([['张十一', [11]]])
    expect(matchEntry({ name: '张十', withoutSuffix: null }, roster)).toBeNull()
    expect(matchEntry({ name: '张十一', withoutSuffix: null }, roster)).toEqual({ name: '张十一', ids: [11] })
    const short = new Map([['张十', [10]]])
    expect(matchEntry({ name: '张十一', withoutSuffix: null }, short)).toBeNull()
    expect(matchEntry({ name: '张十已学习', withoutSuffix: '张十' }, short)).toEqual({
      name: '张十',
      ids: [10],
    })
  })

  it('tells a 接龙 from ordinary chat', () => {
    expect(looksLikeJielong('1. 张三\n2. 李四')).toBe(true)
    expect(looksLikeJielong('#接龙\n1. 张三')).toBe(true)
    expect(looksLikeJielong('今天学习二十大精神')).toBe(false)
    expect(looksLikeJielong('1. 张三')).toBe(false)
  })

  it('parses a 5,000-line 接龙 quickly', () => {
    const text = Array.from(
      { length: 5000 },
      (_, i) => `${i + 1}. 党员${String.fromCharCode(0x4e00 + i)}`,
    ).join('\n')
    const started = performance.now()
    expect(parseJielong(text).entries).toHaveLength(5000)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
