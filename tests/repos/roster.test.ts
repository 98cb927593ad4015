// The roster on both databases: imports are all or nothing, 报到 races between processes, counts.
import { expect, it } from 'vitest'
import { findMembersByName } from '../../prisma/repos/core/members.js'
import { countRoster, linkContactIfFree, relinkContact } from '../../prisma/repos/roster/checkin.js'
import { ensureBranch, importMembers, type MemberWrite } from '../../prisma/repos/roster/members.js'
import { describeOnEachProvider, uniqueName } from './providers.js'

const at = new Date('2026-03-04T12:00:00Z')
const person = (name: string, phone: string, category?: string): MemberWrite => ({
  name,
  phone,
  idNumber: null,
  details: category ? { category } : {},
})

describeOnEachProvider('roster repositories', (t) => {
  const newBranch = async () => ensureBranch(t.db(), uniqueName('名册支部'))

  it('imports new members and updates changed ones in one go', async () => {
    const branch = await newBranch()
    await importMembers(t.db(), branch.id, () => ({
      creates: [person('张伟', '13800000001'), person('李娟', '13800000002')],
      updates: [],
    }))
    const result = await importMembers(t.db(), branch.id, (existing) => ({
      creates: [person('赵强', '13800000003')],
      updates: existing.filter((m) => m.name === '李娟').map((m) => ({ id: m.id, data: { city: '深圳' } })),
    }))
    expect(result.creates).toHaveLength(1)
    const members = await t.db().member.findMany({ where: { branchId: branch.id }, orderBy: { id: 'asc' } })
    expect(members.map((m) => [m.name, m.city])).toEqual([
      ['张伟', null],
      ['李娟', '深圳'],
      ['赵强', null],
    ])
  })

  it('leaves the roster untouched when an import fails halfway', async () => {
    const branch = await newBranch()
    const many = Array.from({ length: 600 }, (_, i) =>
      person(`党员${i}`, `1390000${String(i).padStart(4, '0')}`),
    )
    const failing = importMembers(
      t.db(),
      branch.id,
      () => ({ creates: many, updates: [] }),
      (done) => {
        if (done >= 500) throw new Error('磁盘已满')
      },
    )
    await expect(failing).rejects.toThrow('磁盘已满')
    expect(await t.db().member.count({ where: { branchId: branch.id } })).toBe(0)
  })

  it('creates a branch once when two processes import into it at the same moment', async () => {
    const name = uniqueName('同时导入支部')
    const [a, b] = await Promise.all([ensureBranch(t.db(), name), ensureBranch(t.otherProcess(), name)])
    expect(a.id).toBe(b.id)
    expect(await t.db().branch.count({ where: { name } })).toBe(1)
  })

  it('links a roster entry to only one of two contacts doing 报到 at the same moment', async () => {
    const branch = await newBranch()
    const member = await t.db().member.create({ data: { branchId: branch.id, name: '张伟' } })
    const results = await Promise.all([
      linkContactIfFree(t.db(), member.id, { id: uniqueName('wxid_a'), name: '张伟' }, at),
      linkContactIfFree(t.otherProcess(), member.id, { id: uniqueName('wxid_b'), name: '伟' }, at),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('links a contact to only one of two entries with its name, even when both try at once', async () => {
    const branch = await newBranch()
    const [first, second] = await Promise.all(
      [1, 2].map(() => t.db().member.create({ data: { branchId: branch.id, name: '王芳' } })),
    )
    const contact = { id: uniqueName('wxid_wf'), name: '王芳' }
    const results = await Promise.all([
      linkContactIfFree(t.db(), first!.id, contact, at),
      linkContactIfFree(t.otherProcess(), second!.id, contact, at),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await t.db().member.count({ where: { branchId: branch.id, contactId: contact.id } })).toBe(1)
  })

  it('re-links a contact to another entry and frees the entry it had', async () => {
    const branch = await newBranch()
    const contact = { id: uniqueName('wxid_lj'), name: '李娟' }
    const wrong = await t.db().member.create({
      data: { branchId: branch.id, name: '李娟', contactId: contact.id, checkedInAt: at },
    })
    const right = await t.db().member.create({ data: { branchId: branch.id, name: '李娟' } })
    const result = await relinkContact(t.db(), right, contact, at)
    expect(result.unlinkedFrom).toEqual({ id: wrong.id, name: '李娟' })
    const after = await findMembersByName(t.db(), branch.id, '李娟')
    expect(after.map((m) => m.contactId)).toEqual([null, contact.id])
  })

  it('matches names exactly, letter case included', async () => {
    const branch = await newBranch()
    await t.db().member.create({ data: { branchId: branch.id, name: 'Li Wei' } })
    expect(await findMembersByName(t.db(), branch.id, 'Li Wei')).toHaveLength(1)
    expect(await findMembersByName(t.db(), branch.id, 'li wei')).toHaveLength(0)
  })

  it('counts the roster by category, largest first and entries without a category last', async () => {
    const branch = await newBranch()
    await importMembers(t.db(), branch.id, () => ({
      creates: [
        person('甲', '1', '流入党员'),
        person('乙', '2'),
        person('丙', '3', '在册党员'),
        person('丁', '4', '在册党员'),
        person('戊', '5'),
        person('己', '6'),
      ],
      updates: [],
    }))
    const counts = await countRoster(t.db(), branch.id)
    expect(counts).toEqual({
      total: 6,
      checkedIn: 0,
      byCategory: [
        { category: '在册党员', count: 2 },
        { category: '流入党员', count: 1 },
        { category: null, count: 3 },
      ],
    })
  })
})
