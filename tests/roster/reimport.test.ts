// Re-importing real-looking 台账 files: people who changed numbers are updated (never added twice), ID numbers
// match people across imports, footers are set aside, and what cannot be decided is flagged privately.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { importRosterFile, type ImportReport } from '../../handlers/roster/import.js'
import { groupImportReport, importSummary, privateImportDetail } from '../../handlers/roster/report.js'
import { tempDatabase } from '../support/temp-db.js'
import { checkInAndAttend } from './history.js'
import { csvText, fakeIdNumber, gbk, xlsxBuffer, type Sheet } from './files.js'

let t: Awaited<ReturnType<typeof tempDatabase>>
let branchId: number

// One database for the file (migrating is the slow part); each test gets a branch of its own.
beforeAll(async () => {
  t = await tempDatabase()
})
afterAll(() => t.cleanup())
let branches = 0
beforeEach(async () => {
  branches += 1
  branchId = (await t.db.branch.create({ data: { name: `叙州区驻深圳流动党员支部${branches}` } })).id
})

interface Person {
  name: string
  phone: string
  city: string
  id?: string
}

const PEOPLE: Person[] = [
  '王建国',
  '李娟',
  '赵强',
  '张伟',
  '刘芳',
  '陈明',
  '杨丽',
  '黄磊',
  '周敏',
  '吴涛',
  '郑洁',
  '孙浩',
].map((name, i) => ({ name, phone: `1380000${String(i + 1).padStart(4, '0')}`, city: '深圳市宝安区' }))

const footers = (count: number): Sheet => [
  [`合计：${count}人`],
  ['填表人：王书记', '', '', '', '联系电话：13800009999'],
  ['', '审核人：李委员'],
  ['制表日期：2026年3月1日'],
  ['备注说明：现居住地填到区县；党员类别按正式、预备填写。'],
]

/** Shaped like an office's ledger: title, 序号, numbers and dates stored as such, a 备注 column, footers. */
function ledger(people: Person[], options: { idColumn?: boolean; footers?: Sheet } = {}): Sheet {
  const id = options.idColumn ? ['身份证号码'] : []
  const header = [
    '序号',
    '姓名',
    '性别',
    '出生年月',
    ...id,
    '联系电话',
    '流出地党组织',
    '现居住地',
    '入党时间',
    '备注',
  ]
  const rows = people.map((p, i) => [
    i + 1,
    p.name,
    '男',
    new Date('1985-06-01'),
    ...(options.idColumn ? [p.id ?? null] : []),
    Number(p.phone),
    '宜宾市叙州区高场镇党委',
    p.city,
    new Date('2008-07-01'),
    null,
  ])
  return [
    ['叙州区驻深圳流动党员支部党员台账'],
    ['填报单位（盖章）：'],
    header,
    ...rows,
    ...(options.footers ?? footers(people.length)),
  ]
}

const importXlsx = async (sheet: Sheet) =>
  importRosterFile(t.db, branchId, { buffer: await xlsxBuffer(sheet), name: '台账.xlsx' })
const importGbkCsv = (sheet: Sheet) =>
  importRosterFile(t.db, branchId, { buffer: gbk(csvText(sheet)), name: '台账.csv' })

const members = () => t.db.member.findMany({ where: { branchId }, orderBy: { id: 'asc' } })
const figures = (r: ImportReport) => ({
  added: r.created,
  updated: r.updated,
  phoneChanged: r.phoneChanges.length,
  unchanged: r.unchanged,
  flagged: r.flagged.length,
  skipped: r.skipped.length,
})
const allText = (r: ImportReport) =>
  [JSON.stringify(r), groupImportReport(r, true), privateImportDetail(r, '支部')].join('\n')

describe('re-importing a ledger after people changed phone numbers', () => {
  it('updates them in place, keeps check-in and attendance, adds only the newcomer', async () => {
    const first = await importXlsx(ledger(PEOPLE))
    expect(figures(first)).toMatchObject({ added: 12, skipped: 0 })
    expect(first.ignored.map((r) => r.row)).toEqual([16, 17, 18, 19, 20])
    const liId = (await t.db.member.findFirstOrThrow({ where: { branchId, name: '李娟' } })).id
    await checkInAndAttend(t.db, liId, 'wx-lijuan')

    const changed = PEOPLE.map((p) => ({ ...p }))
    changed[1] = { ...PEOPLE[1]!, phone: '13912340002' } // 李娟, checked in
    changed[4] = { ...PEOPLE[4]!, phone: '13912340005' }
    changed[7] = { ...PEOPLE[7]!, phone: '13912340008' }
    changed[9] = { ...PEOPLE[9]!, city: '东莞市长安镇' }
    changed.pop() // 孙浩 is not in the new file: kept, never deleted
    changed.push({ name: '何平', phone: '13700000013', city: '深圳市龙华区' })
    const second = await importGbkCsv(ledger(changed, { footers: [['合计：12人'], ['填表人：王书记']] }))

    console.info('re-import after 3 phone changes:', JSON.stringify(figures(second)))
    expect(figures(second)).toEqual({
      added: 1,
      updated: 4,
      phoneChanged: 3,
      unchanged: 7,
      flagged: 0,
      skipped: 0,
    })
    expect(second.phoneChanges.map((p) => [p.row, p.name])).toEqual([
      [5, '李娟'],
      [8, '刘芳'],
      [11, '黄磊'],
    ])
    expect(second.phoneChanges[0]?.reason).toBe('更换手机号（原 138****0002），报到和出勤记录保留')
    const all = await members()
    expect(all).toHaveLength(13)
    expect(all.filter((m) => m.name === '李娟')).toMatchObject([
      { id: liId, phone: '13912340002', contactId: 'wx-lijuan' },
    ])
    expect(await t.db.attendance.count({ where: { memberId: liId } })).toBe(1)
    expect(all.map((m) => m.name)).toContain('孙浩')
    expect(groupImportReport(second, true)).toContain('更新 4 人（其中更换手机号 3 人）')
    expect(allText(second)).not.toMatch(/1[3-9]\d{9}/)
  })

  it('gives the figures npm run roster:import prints for the sample ledger and its update', async () => {
    const sample = (name: string) => ({ buffer: readFileSync(`prisma/seed/${name}`), name })
    await importRosterFile(t.db, branchId, sample('示例名册.csv'))
    const report = await importRosterFile(t.db, branchId, sample('示例名册-换号后.csv'))
    expect(importSummary(report)).toBe(
      '名册导入完成：新增 1 人，更新 4 人（其中更换手机号 3 人），无变化 6 人，跳过 0 行。',
    )
    expect(report.phoneChanges.map((p) => [p.row, p.name])).toEqual([
      [4, '李娟'],
      [5, '赵强'],
      [6, '张伟'],
    ])
    expect(report.ignored).toHaveLength(4)
    expect((await members()).filter((m) => m.name === '张伟').map((m) => m.phone)).toEqual([
      '13900001234',
      '13800005678',
    ])
  })

  it('treats a namesake whose number is still in the file as a second person, and flags a real doubt', async () => {
    await importXlsx(
      ledger([
        { name: '张伟', phone: '13800001234', city: '深圳' },
        { name: '张伟', phone: '13800005678', city: '东莞' },
        { name: '李明', phone: '13800000003', city: '深圳' },
      ]),
    )
    const report = await importXlsx(
      ledger([
        { name: '张伟', phone: '13800001234', city: '深圳' },
        { name: '张伟', phone: '13900005678', city: '东莞' },
        { name: '张伟', phone: '13700000001', city: '惠州' },
        { name: '李明', phone: '13900000003', city: '深圳' },
        { name: '李明', phone: '13700000003', city: '广州' },
      ]),
    )
    console.info('namesakes:', JSON.stringify(figures(report)))
    // 张伟 1234 is unchanged. Two new 张伟 rows compete for the one 张伟 whose number vanished: both flagged.
    // Two 李明 rows compete for one 李明: both flagged too. Nothing is merged on a guess.
    expect(figures(report)).toMatchObject({ added: 4, updated: 0, unchanged: 1, flagged: 4 })
    expect(report.flagged.map((f) => f.row)).toEqual([5, 6, 7, 8])
    expect(report.flagged[0]?.reason).toContain('无法确定哪一行是他（她）')
    const group = groupImportReport(report, true)
    expect(group).toContain('新增的人中有 4 人可能与名册中的同名党员是同一人，请核对。')
    expect(group).not.toContain('第5行')
    expect(privateImportDetail(report, '支部')).toContain('第5行 张伟 139****5678：已新增，请核对：')
  })

  it('flags a row when several namesakes on the roster lost their numbers', async () => {
    await importXlsx(
      ledger([
        { name: '张伟', phone: '13800001234', city: '深圳' },
        { name: '张伟', phone: '13800005678', city: '东莞' },
      ]),
    )
    const report = await importXlsx(ledger([{ name: '张伟', phone: '13900000000', city: '深圳' }]))
    expect(figures(report)).toMatchObject({ added: 1, flagged: 1 })
    expect(report.flagged[0]?.reason).toContain('名册中有几位“张伟”的原手机号都不在本次文件中')
  })
})

describe('ID numbers (身份证号)', () => {
  const withIds = PEOPLE.slice(0, 4).map((p, i) => ({ ...p, id: fakeIdNumber(i + 1) }))

  it('match people across imports whatever their phone and name, and are stored but never shown', async () => {
    await importXlsx(ledger(withIds, { idColumn: true }))
    expect((await members()).map((m) => m.idNumber)).toEqual(withIds.map((p) => p.id))

    const next = withIds.map((p) => ({ ...p, phone: p.phone.replace(/^138/, '135') }))
    next[0] = { ...next[0]!, name: '王建国' } // same
    next[1] = { ...next[1]!, name: '李 娟娟' } // renamed (a typo fixed)
    // The old 15-digit form of 张伟's number: the same person.
    next[3] = { ...next[3]!, id: `${fakeIdNumber(4).slice(0, 6)}${fakeIdNumber(4).slice(8, 17)}` }
    const report = await importGbkCsv(ledger(next, { idColumn: true }))
    expect(figures(report)).toMatchObject({ added: 0, updated: 4, phoneChanged: 4, flagged: 0 })
    expect(report.notes.map((n) => n.reason)).toEqual(['身份证号与名册中的“李娟”相同，已把姓名改为“李娟娟”'])
    expect((await members()).map((m) => [m.name, m.idNumber])).toEqual(
      next.map((p, i) => [p.name.replace(' ', ''), fakeIdNumber(i + 1)]),
    )
    const text = allText(report)
    for (const p of withIds) expect(text).not.toContain(p.id?.slice(0, 14))
  })

  it('tells apart two namesakes with different ID numbers, and fills in a missing ID number', async () => {
    await importXlsx(
      ledger([{ name: '张伟', phone: '13800001234', city: '深圳', id: fakeIdNumber(7) }], { idColumn: true }),
    )
    await t.db.member.create({ data: { branchId, name: '李娟', phone: '13800000002' } })
    const report = await importXlsx(
      ledger(
        [
          { name: '张伟', phone: '13900009999', city: '东莞', id: fakeIdNumber(8) },
          { name: '李娟', phone: '13800000002', city: '深圳', id: fakeIdNumber(9) },
        ],
        { idColumn: true },
      ),
    )
    expect(figures(report)).toMatchObject({ added: 1, updated: 1, flagged: 0 })
    expect((await members()).map((m) => [m.name, m.phone, m.idNumber])).toEqual([
      ['张伟', '13800001234', fakeIdNumber(7)],
      ['李娟', '13800000002', fakeIdNumber(9)],
      ['张伟', '13900009999', fakeIdNumber(8)],
    ])
  })

  it('reports invalid ID numbers by row without echoing them, and still imports the person', async () => {
    const good = fakeIdNumber(5)
    const wrongCheck = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0')
    const people = [
      { name: '张三', phone: '13800000001', city: '深圳', id: wrongCheck },
      { name: '李四', phone: '13800000002', city: '深圳', id: '51152119850601' },
      { name: '王五', phone: '13800000003', city: '深圳', id: '5.11521E+17' },
      { name: '赵六', phone: '13800000004', city: '深圳', id: good.toLowerCase() },
    ]
    const report = await importXlsx(ledger(people, { idColumn: true }))
    expect(figures(report)).toMatchObject({ added: 4, skipped: 0 })
    expect(report.notes.map((n) => [n.row, n.name])).toEqual([
      [4, '张三'],
      [5, '李四'],
      [6, '王五'],
    ])
    expect(report.notes[0]?.reason).toContain('校验位不对')
    expect(report.notes[1]?.reason).toContain('应为18位')
    expect(report.notes[2]?.reason).toContain('科学计数法')
    expect(allText(report)).not.toMatch(/\d{14}|5\.11521/)
    expect((await members()).map((m) => m.idNumber)).toEqual([null, null, null, good])
  })

  it('merges a person listed twice under one ID number and refuses the number for another name', async () => {
    const id = fakeIdNumber(3)
    const report = await importXlsx(
      ledger(
        [
          { name: '张三', phone: '13800000001', city: '深圳', id },
          { name: '张三', phone: '13800000002', city: '深圳', id },
          { name: '李四', phone: '13800000003', city: '深圳', id },
        ],
        { idColumn: true },
      ),
    )
    expect(figures(report)).toMatchObject({ added: 1, skipped: 1 })
    expect(report.notes.map((n) => n.reason)).toEqual(['与第4行身份证号相同，已合并（手机号以第4行为准）'])
    expect(report.skipped[0]?.reason).toBe('身份证号与第4行（张三）重复，未导入')
  })
})
