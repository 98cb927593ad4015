// Issue 14, round 12: sums a member says in Chinese numerals are read like digits. Questions worded for this test.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { arabicSums, numeralValue } from '../../handlers/policy/numerals.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { firstSentence } from '../../scripts/eval-policy.js'

const service = createPolicyService()
const reply = (q: string) => groundedReply(service, q)

describe('sums in Chinese numerals', () => {
  it('reads plain counts below 万 and leaves other numerals alone', () => {
    expect(numeralValue('五十')).toBe(50)
    expect(numeralValue('一千二百')).toBe(1200)
    expect(numeralValue('十五')).toBe(15)
    expect(numeralValue('五六')).toBeNull()
    expect(arabicSums('贷三十万，还想要两千块')).toBe('贷30万，还想要2000块')
    expect(arabicSums('千万别忘了二十二条')).toBe('千万别忘了二十二条')
  })

  it('answers a limit named in Chinese numerals instead of declining', () => {
    const r = reply('六百万那个企业额度用到哪年为止')
    expect(r.answer.mode).toBe('quote')
    expect(firstSentence(r.answer.text ?? '')).toMatch(/2027年12月31日/)
  })
})
