// Turns the data rows under the header into people: validated, de-duplicated, footers and notes set aside.
import { NON_PERSON_LABEL, nonPersonRow } from './footer.js'
import type { ColumnMap, RosterField } from './headers.js'
import { normalizeIdNumber } from './id-number.js'
import { cleanName, hideNumbers } from './names.js'
import { looksLikeScientific, maskPhone, normalizePhone } from './phone.js'
import type { Table } from './tables.js'

export type RosterDetailField = Exclude<RosterField, 'name' | 'phone' | 'idNumber'>
export type RosterDetails = Partial<Record<RosterDetailField, string | null>>

export interface RosterRow {
  /** Row number as the spreadsheet shows it (1-based, header included). */
  row: number
  name: string
  phone: string
  /** Checked and normalised to 18 characters; null when the file has none or it was invalid. Never shown. */
  idNumber: string | null
  details: RosterDetails
}

export interface RowProblem {
  row: number
  name: string
  /** Never contains a phone or ID number: safe for the group. */
  reason: string
  /** The phone involved, masked (`138****5678`), for the admin's private detail. */
  phone?: string
}

export interface ParsedRows {
  rows: RosterRow[]
  /** Rows left out. */
  skipped: RowProblem[]
  /** Rows kept but worth a look (merged duplicates, an invalid ID number). */
  notes: RowProblem[]
  /** Rows with the name of an earlier row but another phone: kept as two people. */
  namesakes: RowProblem[]
  /** Rows that are not people (合计, 填表人, 说明), set aside. */
  ignored: RowProblem[]
}

interface Columns {
  map: ColumnMap
  details: RosterDetailField[]
}

export function readPeople(table: Table, headerIndex: number, map: ColumnMap): ParsedRows {
  const columns: Columns = { map, details: detailFields(map) }
  const result: ParsedRows = { rows: [], skipped: [], notes: [], namesakes: [], ignored: [] }
  const seen = new Seen()
  let personRows = 0
  let total: { row: number; declared: number } | null = null
  for (let i = headerIndex + 1; i < table.cells.length; i++) {
    const cells = table.cells[i] ?? []
    const rowNumber = table.rowNumbers[i] ?? i + 1
    if (cells.every((c) => c.trim() === '')) continue
    const other = nonPersonRow(cells, map.name ?? 0)
    if (other) {
      result.ignored.push({ row: rowNumber, name: '', reason: `${NON_PERSON_LABEL[other.kind]}，已略过` })
      if (other.declaredTotal !== undefined) total = { row: rowNumber, declared: other.declaredTotal }
      continue
    }
    if (isOnlyNumbering(cells, map)) continue
    personRows++
    const row = readRow(cells, columns, rowNumber, result)
    if (row) seen.add(row, result)
  }
  if (total && total.declared !== personRows) {
    result.notes.push({
      row: total.row,
      name: '',
      reason: `表尾写的合计是 ${total.declared} 人，本次读到 ${personRows} 行党员，请核对是否漏行`,
    })
  }
  return result
}

export function detailFields(map: ColumnMap): RosterDetailField[] {
  return (Object.keys(map) as RosterField[]).filter(
    (f): f is RosterDetailField => f !== 'name' && f !== 'phone' && f !== 'idNumber',
  )
}

/** Ledgers often number rows in advance: a 序号 with nothing else is an empty row. */
function isOnlyNumbering(cells: string[], map: ColumnMap): boolean {
  const person = [map.name, map.phone].map((i) => (i === undefined ? '' : (cells[i] ?? '').trim()))
  return person.every((c) => c === '') && cells.every((c) => /^\s*\d*\s*$/.test(c))
}

function readRow(cells: string[], columns: Columns, rowNumber: number, result: ParsedRows): RosterRow | null {
  const get = (field: RosterField) => {
    const index = columns.map[field]
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
  for (const field of columns.details) {
    const value = get(field)
    details[field] = value === '' ? null : value.slice(0, 500)
  }
  const idNumber = readIdNumber(get('idNumber'), { row: rowNumber, name, phone: maskPhone(phone) }, result)
  return { row: rowNumber, name, phone, idNumber, details }
}

/** An invalid number is reported by row, never echoed; the row still goes in by name and phone. */
function readIdNumber(raw: string, where: Omit<RowProblem, 'reason'>, result: ParsedRows): string | null {
  if (raw === '') return null
  const checked = normalizeIdNumber(raw)
  if (checked.ok) return checked.value
  result.notes.push({ ...where, reason: `${checked.reason}；本行按姓名和手机号导入，身份证号未保存` })
  return null
}

/** Rows already kept, by phone, ID number and name, to merge repeats and point out namesakes. */
class Seen {
  private byPhone = new Map<string, RosterRow>()
  private byId = new Map<string, RosterRow>()
  private byName = new Map<string, RosterRow>()

  add(row: RosterRow, result: ParsedRows): void {
    const earlier = this.byPhone.get(row.phone) ?? (row.idNumber ? this.byId.get(row.idNumber) : undefined)
    if (earlier) return this.repeat(earlier, row, result)
    const namesake = this.byName.get(row.name)
    if (namesake) {
      const reason = `与第${namesake.row}行同名，手机号不同，按两人导入`
      result.namesakes.push({ row: row.row, name: row.name, reason, phone: maskPhone(row.phone) })
    } else {
      this.byName.set(row.name, row)
    }
    this.byPhone.set(row.phone, row)
    if (row.idNumber) this.byId.set(row.idNumber, row)
    result.rows.push(row)
  }

  private repeat(first: RosterRow, later: RosterRow, result: ParsedRows): void {
    const what = first.phone === later.phone ? '手机号' : '身份证号'
    const problem = { row: later.row, name: later.name, phone: maskPhone(later.phone) }
    if (first.name !== later.name) {
      result.skipped.push({ ...problem, reason: `${what}与第${first.row}行（${first.name}）重复，未导入` })
      return
    }
    for (const [field, value] of Object.entries(later.details)) {
      const key = field as RosterDetailField
      if (value && !first.details[key]) first.details[key] = value
    }
    if (!first.idNumber && later.idNumber && !this.byId.has(later.idNumber)) {
      first.idNumber = later.idNumber
      this.byId.set(later.idNumber, first)
    }
    const reason =
      what === '手机号'
        ? `与第${first.row}行重复，已合并`
        : `与第${first.row}行身份证号相同，已合并（手机号以第${first.row}行为准）`
    result.notes.push({ ...problem, reason })
  }
}
