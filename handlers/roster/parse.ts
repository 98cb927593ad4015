// Reads a roster file (.xlsx or .csv) into validated rows. Throws only RosterFileError, for the file as a whole.
import { RosterFileError } from './errors.js'
import { FIELD_LABELS, matchHeaders, REQUIRED_FIELDS, type ColumnMap, type RosterField } from './headers.js'
import { cleanName, hideNumbers } from './names.js'
import { looksLikeScientific, maskPhone, normalizePhone } from './phone.js'
import { readCsv, readXlsx, type Table } from './tables.js'

export { RosterFileError } from './errors.js'

export const MAX_ROWS = 20_000
const MAX_BYTES = 20 * 1024 * 1024
const HEADER_SEARCH_ROWS = 10

export type RosterDetails = Partial<Record<Exclude<RosterField, 'name' | 'phone'>, string | null>>

export interface RosterRow {
  /** Row number as the spreadsheet shows it (1-based, header included). */
  row: number
  name: string
  phone: string
  details: RosterDetails
}

export interface RowProblem {
  row: number
  name: string
  /** Never contains a phone number: safe for the group. */
  reason: string
  /** The phone involved, masked (`138****5678`), for the admin's private detail. */
  phone?: string
}

export interface ParsedRoster {
  rows: RosterRow[]
  /** Rows left out. */
  skipped: RowProblem[]
  /** Rows kept but worth a look (同名, merged duplicates). */
  notes: RowProblem[]
  /** Optional columns found in the file; other details are left untouched on import. */
  columns: RosterField[]
  headerRow: number
}

export async function parseRosterFile(buffer: Buffer, fileName: string): Promise<ParsedRoster> {
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  const problem = fileProblem(extension, buffer.length)
  if (problem) throw new RosterFileError(problem)
  return rowsFromTable(extension === 'xlsx' ? await readXlsx(buffer) : readCsv(buffer))
}

function fileProblem(extension: string, size: number): string | null {
  if (extension === 'xls') return '不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 .csv 后再发。'
  if (extension !== 'xlsx' && extension !== 'csv') return '只支持 .xlsx 或 .csv 格式的名册文件。'
  if (size === 0) return '文件是空的。'
  if (size > MAX_BYTES) return '文件超过 20MB，请删掉多余的工作表或分成几个文件。'
  return null
}

function rowsFromTable(tables: Table[]): ParsedRoster {
  let best: { table: Table; index: number; map: ColumnMap } | null = null
  for (const table of tables) {
    const found = findHeader(table)
    if (found && (!best || fieldCount(found.map) > fieldCount(best.map))) best = { table, ...found }
    if (best && hasRequired(best.map)) break
  }
  if (!best || !hasRequired(best.map)) throw new RosterFileError(missingColumnsMessage(best?.map ?? {}))
  const dataRows = best.table.cells.length - best.index - 1
  if (dataRows > MAX_ROWS) {
    throw new RosterFileError(`名册超过 ${MAX_ROWS} 行，请分成几个文件导入。`)
  }
  return validateRows(best.table, best.index, best.map)
}

function findHeader(table: Table): { index: number; map: ColumnMap } | null {
  let best: { index: number; map: ColumnMap } | null = null
  const limit = Math.min(table.cells.length, HEADER_SEARCH_ROWS)
  for (let index = 0; index < limit; index++) {
    const map = matchHeaders(table.cells[index] ?? [])
    if (hasRequired(map)) return { index, map }
    if (fieldCount(map) > 0 && (!best || fieldCount(map) > fieldCount(best.map))) best = { index, map }
  }
  return best
}

const fieldCount = (map: ColumnMap) => Object.keys(map).length
const hasRequired = (map: ColumnMap) => REQUIRED_FIELDS.every((f) => map[f] !== undefined)

function missingColumnsMessage(map: ColumnMap): string {
  const missing = REQUIRED_FIELDS.filter((f) => map[f] === undefined).map((f) => `“${FIELD_LABELS[f]}”`)
  return `没有找到${missing.join('和')}列。请确认表头（前10行内）有“姓名”和“手机号”两列，没有导入任何数据。`
}

function validateRows(table: Table, headerIndex: number, map: ColumnMap): ParsedRoster {
  const result: ParsedRoster = {
    rows: [],
    skipped: [],
    notes: [],
    columns: (Object.keys(map) as RosterField[]).filter((f) => f !== 'name' && f !== 'phone'),
    headerRow: table.rowNumbers[headerIndex] ?? headerIndex + 1,
  }
  const byPhone = new Map<string, RosterRow>()
  const byName = new Map<string, RosterRow[]>()
  for (let i = headerIndex + 1; i < table.cells.length; i++) {
    const cells = table.cells[i] ?? []
    if (cells.every((c) => c.trim() === '')) continue
    const row = readRow(cells, map, table.rowNumbers[i] ?? i + 1, result)
    if (!row) continue
    const samePhone = byPhone.get(row.phone)
    if (samePhone) {
      mergeDuplicate(samePhone, row, result)
      continue
    }
    byPhone.set(row.phone, row)
    const sameName = byName.get(row.name) ?? []
    if (sameName.length > 0) {
      result.notes.push({
        row: row.row,
        name: row.name,
        reason: `与第${sameName[0]?.row}行同名，手机号不同，按两人导入`,
        phone: maskPhone(row.phone),
      })
    }
    byName.set(row.name, [...sameName, row])
    result.rows.push(row)
  }
  return result
}

function readRow(cells: string[], map: ColumnMap, rowNumber: number, result: ParsedRoster): RosterRow | null {
  const get = (field: RosterField) => {
    const index = map[field]
    return index === undefined ? '' : (cells[index] ?? '').trim()
  }
  const name = cleanName(get('name'))
  const rawPhone = get('phone')
  const skip = (reason: string) => {
    result.skipped.push({ row: rowNumber, name, reason, ...(rawPhone ? { phone: maskPhone(rawPhone) } : {}) })
    return null
  }
  if (name === '') return skip('缺少姓名')
  if (/\d{7,}/.test(name)) {
    result.skipped.push({ row: rowNumber, name: hideNumbers(name), reason: '姓名里有数字，可能填错了列' })
    return null
  }
  if (name.length > 30) return skip('姓名过长')
  if (rawPhone === '') return skip('缺少手机号')
  if (looksLikeScientific(rawPhone))
    return skip('手机号被 Excel 显示成了科学计数法，请把该列设为文本后重新导出')
  const phone = normalizePhone(rawPhone)
  if (!phone) return skip('手机号格式不对，应为11位手机号')
  const details: RosterDetails = {}
  for (const field of result.columns) {
    const value = get(field)
    details[field as keyof RosterDetails] = value === '' ? null : value.slice(0, 500)
  }
  return { row: rowNumber, name, phone, details }
}

function mergeDuplicate(first: RosterRow, later: RosterRow, result: ParsedRoster): void {
  if (first.name !== later.name) {
    result.skipped.push({
      row: later.row,
      name: later.name,
      reason: `手机号与第${first.row}行（${first.name}）重复，未导入`,
      phone: maskPhone(later.phone),
    })
    return
  }
  for (const [field, value] of Object.entries(later.details)) {
    const key = field as keyof RosterDetails
    if (value && !first.details[key]) first.details[key] = value
  }
  result.notes.push({
    row: later.row,
    name: later.name,
    reason: `与第${first.row}行重复，已合并`,
    phone: maskPhone(later.phone),
  })
}
