// The later payment of a grant asked with the first one in the story is answered by the unit saying the grant
// comes in instalments (最高1万元), not by a loan unit; an instalment of a loan is not the grant's.
import { describe, expect, it } from 'vitest'
import { instalmentFactor } from '../../handlers/policy/search/instalments.js'
import { leadOf } from './replies.js'

describe('the later instalment of the start-up grant', () => {
  it('leads with the grant’s cap', () => {
    expect(leadOf('种植合作社办了二十个月，头一笔五千到手了，剩下那笔最多能补好多')).toContain('1万元')
  })
  it('a loan’s instalment gets no lift', () => {
    expect(instalmentFactor('第一笔贷款还清了，第二笔能贷好多', '创业补贴分两笔')).toBe(1)
    expect(instalmentFactor('剩下那笔最多能补好多', '创业补贴分两笔')).toBeGreaterThan(1)
  })
})
