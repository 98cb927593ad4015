// What the member says he already did (执照办好了) is his story, not his subject; 开多久才能 asks the least time
// one must run before a grant (满6个月), not the deadline to apply within.
import { describe, expect, it } from 'vitest'
import { asksMinimumTime, statesMinimumTime } from '../../handlers/policy/question/minimum-wait.js'
import { toldDone } from '../../handlers/policy/question/story.js'
import { leadOf } from './replies.js'

describe('a done step told is story', () => {
  it('names the thing the member already has', () => {
    expect(toldDone('我的营业执照已经办下来了，想问下补贴')).toEqual(['营业执照'])
    expect(toldDone('证刚拿到 补贴咋个领')).toEqual([])
    expect(toldDone('执照都弄好了还要做啥')).toEqual(['执照'])
    expect(toldDone('执照办好了没有')).toEqual([])
    expect(toldDone('执照办下来要好久')).toEqual([])
  })
  it('does not pull the answer to the registration unit', () => {
    expect(leadOf('我在县城开了家五金店执照也拿到了那个开业补贴能给几千块')).toContain('5000元')
    expect(leadOf('个体户执照已经办好了，创业补贴要交些啥子材料')).toMatch(/身份证|营业执照/)
  })
})

describe('a least time before a grant', () => {
  it('is read from 才能 / 才给 / 满几个月 after a running verb', () => {
    expect(asksMinimumTime('店要经营多久才可以领补贴')).toBe(true)
    expect(asksMinimumTime('要营业满几个月才给钱')).toBe(true)
    expect(asksMinimumTime('补贴登记后多久以内要申请')).toBe(false)
    expect(asksMinimumTime('创业几年以内才能办青年贷')).toBe(false)
    expect(asksMinimumTime('执照要好久才拿得到')).toBe(false)
  })
  it('is stated by 满N个月 or N年以上, not by N年内', () => {
    expect(statesMinimumTime('正常经营满6个月给5000元')).toBe(true)
    expect(statesMinimumTime('运营1年以上的可以申报')).toBe(true)
    expect(statesMinimumTime('登记之日起2年内申请')).toBe(false)
  })
  it('leads with the months of running, not the two-year limit', () => {
    expect(leadOf('小面馆要经营多久才可以申请创业补贴')).toContain('6个月')
    expect(leadOf('开店补贴 营业好久才给')).toContain('6个月')
    expect(leadOf('第二笔补贴要干满多长时间才发')).toContain('18个月')
  })
})
