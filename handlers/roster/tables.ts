// Turns an .xlsx or .csv file into rows of text cells. Knows file formats and encodings, nothing about rosters.
import type ExcelJS from 'exceljs'
import { RosterFileError } from './errors.js'

/** A sheet as text cells; `rowNumbers[i]` is the spreadsheet row of `cells[i]`. */
export interface Table {
  cells: string[][]
  rowNumbers: number[]
}

export async function readXlsx(buffer: Buffer): Promise<Table[]> {
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new RosterFileError(
      '这是旧版 .xls 文件（只是改了扩展名），请在 Excel 里另存为 .xlsx 或 .csv 后再发。',
    )
  }
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new RosterFileError(
      '文件打不开：它不是真正的 Excel (.xlsx) 文件。请用 Excel 另存为 .xlsx 或 .csv 后再发。',
    )
  }
  // Loaded on first use: exceljs costs ~30 MB resident, and most days nobody imports a roster.
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  } catch (error) {
    throw new RosterFileError('文件打不开，可能已损坏。请用 Excel 另存为 .xlsx 或 .csv 后再发。', {
      cause: error,
    })
  }
  if (workbook.worksheets.length === 0) throw new RosterFileError('文件里没有表格，可能不是 Excel 名册。')
  return workbook.worksheets.map(sheetTable)
}

function sheetTable(sheet: ExcelJS.Worksheet): Table {
  const table: Table = { cells: [], rowNumbers: [] }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    table.cells.push(Array.from(cells, (c) => c ?? ''))
    table.rowNumbers.push(rowNumber)
  })
  return table
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('text' in value && typeof value.text === 'string') return value.text
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue)
  return ''
}

export async function readCsv(buffer: Buffer): Promise<Table[]> {
  const text = decodeText(buffer)
  const { default: Papa } = await import('papaparse')
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false })
  const cells = parsed.data.filter((row) => Array.isArray(row))
  return [{ cells, rowNumbers: cells.map((_, i) => i + 1) }]
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (what Excel in China writes for CSV). */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(buffer.subarray(3))
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2))
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2))
  if (buffer.subarray(0, 2).toString('latin1') === 'PK') {
    throw new RosterFileError('这个文件其实是 Excel 文件，请把扩展名改回 .xlsx 再发。')
  }
  if (buffer.includes(0)) throw new RosterFileError('文件打不开：它不是文本格式的 .csv 文件。')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    return new TextDecoder('gb18030').decode(buffer)
  }
}
