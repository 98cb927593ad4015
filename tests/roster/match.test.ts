// The matcher on its own (no files, no database): what 导入名册 and, later, 双向对账 rely on.
import { describe, expect, it } from 'vitest'
import { matchPeople, type KnownPerson, type PersonKeys } from '../../handlers/roster/match.js'
import { fakeIdNumber } from './files.js'

const person = (name: string, phone: string | null, idNumber: string | null = null): PersonKeys => ({
  name,
  phone,
  idNumber,
})
let nextId = 0
const known = (name: string, phone: string | null, idNumber: string | null = null): KnownPerson => ({
  id: ++nextId,
  ...person(name, phone, idNumber),
})

const summary = (rows: PersonKeys[], members: KnownPerson[]) => {
  const result = matchPeople(rows, members)
  return {
    rows: result.rows.map((m) =>
      m.kind === 'matched'
        ? `${m.row.name}: ${m.by}→${m.member.id}${m.phoneChanged ? ' 换号' : ''}${m.renamed ? ' 改名' : ''}`
        : m.kind === 'ambiguous'
          ? `${m.row.name}: ${m.why} [${m.candidates.map((c) => c.id).join(',')}]`
          : `${m.row.name}: added`,
    ),
    unmatched: result.unmatched.map((m) => m.id),
  }
}

describe('matchPeople', () => {
  it('goes by ID number first, then phone, then a name whose old phone left the file; lists who was not found', () => {
    nextId = 0
    const members = [
      known('王建国', '13800000001', fakeIdNumber(1)), // 1
      known('李娟', '13800000002'), // 2
      known('赵强', '13800000003'), // 3
      known('孙浩', '13800000004'), // 4: not in the file
    ]
    const rows = [
      person('王建囯', '13500000001', fakeIdNumber(1)),
      person('李娟', '13800000002'),
      person('赵强', '13900000003'),
      person('何平', '13700000005'),
    ]
    expect(summary(rows, members)).toEqual({
      rows: ['王建囯: idNumber→1 换号 改名', '李娟: phone→2', '赵强: name→3 换号', '何平: added'],
      unmatched: [4],
    })
  })

  it('never pairs people whose ID numbers differ, and says why a row stays open', () => {
    nextId = 0
    const members = [
      known('张伟', '13800001234', fakeIdNumber(7)),
      known('李娟', '13800000002', fakeIdNumber(8)),
    ]
    const rows = [
      person('张伟', '13900000000', fakeIdNumber(9)),
      person('李四', '13800000002', fakeIdNumber(10)),
    ]
    expect(summary(rows, members)).toEqual({
      rows: ['张伟: added', '李四: phone-of-other-id [2]'],
      unmatched: [1, 2],
    })
  })

  it('does not guess between namesakes', () => {
    nextId = 0
    const members = [known('张伟', '13800001234'), known('张伟', '13800005678'), known('李明', null)]
    const rows = [person('张伟', '13900000000'), person('李明', '13600000001'), person('李明', '13600000002')]
    expect(summary(rows, members).rows).toEqual([
      '张伟: several-namesakes [1,2]',
      '李明: several-rows [3]',
      '李明: several-rows [3]',
    ])
  })
})
