// Builds roster files at test time: xlsx through exceljs, csv as UTF-8, UTF-8 with BOM, or GBK.
import ExcelJS from 'exceljs'
import { idCheckChar } from '../../handlers/roster/id-number.js'

export const HEADERS = ['姓名', '手机号', '党员类别', '流出地党组织', '现居城市', '工作单位', '备注']

export type Sheet = (string | number | Date | null)[][]

export async function xlsxBuffer(rows: Sheet, sheetName = '名册'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const csvCell = (c: string | number | Date | null) =>
  c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)

export function csvText(rows: Sheet): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * A made-up but well-formed 身份证号: the example area and birth date of GB 11643 (110105, 1949-12-31) with
 * sequence `n`, so no real person's number is written into tests.
 */
export function fakeIdNumber(n: number): string {
  const first17 = `11010519491231${String(n).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

export const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])

let gbkTable: Map<string, Buffer> | null = null

/** Encodes text as GBK by inverting the platform's gb18030 decoder over the two-byte range. */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map()
    const decoder = new TextDecoder('gb18030')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const bytes = Buffer.from([lead, trail])
        const char = decoder.decode(bytes)
        if (char.length === 1 && !gbkTable.has(char)) gbkTable.set(char, bytes)
      }
    }
  }
  const table = gbkTable
  return Buffer.concat(
    [...text].map((char) => {
      if (char.charCodeAt(0) < 0x80) return Buffer.from(char, 'latin1')
      const bytes = table.get(char)
      if (!bytes) throw new Error(`no GBK code for ${char}`)
      return bytes
    }),
  )
}

/** A roster of `count` distinct people with valid phones 139xxxxxxxx. */
export function bigRoster(count: number, city = '深圳'): Sheet {
  const rows: Sheet = [HEADERS]
  for (let i = 0; i < count; i++) {
    rows.push([
      `党员${i}`,
      `139${String(i).padStart(8, '0')}`,
      '正式党员',
      '叙州区高场镇党委',
      city,
      `工厂${i % 50}`,
      null,
    ])
  }
  return rows
}
