// 今年/新政/最新 name the policy in force; 减好多 is answered by a cut by half; a heading naming two topics lets
// either topic word pick its own sentence.
import { describe, expect, it } from 'vitest'
import { leadOf } from '../../handlers/policy/wording/compose.js'
import { answersKindOf } from '../../handlers/policy/question/intent.js'
import { parseDocument, type Article } from '../../handlers/policy/kb.js'
import { retrieve } from '../../handlers/policy/search/retrieval.js'
import { createPolicyService } from '../../handlers/policy/service.js'

const { articles } = parseDocument(
  `---
id: t
title: 测试用税费办法
---
## 税费 印花税和水利基金减免
小微企业的印花税按应纳税额的2000元以下部分免征。合作社的水利基金减半征收。
`,
  't.md',
)
const unit = (label: string): Article => {
  const a = articles.find((x) => x.label === label)
  if (!a) throw new Error(label)
  return a
}

describe('a cut by half answers 减好多', () => {
  it('减半 answers how much is taken off', () => {
    expect(answersKindOf('水利基金能减好多', '合作社的水利基金减半征收。', 'amount')).toBe(true)
    expect(answersKindOf('这个费减多少', '免征。', 'amount')).toBe(true)
  })
  it('the topic word of a two-topic heading picks its sentence', () => {
    expect(leadOf('水利基金有没有优惠，减好多', unit('税费')).sentence).toContain('水利基金')
  })
})

describe('今年/新政/最新 name the document in force', () => {
  const service = createPolicyService()
  const top = (q: string) => retrieve(service.index, q, service.retrieval)[0]?.article.doc.title ?? ''
  it('the number of this year’s policy is the 2025 one', () => {
    expect(top('今年出的那个创业政策文号是多少')).toContain('创业带动就业')
    expect(top('新政的发文字号是啥')).toContain('创业带动就业')
  })
})
