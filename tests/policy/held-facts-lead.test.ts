// A unit that holds the asked fact leads with it, not with a generated "not known": an act after a course name
// (IYB补好多) asks about the course, and 团委管不管 asks who leads a scheme.
import { describe, expect, it } from 'vitest'
import { leadOf } from '../../handlers/policy/wording/compose.js'
import { parseDocument, type Article } from '../../handlers/policy/kb.js'
import { unknownObject } from '../../handlers/policy/wording/unknowns.js'

const { articles } = parseDocument(
  `---
id: t
title: 测试用青年养殖贷办法
---
## 养殖贷 青年养殖贷款
25至35岁的青年养殖户可以申请2万至8万元的养殖贷款，免息。这是青年养殖促进计划，由省农业厅和团省委牵头。
`,
  't.md',
)
const unit = (label: string): Article => {
  const a = articles.find((x) => x.label === label)
  if (!a) throw new Error(label)
  return a
}

describe('an act after a known word makes no unknown compound', () => {
  const knows = (w: string) => ['iyb', 'syb', '培训', '贷款'].includes(w)
  it('IYB补好多 / SYB领好多 ask about the course', () => {
    expect(unknownObject('IYB补好多', knows)).toBe('')
    expect(unknownObject('SYB领好多钱', knows)).toBe('')
  })
  it('a noun after a word still makes one (培训押金)', () => {
    expect(unknownObject('培训押金是好多', knows)).not.toBe('')
  })
})

describe('who leads a scheme answers 管不管', () => {
  it('the sentence naming the lead bodies leads', () => {
    expect(leadOf('青年养殖贷去哪个部门办，团委管不管', unit('养殖贷')).sentence).toContain('团省委')
    expect(leadOf('养殖贷归谁管，到哪办', unit('养殖贷')).sentence).toContain('牵头')
  })
})
