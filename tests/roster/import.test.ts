import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importRosterFile } from '../../handlers/roster/import.js'
import { RosterFileError } from '../../handlers/roster/parse.js'
import { tempDatabase } from '../support/temp-db.js'
import { bigRoster, HEADERS, xlsxBuffer, type Sheet } from './files.js'

let t: Awaited<ReturnType<typeof tempDatabase>>
let branchId: number

beforeEach(async () => {
  t = await tempDatabase()
  branchId = (await t.db.branch.create({ data: { name: '叙州区驻深圳流动党员支部' } })).id
})
afterEach(() => t.cleanup())

async function importSheet(sheet: Sheet) {
  return importRosterFile(t.db, branchId, { buffer: await xlsxBuffer(sheet), name: 'r.xlsx' })
}

const members = () => t.db.member.findMany({ where: { branchId }, orderBy: { id: 'asc' } })

describe('importRosterFile', () => {
  it('creates members and, on re-import, updates them instead of duplicating', async () => {
    const first = await importSheet([
      HEADERS,
      ['张三', '13812345678', '正式党员', '', '深圳'],
      ['李四', '13912345678'],
    ])
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0 })
    const again = await importSheet([
      HEADERS,
      ['张三', '138 1234 5678', '正式党员', '', '东莞'],
      ['李四', '13912345678'],
      ['王五', '13700001111'],
    ])
    expect(again).toMatchObject({ created: 1, updated: 1, unchanged: 1 })
    expect((await members()).map((m) => [m.name, m.city])).toEqual([
      ['张三', '东莞'],
      ['李四', null],
      ['王五', null],
    ])
  })

  it('matches by name when the roster entry has no phone yet, and never deletes anyone', async () => {
    await t.db.member.create({
      data: { branchId, name: '赵六', contactId: 'wx-zhao', checkedInAt: new Date() },
    })
    await t.db.member.create({ data: { branchId, name: '钱七', phone: '13600000000' } })
    const report = await importSheet([
      ['姓名', '手机号'],
      ['赵六', '13500000000'],
    ])
    expect(report).toMatchObject({ created: 0, updated: 1 })
    const all = await members()
    expect(all.map((m) => [m.name, m.phone, m.contactId])).toEqual([
      ['赵六', '13500000000', 'wx-zhao'],
      ['钱七', '13600000000', null],
    ])
  })

  it('takes a known name with a new phone, whose old phone is gone from the file, as a changed number', async () => {
    await importSheet([HEADERS, ['张三', '13812345678']])
    const report = await importSheet([HEADERS, ['张三', '13800000000']])
    expect(report).toMatchObject({ created: 0, updated: 1, flagged: [] })
    expect(report.phoneChanges).toMatchObject([{ row: 2, name: '张三', phone: '138****0000' }])
    expect((await members()).map((m) => m.phone)).toEqual(['13800000000'])
  })

  it('adds a second person when the name exists and the old phone is still in the file, and says so', async () => {
    await importSheet([HEADERS, ['张三', '13812345678']])
    const report = await importSheet([HEADERS, ['张三', '13812345678'], ['张三', '13800000000']])
    expect(report).toMatchObject({ created: 1, unchanged: 1, flagged: [] })
    expect(report.notes[0]?.reason).toContain('同名')
    expect(await members()).toHaveLength(2)
  })

  it('re-imports 300 rows with new cities as updates, never as new people', async () => {
    expect(await importSheet(bigRoster(300))).toMatchObject({ created: 300, skipped: [] })
    expect(await importSheet(bigRoster(300, '成都'))).toMatchObject({ created: 0, updated: 300 })
    expect(await t.db.member.count({ where: { branchId } })).toBe(300)
    expect(await t.db.member.count({ where: { branchId, city: '成都' } })).toBe(300)
  })

  it('imports nothing from a broken file', async () => {
    await expect(
      importRosterFile(t.db, branchId, { buffer: Buffer.from('not a zip'), name: 'r.xlsx' }),
    ).rejects.toBeInstanceOf(RosterFileError)
    expect(await members()).toHaveLength(0)
  })
})
