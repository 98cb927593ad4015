// Who issued or named something, and when a document was issued, asked in words beyond 哪个单位发的 / 几号.
import { describe, expect, it } from 'vitest'
import { leadOf } from '../../handlers/policy/wording/compose.js'
import { parseDocument, type Article } from '../../handlers/policy/kb.js'

const { articles } = parseDocument(
  `---
id: t
title: 测试用林下经济办法
---
## 办法 林下经济办法是什么文件
林下经济办法是2019年出的文件，写了林下种植和养殖的扶持。这份办法由省林业厅、省农业厅和农业银行四川省分行联合印发，网站页面日期2019-03-02。它的文号本库尚未核实。
## 评选 林下经济示范基地
全省要评100个林下经济示范基地。省林下经济工作领导小组依据这个办法命名了第一批30个示范基地。
## 会议 林下经济办法的审议
办法的具体印发日期本库尚未核实。2019年2月20日省政府专题会议审议了这个办法。
`,
  't.md',
)
const unit = (label: string): Article => {
  const a = articles.find((x) => x.label === label)
  if (!a) throw new Error(label)
  return a
}
const lead = (q: string, label: string) => leadOf(q, unit(label)).sentence

describe('who issued or named it leads the answer', () => {
  it('a choice between two bodies is answered by the sentence naming who issued it', () => {
    expect(lead('林下经济办法是林业厅出的还是银行出的', '办法')).toContain('联合印发')
  })
  it('several bodies issuing it together', () => {
    expect(lead('林下经济办法是哪几家部门联合搞的', '办法')).toContain('联合印发')
  })
  it('who named the demonstration bases', () => {
    expect(lead('第一批示范基地是哪个机构命名的', '评选')).toContain('领导小组')
  })
})

describe('when a document was issued leads the answer', () => {
  it('好久发的 is answered by the sentence with the date', () => {
    expect(lead('林下经济办法好久发的', '办法')).toContain('2019-03-02')
  })
  it('of two dated sentences, the one sharing the member’s words (专题会议) answers', () => {
    expect(lead('听说办法是开专题会议审的，那个专题会议是哪天', '会议')).toContain('2月20日')
  })
})

describe('a figure before it was changed leads the answer', () => {
  const { articles: limits } = parseDocument(
    `---
id: u
title: 测试用林业贷款办法
---
## 额度 林业贷款能批多少
个人林业贷款最高20万元。这个额度是今年定的，把个人额度从10万元提到20万元。
`,
    'u.md',
  )
  const quota = limits[0] as Article
  it('原先最多批几万 is answered by the sentence with the old figure', () => {
    expect(leadOf('林业贷款原先最多批几万', quota).sentence).toContain('从10万元')
  })
  it('a member who states the old figure asks the new one', () => {
    expect(leadOf('以前最多10万，现在能批好多', quota).sentence).toContain('最高20万元')
  })
})
