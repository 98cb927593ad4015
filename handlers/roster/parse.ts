// Reads a roster file (.xlsx or .csv) into validated rows. Throws only RosterFileError, for the file as a whole.
import { RosterFileError } from './errors.js'
import { FIELD_LABELS, matchHeaders, REQUIRED_FIELDS, type ColumnMap } from './headers.js'
import { detailFields, readPeople, type ParsedRows, type RosterDetailField } from './rows.js'
import { readCsv, readXlsx, type Table } from './tables.js'

export { RosterFileError } from './errors.js'
export type { RosterDetailField, RosterDetails, RosterRow, RowProblem } from './rows.js'

export const MAX_ROWS = 20_000
const MAX_BYTES = 20 * 1024 * 1024
const HEADER_SEARCH_ROWS = 10

export interface ParsedRoster extends ParsedRows {
  /** Optional columns found in the file; other details are left untouched on import. */
  columns: RosterDetailField[]
  headerRow: number
}

export async function parseRosterFile(buffer: Buffer, fileName: string): Promise<ParsedRoster> {
  return rowsFromTable(await readTableFile(buffer, fileName))
}

/** The sheets of an .xlsx or .csv file (a roster, a home organisation's ledger, a filled-in sheet). */
export async function readTableFile(buffer: Buffer, fileName: string): Promise<Table[]> {
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  const problem = fileProblem(extension, buffer.length)
  if (problem) throw new RosterFileError(problem)
  return extension === 'xlsx' ? await readXlsx(buffer) : await readCsv(buffer)
}

function fileProblem(extension: string, size: number): string | null {
  if (extension === 'xls') return '不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 .csv 后再发。'
  if (extension !== 'xlsx' && extension !== 'csv') return '只支持 .xlsx 或 .csv 格式的文件。'
  if (size === 0) return '文件是空的。'
  if (size > MAX_BYTES) return '文件超过 20MB，请删掉多余的工作表或分成几个文件。'
  return null
}

export interface HeaderFound {
  table: Table
  /** Index in table.cells of the header row. */
  index: number
  map: ColumnMap
}

/** The sheet and row whose headers are enough (`enough`), else the one that recognises the most columns. */
export function findHeaderRow(tables: Table[], enough: (map: ColumnMap) => boolean): HeaderFound | null {
  let best: HeaderFound | null = null
  for (const table of tables) {
    const found = findHeader(table, enough)
    if (found && (!best || fieldCount(found.map) > fieldCount(best.map))) best = { table, ...found }
    if (best && enough(best.map)) break
  }
  return best
}

function rowsFromTable(tables: Table[]): ParsedRoster {
  const best = findHeaderRow(tables, hasRequired)
  if (!best || !hasRequired(best.map)) throw new RosterFileError(missingColumnsMessage(best?.map ?? {}))
  const dataRows = best.table.cells.length - best.index - 1
  if (dataRows > MAX_ROWS) {
    throw new RosterFileError(`名册超过 ${MAX_ROWS} 行，请分成几个文件导入。`)
  }
  return validateRows(best.table, best.index, best.map)
}

function findHeader(
  table: Table,
  enough: (map: ColumnMap) => boolean,
): { index: number; map: ColumnMap } | null {
  let best: { index: number; map: ColumnMap } | null = null
  const limit = Math.min(table.cells.length, HEADER_SEARCH_ROWS)
  for (let index = 0; index < limit; index++) {
    const map = matchHeaders(table.cells[index] ?? [])
    if (enough(map)) return { index, map }
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
  return {
    ...readPeople(table, headerIndex, map),
    columns: detailFields(map),
    headerRow: table.rowNumbers[headerIndex] ?? headerIndex + 1,
  }
}
