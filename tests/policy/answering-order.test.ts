// Choosing the answering unit by the asked-for kind across the retrieved units, not only within the best one.
import { describe, expect, it } from 'vitest'
import { answerFit, answeringOrder, composeQuote } from '../../handlers/policy/wording/compose.js'
import { parseDocument, type Article } from '../../handlers/policy/kb.js'
import type { Hit } from '../../handlers/policy/search/retrieval.js'

const { articles } = parseDocument(
  `---
id: t
title: 测试用林业贷款文件
---
## 抵押 用林权抵押贷款
鼓励用林权抵押办贷款，各地正在试点。
## 额度 林业贷款能批多少
个人最多批20万元，合作社最多批300万元。
## 流程 林业贷款怎么批
林业站初审后银行放款，财政按年拨付贴息。
## 利率 林业贷款的利率
林业贷款利率最高为LPR加100个基点。
## 超额 20万元以上部分的贴息
个人20万元以上部分怎么贴息，本库没有取得原文。
## 对象 哪些人能办林业贷款
有林权证的农户可以申请。
`,
  't.md',
)
const unit = (label: string): Article => {
  const a = articles.find((x) => x.label === label)
  if (!a) throw new Error(label)
  return a
}
const hits = (...pairs: [string, number][]): Hit[] =>
  pairs.map(([label, score]) => ({ article: unit(label), score }))
const order = (q: string, h: Hit[]) => answeringOrder(q, h).map((x) => x.article.label)
const wording = { whereToAsk: '请问12333。', sampleNote: '', officialNote: '' }

describe('the answering unit is chosen by the asked-for kind across the retrieved units', () => {
  it('a lower unit stating the asked amount answers when the best one has no amount', () => {
    const q = '拿林权去抵押，一共能借到好多钱'
    expect(answerFit(q, unit('抵押'))).toBe(0)
    expect(order(q, hits(['抵押', 100], ['额度', 70]))).toEqual(['额度', '抵押'])
    const text = composeQuote(q, answeringOrder(q, hits(['抵押', 100], ['额度', 70])), wording).text
    expect(text.startsWith('个人最多批20万元')).toBe(true)
    expect(text).toContain('林业贷款能批多少）')
  })

  it('a unit stating the rate outright beats one naming only 贴息, unless it ranks far lower', () => {
    const q = '林业贷款的利息顶多收到好多'
    expect(answerFit(q, unit('流程'))).toBeLessThan(answerFit(q, unit('利率')))
    expect(order(q, hits(['流程', 100], ['利率', 60]))).toEqual(['利率', '流程'])
    expect(order(q, hits(['流程', 100], ['利率', 40]))).toEqual(['流程', '利率'])
  })

  it('the best unit keeps the answer when it states the asked kind itself', () => {
    const q = '合作社那种最多能批好多钱'
    expect(order(q, hits(['额度', 100], ['利率', 90]))).toEqual(['额度', '利率'])
  })

  it('the best unit saying in its own words that the fact is not known still leads', () => {
    const q = '我借了25万，超出20万那部分的利息咋个贴'
    expect(order(q, hits(['超额', 100], ['利率', 95]))).toEqual(['超额', '利率'])
    const text = composeQuote(q, answeringOrder(q, hits(['超额', 100], ['利率', 95])), wording).text
    expect(text).toMatch(/^个人20万元以上部分怎么贴息，本库没有取得原文/)
  })

  it('keeps the ranking when no unit carries the asked kind, and the answer says it is not known', () => {
    const q = '用林权抵押，要等好多天才放款'
    expect(order(q, hits(['抵押', 100], ['对象', 90]))).toEqual(['抵押', '对象'])
    const text = composeQuote(q, answeringOrder(q, hits(['抵押', 100], ['对象', 90])), wording).text
    expect(text).toMatch(/^本库资料里没有写明/)
  })

  it('keeps the ranking when no concrete kind is asked', () => {
    expect(order('林业贷款是啥意思', hits(['抵押', 100], ['额度', 90]))).toEqual(['抵押', '额度'])
    expect(order('有林权证能不能办', hits(['抵押', 100], ['对象', 90]))).toEqual(['抵押', '对象'])
  })
})
