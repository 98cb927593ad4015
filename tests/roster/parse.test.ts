import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseRosterFile, RosterFileError } from '../../handlers/roster/parse.js'
import { maskPhone, normalizePhone } from '../../handlers/roster/phone.js'
import { matchHeaders } from '../../handlers/roster/headers.js'
import { normalizeIdNumber } from '../../handlers/roster/id-number.js'
import { csvText, fakeIdNumber, gbk, HEADERS, utf8Bom, xlsxBuffer } from './files.js'

const PEOPLE = [
  ['张三', '13812345678', '正式党员', '叙州区高场镇党委', '深圳', '富士康', ''],
  ['李四', '139 1234 5678', '预备党员', '叙州区柏溪镇党委', '成都', '', '夜班'],
]

async function fileError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(RosterFileError)
  return (error as RosterFileError).userMessage
}

describe('phone numbers', () => {
  it('accept spaces, dashes and +86, and reject anything that is not an 11-digit mobile', () => {
    expect(normalizePhone('138-1234-5678')).toBe('13812345678')
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678')
    expect(normalizePhone('８６１３８１２３４５６７８')).toBe('13812345678')
    expect(normalizePhone('1381234567')).toBeNull()
    expect(normalizePhone('23812345678')).toBeNull()
    expect(normalizePhone('028-12345678')).toBeNull()
  })
  it('are masked to the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('12345')).toBe('****')
  })
})

describe('headers', () => {
  it('match synonyms, full-width characters, spaces and notes in brackets', () => {
    const map = matchHeaders([
      '序号',
      '党员 姓名',
      '联系电话（必填）',
      '类 别',
      '流入地',
      '单位',
      '创业意愿',
      '村干部意愿',
    ])
    expect(map).toEqual({
      name: 1,
      phone: 2,
      category: 3,
      city: 4,
      employer: 5,
      returnWish: 6,
      cadreWish: 7,
    })
  })
})

describe('header variants', () => {
  it.each([
    [['姓名', '手机号码', '所在城市', '工作单位', '身份证号'], { city: 2, employer: 3, idNumber: 4 }],
    [['姓名', '联系方式', '现居住地', '公民身份号码'], { phone: 1, city: 2, idNumber: 3 }],
    [['姓名', '手机', '现居城市', '身份证'], { phone: 1, city: 2, idNumber: 3 }],
    [
      ['姓名', '联系电话', '工作地点', '工作单位', '身份证号码（18位）'],
      { city: 2, employer: 3, idNumber: 4 },
    ],
    [['姓名', '手机', '籍贯', '流出地党组织名称'], { originOrg: 3 }],
    [['姓名', '手机', '籍贯'], { originOrg: 2 }],
    [['姓名', '紧急联系人电话', '联系电话'], { phone: 2 }],
    [['姓名', '手机号', '流入地党组织', '流入地'], { city: 3 }],
    [['姓名', '手机号', '类别', '所在城市', '行业', '已报到'], { category: 2, city: 3, industry: 4 }],
  ])('%j', (headers, expected) => {
    expect(matchHeaders(headers)).toMatchObject(expected)
  })

  it('leave a column nobody asked for unmatched rather than guess', () => {
    expect(matchHeaders(['姓名', '手机号', '流入地党组织', '出生年月', '入党时间'])).toEqual({
      name: 0,
      phone: 1,
    })
  })
})

describe('ID numbers', () => {
  it('accept valid 18-digit numbers (lower-case x too) and 15-digit old ones, converted to 18 digits', () => {
    expect(normalizeIdNumber('11010519491231002x')).toEqual({ ok: true, value: '11010519491231002X' })
    expect(normalizeIdNumber(' 110105 491231 002 ')).toEqual({ ok: true, value: '11010519491231002X' })
    expect(normalizeIdNumber(fakeIdNumber(42))).toEqual({ ok: true, value: fakeIdNumber(42) })
  })

  it('refuse a wrong check digit, an impossible birth date, a wrong length and Excel notation, never echoing', () => {
    const checks = ['110105194912310021', '110105194902300015', '1101051949123100', '1.10105E+17'].map(
      normalizeIdNumber,
    )
    expect(checks.map((c) => c.ok)).toEqual([false, false, false, false])
    for (const c of checks) if (!c.ok) expect(c.reason).not.toMatch(/\d{4}/)
  })
})

describe('footer and notes rows', () => {
  it('are set aside with a note, not reported as people with bad phone numbers', async () => {
    const sheet = [
      ['叙州区驻深圳流动党员支部党员花名册'],
      ['说明：本表每季度更新一次，手机号填11位。'],
      ['序号', '姓名', '手机号', '现居城市'],
      [1, '张三', 13812345678, '深圳'],
      [2, '李四', 13912345678, '东莞'],
      [3, null, null, null],
      ['合计', '2人'],
      ['共计：2名'],
      ['填表人：王书记', null, '联系电话：13800009999'],
      [null, '审核人：李委员'],
      ['制表日期：', new Date('2026-03-01')],
      ['备注说明：现居城市填到区县', '备注说明：现居城市填到区县', '备注说明：现居城市填到区县'],
      ['党组织书记签字：', null, null, '（盖章）'],
      ['1. 流动党员应主动向流入地党组织报到，按时参加组织生活。'],
    ]
    for (const [buffer, name] of [
      [await xlsxBuffer(sheet), '台账.xlsx'],
      [gbk(csvText(sheet)), '台账.csv'],
    ] as const) {
      const parsed = await parseRosterFile(buffer, name)
      expect(parsed.rows.map((r) => r.name)).toEqual(['张三', '李四'])
      expect(parsed.skipped).toEqual([])
      expect(parsed.notes).toEqual([])
      expect(parsed.ignored.map((r) => [r.row, r.reason])).toEqual([
        [7, '合计行，已略过'],
        [8, '合计行，已略过'],
        [9, '签字、日期等表尾，已略过'],
        [10, '签字、日期等表尾，已略过'],
        [11, '签字、日期等表尾，已略过'],
        [12, '说明文字，已略过'],
        [13, '签字、日期等表尾，已略过'],
        [14, '说明文字，已略过'],
      ])
      expect(JSON.stringify(parsed.ignored)).not.toContain('13800009999')
    }
  })

  it('compare a stated total with the people read', async () => {
    const sheet = [['姓名', '手机号'], ['张三', '13812345678'], ['李四', '1391234'], ['合计：25人']]
    const parsed = await parseRosterFile(await xlsxBuffer(sheet), 'a.xlsx')
    expect(parsed.notes).toEqual([
      { row: 4, name: '', reason: '表尾写的合计是 25 人，本次读到 2 行党员，请核对是否漏行' },
    ])
  })
})

describe('parseRosterFile', () => {
  it('reads a plain xlsx roster', async () => {
    const parsed = await parseRosterFile(await xlsxBuffer([HEADERS, ...PEOPLE]), '名册.xlsx')
    expect(parsed.rows.map((r) => [r.row, r.name, r.phone])).toEqual([
      [2, '张三', '13812345678'],
      [3, '李四', '13912345678'],
    ])
    expect(parsed.rows[0]?.details).toMatchObject({ category: '正式党员', city: '深圳', note: null })
  })

  it('finds the header below a title row and reads numeric phone cells', async () => {
    const sheet = [
      ['叙州区驻深圳流动党员支部党员名册'],
      [],
      ['序号', '姓名', '手机号码'],
      [1, '王五', 13700001111],
    ]
    const parsed = await parseRosterFile(await xlsxBuffer(sheet), 'roster.XLSX')
    expect(parsed.headerRow).toBe(3)
    expect(parsed.rows).toMatchObject([{ row: 4, name: '王五', phone: '13700001111' }])
  })

  it('uses the sheet that has the roster when the first one is a cover page', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('说明').addRow(['填表说明：手机号填11位'])
    const sheet = workbook.addWorksheet('党员名册')
    sheet.addRow(['姓名', '手机'])
    sheet.addRow([
      { richText: [{ text: '张' }, { text: '三' }] },
      { formula: '"13812345678"', result: '13812345678' },
    ])
    const parsed = await parseRosterFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'a.xlsx')
    expect(parsed.rows).toMatchObject([{ name: '张三', phone: '13812345678' }])
  })

  it('reads a CSV with a title row and semicolons', async () => {
    const text = '支部名册;;\n姓名;联系电话;备注\n张三;138-1234-5678;夜班\n'
    const parsed = await parseRosterFile(Buffer.from(text), 'a.csv')
    expect(parsed.rows).toMatchObject([
      { row: 3, name: '张三', phone: '13812345678', details: { note: '夜班' } },
    ])
  })

  it('reads CSV saved by Excel in China (GBK) and UTF-8 with a BOM', async () => {
    const text = csvText([HEADERS, ...PEOPLE])
    for (const buffer of [gbk(text), utf8Bom(text), Buffer.from(text)]) {
      const parsed = await parseRosterFile(buffer, '名册.csv')
      expect(parsed.rows.map((r) => r.name)).toEqual(['张三', '李四'])
      expect(parsed.rows[1]?.details.originOrg).toBe('叙州区柏溪镇党委')
    }
  })

  it('skips empty rows silently and reports missing names and malformed phones by row, masked', async () => {
    const sheet = [
      HEADERS,
      ['张三', '13812345678'],
      [],
      ['', '', '', ''],
      ['', '13900001111'],
      ['赵六', '1381234567'],
      ['钱七', ''],
      ['孙八', '1.38123E+10'],
      ['13712345678', '周九'],
    ]
    const parsed = await parseRosterFile(await xlsxBuffer(sheet), 'a.xlsx')
    expect(parsed.rows.map((r) => r.name)).toEqual(['张三'])
    expect(parsed.skipped.map((s) => [s.row, s.name])).toEqual([
      [5, ''],
      [6, '赵六'],
      [7, '钱七'],
      [8, '孙八'],
      [9, '***'],
    ])
    expect(parsed.skipped[1]?.reason).toContain('手机号格式不对')
    const all = JSON.stringify(parsed.skipped)
    expect(all).not.toContain('13900001111')
    expect(all).not.toContain('1381234567')
    expect(all).not.toContain('13712345678')
  })

  it('merges exact duplicates and keeps people who share a name but not a phone', async () => {
    const sheet = [
      HEADERS,
      ['张三', '13812345678', '正式党员'],
      ['张 三', '13812345678', '', '', '深圳'],
      ['张三', '13800000000'],
      ['李四', '13812345678'],
    ]
    const parsed = await parseRosterFile(await xlsxBuffer(sheet), 'a.xlsx')
    expect(parsed.rows.map((r) => [r.name, r.phone])).toEqual([
      ['张三', '13812345678'],
      ['张三', '13800000000'],
    ])
    expect(parsed.rows[0]?.details).toMatchObject({ category: '正式党员', city: '深圳' })
    expect(parsed.notes.map((n) => [n.row, n.reason])).toEqual([[3, '与第2行重复，已合并']])
    expect(parsed.namesakes.map((n) => [n.row, n.reason])).toEqual([[4, expect.stringContaining('同名')]])
    expect(parsed.skipped).toMatchObject([{ row: 5, name: '李四', reason: expect.stringContaining('重复') }])
  })

  it('refuses a renamed text file, an old .xls, a corrupt zip and other extensions with a Chinese message', async () => {
    expect(await fileError(parseRosterFile(Buffer.from('姓名,手机号\n'), 'roster.xlsx'))).toContain(
      '不是真正的 Excel',
    )
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(await fileError(parseRosterFile(ole, 'roster.xlsx'))).toContain('.xls')
    const good = await xlsxBuffer([HEADERS, ...PEOPLE])
    expect(await fileError(parseRosterFile(good.subarray(0, 200), 'roster.xlsx'))).toContain('损坏')
    expect(await fileError(parseRosterFile(good, 'roster.pdf'))).toContain('只支持')
    expect(await fileError(parseRosterFile(Buffer.alloc(0), 'roster.csv'))).toContain('空')
    const noSheets = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer())
    expect(await fileError(parseRosterFile(noSheets, 'roster.xlsx'))).toContain('没有表格')
    expect(await fileError(parseRosterFile(good, 'roster.csv'))).toContain('改回 .xlsx')
  })

  it('refuses files without 姓名 and 手机号 columns and says which is missing', async () => {
    const noPhone = await xlsxBuffer([
      ['姓名', '年龄'],
      ['张三', 30],
    ])
    expect(await fileError(parseRosterFile(noPhone, 'a.xlsx'))).toContain('“手机号”')
    const wrong = csvText([
      ['name', 'phone'],
      ['Zhang', '13812345678'],
    ])
    expect(await fileError(parseRosterFile(Buffer.from(wrong), 'a.csv'))).toContain('“姓名”和“手机号”')
  })
})
