import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseRosterFile, RosterFileError } from '../../handlers/roster/parse.js'
import { maskPhone, normalizePhone } from '../../handlers/roster/phone.js'
import { matchHeaders } from '../../handlers/roster/headers.js'
import { csvText, gbk, HEADERS, utf8Bom, xlsxBuffer } from './files.js'

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
    expect(parsed.notes.map((n) => [n.row, n.reason])).toEqual([
      [3, '与第2行重复，已合并'],
      [4, expect.stringContaining('同名')],
    ])
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
