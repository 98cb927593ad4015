// 导出 → 导入名册 changes nothing: the bot's own export workbook, written and read back, is a roster file.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAttendanceWorkbook } from '../../handlers/attendance/workbook.js'
import { importRosterFile } from '../../handlers/roster/import.js'
import { ROSTER_DETAIL_FIELDS } from '../../prisma/repos/roster/members.js'
import { tempDatabase } from '../support/temp-db.js'
import { fakeIdNumber, xlsxBuffer } from './files.js'
import { checkInAndAttend } from './history.js'

let t: Awaited<ReturnType<typeof tempDatabase>>
beforeAll(async () => {
  t = await tempDatabase()
})
afterAll(() => t.cleanup())

const newBranch = async (name: string) => (await t.db.branch.create({ data: { name } })).id
const HEADER = [
  '姓名',
  '联系电话',
  '公民身份号码',
  '党员类别',
  '流出地党组织',
  '现居住地',
  '工作单位',
  '从事行业',
  '返乡创业意愿',
  '任村干部意愿',
  '备注',
]
const LEDGER = [
  HEADER,
  [
    '王建国',
    '13800000001',
    fakeIdNumber(1),
    '正式党员',
    '高场镇党委',
    '深圳',
    '富士康',
    '电子',
    '有',
    '无',
    '夜班',
  ],
  ['李娟', '13800000002', fakeIdNumber(2), '预备党员', '柏溪镇党委', '东莞', '', '', '', '', ''],
  ['张伟', '13800001234', '', '正式党员', '高场镇党委', '深圳', '顺丰', '物流', '无', '有', ''],
  ['张伟', '13800005678', '', '', '', '', '', '', '', '', '入党积极分子转正'],
  ['吉克·曲布', '13800000005', fakeIdNumber(5), '正式党员', '', '惠州', '', '建筑', '', '', ''],
]

async function exportedFile(branchId: number): Promise<Buffer> {
  const workbook = await buildAttendanceWorkbook(t.db, branchId)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function allCellText(buffer: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const texts: string[] = []
  workbook.eachSheet((sheet) => sheet.eachRow((row) => texts.push(JSON.stringify(row.values))))
  return texts.join('\n')
}

const roster = (branchId: number) =>
  t.db.member
    .findMany({ where: { branchId }, orderBy: { id: 'asc' } })
    .then((members) => members.map((m) => [m.name, m.phone, ...ROSTER_DETAIL_FIELDS.map((f) => m[f])]))

describe('export → re-import', () => {
  it('changes nothing: 0 added, 0 updated, and keeps check-ins, exemptions and attendance', async () => {
    const branchId = await newBranch('往返支部')
    const first = await importRosterFile(t.db, branchId, {
      buffer: await xlsxBuffer(LEDGER),
      name: '台账.xlsx',
    })
    expect(first).toMatchObject({ created: 5, skipped: [], notes: [expect.anything()] })
    const wang = await t.db.member.findFirstOrThrow({ where: { branchId, name: '王建国' } })
    await checkInAndAttend(t.db, wang.id, 'wx-wang')
    await t.db.member.update({ where: { id: wang.id }, data: { exempt: true, exemptReason: '出海务工' } })
    const before = await roster(branchId)

    const file = await exportedFile(branchId)
    const again = await importRosterFile(t.db, branchId, { buffer: file, name: '往返支部-出勤.xlsx' })
    console.info(
      `round trip: 新增 ${again.created}，更新 ${again.updated}，无变化 ${again.unchanged}，跳过 ${again.skipped.length}`,
    )
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, skipped: [], notes: [], flagged: [] })
    expect(await roster(branchId)).toEqual(before)
    expect(await t.db.member.findUniqueOrThrow({ where: { id: wang.id } })).toMatchObject({
      contactId: 'wx-wang',
      exempt: true,
      idNumber: fakeIdNumber(1),
    })
    expect(await t.db.attendance.count({ where: { memberId: wang.id } })).toBe(1)
  })

  it('carries every roster column into a new branch, and never the ID numbers', async () => {
    const from = await newBranch('原支部')
    await importRosterFile(t.db, from, { buffer: await xlsxBuffer(LEDGER), name: '台账.xlsx' })
    const file = await exportedFile(from)
    expect(await allCellText(file)).not.toMatch(/110105\d{8}/)
    const to = await newBranch('新支部')
    const copy = await importRosterFile(t.db, to, { buffer: file, name: '原支部-出勤.xlsx' })
    expect(copy).toMatchObject({ created: 5, skipped: [] })
    expect(await roster(to)).toEqual(await roster(from))
  })

  it('reads files exported before the headers changed (类别, 所在城市, 行业)', async () => {
    const branchId = await newBranch('旧导出支部')
    const old = [
      [
        '姓名',
        '手机号',
        '类别',
        '流出地党组织',
        '所在城市',
        '工作单位',
        '行业',
        '已报到',
        '免签',
        '免签原因',
      ],
      ['王建国', '13800000001', '正式党员', '高场镇党委', '深圳', '富士康', '电子', '是', '', ''],
    ]
    await importRosterFile(t.db, branchId, { buffer: await xlsxBuffer(old), name: '旧.xlsx' })
    expect(await roster(branchId)).toEqual([
      ['王建国', '13800000001', '正式党员', '高场镇党委', '深圳', '富士康', '电子', null, null, null],
    ])
  })
})
