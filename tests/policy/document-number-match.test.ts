// A question naming a document by its number is not answered by a unit headed by another document's number.
import { describe, expect, it } from 'vitest'
import { namesOtherDocument } from '../../handlers/policy/search/document-match.js'
import { parseDocument, type Article } from '../../handlers/policy/kb.js'

const { articles } = parseDocument(
  `---
id: t
title: 测试用养蜂扶持办法
docNumber: 川农规〔2024〕3号
---
## 概况 养蜂扶持办法是什么
川农规〔2024〕3号是省农业厅印发的养蜂扶持办法。
## 配套 养蜂保险的配套通知川林金〔2024〕12号
川林金〔2024〕12号是省林业厅印发的配套通知，页面日期2024年5月2日。
`,
  't.md',
)
const unit = (label: string): Article => {
  const a = articles.find((x) => x.label === label)
  if (!a) throw new Error(label)
  return a
}

describe('the document number a question names', () => {
  it('a unit headed by another number does not answer 川农规2024年3号', () => {
    expect(namesOtherDocument('川农规2024年3号说了些啥', unit('配套'))).toBe(true)
    expect(namesOtherDocument('川农规2024年3号说了些啥', unit('概况'))).toBe(false)
  })
  it('the unit headed by the number asked, written short, answers it', () => {
    expect(namesOtherDocument('川林金12号是哪天的', unit('配套'))).toBe(false)
  })
  it('a question naming no number is not affected', () => {
    expect(namesOtherDocument('养蜂保险的配套通知哪天出的', unit('配套'))).toBe(false)
  })
})

describe('the count of measures a question names a document by', () => {
  const { articles: others } = parseDocument(
    `---
id: v
title: 促进养蜂十八条措施
---
## 方面 十八条分几个方面
十八条措施分三个方面。
## 配套 和十八条一起用的文件
和十八条一起用的还有《养蜂服务九条措施》。
`,
    'v.md',
  )
  const of = (label: string) => others.find((a) => a.label === label) as Article
  it('a unit of the 十八条 document does not answer 九条 unless it speaks of 九条', () => {
    expect(namesOtherDocument('12条措施分哪几个方面', of('方面'))).toBe(true)
    expect(namesOtherDocument('九条措施是啥', of('配套'))).toBe(false)
  })
  it('the document named by its own count, in figures or numerals', () => {
    expect(namesOtherDocument('18条分几个方面', of('方面'))).toBe(false)
    expect(namesOtherDocument('十八条分几个方面', of('方面'))).toBe(false)
  })
})
