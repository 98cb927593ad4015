// Reads a home organisation's ledger (流出地党组织的流动党员台账) into rows to compare with the roster. Unlike a
// roster, a ledger may lack phones (village ledgers carry ID numbers or only the home organisation).
import { NON_PERSON_LABEL, nonPersonRow } from '../roster/footer.js'
import { FIELD_LABELS, type ColumnMap, type RosterField } from '../roster/headers.js'
import { normalizeIdNumber } from '../roster/id-number.js'
import { cleanName, hideNumbers } from '../roster/names.js'
import { findHeaderRow, readTableFile, RosterFileError } from '../roster/parse.js'
import { looksLikeScientific, normalizePhone } from '../roster/phone.js'
import type { Table } from '../roster/tables.js'

export const LEDGER_DETAILS = ['originOrg', 'city', 'employer', 'industry'] as const
export type LedgerDetail = (typeof LEDGER_DETAILS)[number]

export interface LedgerRow {
  row: number
  name: string
  phone: string | null
  idNumber: string | null
  originOrg: string | null
  city: string | null
  employer: string | null
  industry: string | null
}

/** A row left out or worth a look. Never carries a phone or ID number. */
export interface LedgerProblem {
  row: number
  name: string
  reason: string
}

export interface ParsedLedger {
  rows: LedgerRow[]
  skipped: LedgerProblem[]
  notes: LedgerProblem[]
  /** Totals, signatures, explanations: not people. */
  ignored: LedgerProblem[]
  hasOriginOrg: boolean
}

const KEYS: RosterField[] = ['idNumber', 'phone', 'originOrg']
const enough = (map: ColumnMap) => map.name !== undefined && KEYS.some((k) => map[k] !== undefined)

export async function parseLedgerFile(buffer: Buffer, fileName: string): Promise<ParsedLedger> {
  const found = findHeaderRow(await readTableFile(buffer, fileName), enough)
  if (!found || found.map.name === undefined)
    throw new RosterFileError('没有找到“姓名”列。请确认表头在前10行内，没有比对任何数据。')
  if (!enough(found.map)) {
    const wanted = KEYS.map((k) => `“${FIELD_LABELS[k]}”`).join('、')
    throw new RosterFileError(`台账除了“姓名”，还要有${wanted}其中一列，才能和名册比对。没有比对任何数据。`)
  }
  return readLedgerRows(found.table, found.index, found.map)
}

function readLedgerRows(table: Table, headerIndex: number, map: ColumnMap): ParsedLedger {
  const result: ParsedLedger = {
    rows: [],
    skipped: [],
    notes: [],
    ignored: [],
    hasOriginOrg: map.originOrg !== undefined,
  }
  const seen = new SeenRows()
  for (let i = headerIndex + 1; i < table.cells.length; i++) {
    const cells = table.cells[i] ?? []
    const row = table.rowNumbers[i] ?? i + 1
    if (cells.every((c) => c.trim() === '') || cells.every((c) => /^\s*\d*\s*$/.test(c))) continue
    const other = nonPersonRow(cells, map.name ?? 0)
    if (other) {
      result.ignored.push({ row, name: '', reason: `${NON_PERSON_LABEL[other.kind]}，已略过` })
      continue
    }
    const read = readRow(cells, map, row, result)
    if (!read) continue
    const earlier = seen.earlier(read)
    if (earlier) result.skipped.push({ row, name: read.name, reason: `与第${earlier}行是同一人，已略过` })
    else result.rows.push(read)
  }
  return result
}

function readRow(cells: string[], map: ColumnMap, row: number, result: ParsedLedger): LedgerRow | null {
  const get = (field: RosterField) => {
    const index = map[field]
    return index === undefined ? '' : (cells[index] ?? '').trim()
  }
  const name = cleanName(get('name'))
  const skip = (reason: string): null => {
    result.skipped.push({ row, name: hideNumbers(name).slice(0, 12), reason })
    return null
  }
  if (name === '') return skip('缺少姓名')
  if (/\d{3,}/.test(name)) return skip('姓名里有数字，可能填错了列')
  if (name.length > 30) return skip('姓名过长')
  if (!/[\p{Script=Han}A-Za-z]/u.test(name)) return skip('姓名不像人名')
  const note = (reason: string) => result.notes.push({ row, name, reason })
  const phone = readPhone(get('phone'), note)
  const idNumber = readId(get('idNumber'), note)
  const detail = (field: LedgerDetail) => get(field).slice(0, 200) || null
  return {
    row,
    name,
    phone,
    idNumber,
    originOrg: detail('originOrg'),
    city: detail('city'),
    employer: detail('employer'),
    industry: detail('industry'),
  }
}

function readPhone(raw: string, note: (reason: string) => void): string | null {
  if (raw === '') return null
  if (looksLikeScientific(raw)) {
    note('手机号被 Excel 显示成了科学计数法，本行不按手机号比对')
    return null
  }
  const phone = normalizePhone(raw)
  if (!phone) note('手机号格式不对，本行不按手机号比对')
  return phone
}

function readId(raw: string, note: (reason: string) => void): string | null {
  if (raw === '') return null
  const checked = normalizeIdNumber(raw)
  if (checked.ok) return checked.value
  note(`${checked.reason}；本行不按身份证号比对`)
  return null
}

/** The same person twice in one ledger: same ID number, same phone, or same name and home organisation. */
class SeenRows {
  readonly #keys = new Map<string, number>()

  earlier(row: LedgerRow): number | undefined {
    const keys = [
      row.idNumber && `id:${row.idNumber}`,
      row.phone && `phone:${row.phone}`,
      !row.idNumber && !row.phone && `name:${row.name}|${row.originOrg ?? ''}`,
    ].filter((k): k is string => typeof k === 'string')
    for (const key of keys) {
      const found = this.#keys.get(key)
      if (found !== undefined) return found
    }
    for (const key of keys) this.#keys.set(key, row.row)
    return undefined
  }
}
