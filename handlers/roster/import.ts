// Parses a roster file and writes it into one branch. Shared by the chat command and the CLI.
import type { Db } from '../types.js'
import { importMembers } from '../../prisma/repos/roster/members.js'
import { parseRosterFile } from './parse.js'
import { planImport, type RowResult } from './plan.js'
import type { ParsedRoster, RowProblem } from './parse.js'

export interface ImportReport {
  created: number
  /** Includes the phone changes. */
  updated: number
  unchanged: number
  skipped: RowProblem[]
  notes: RowProblem[]
  /** Added although they may be someone already on the roster (same name): the secretary should check. */
  flagged: RowProblem[]
  /** People recognised under a new phone number; their check-in and attendance stayed with them. */
  phoneChanges: RowProblem[]
  /** Totals, signature and notes rows that are not people. */
  ignored: RowProblem[]
  /** One line per data row, phones masked. */
  rows: RowResult[]
}

export interface ImportOptions {
  onProgress?: (done: number, total: number) => void
}

/** Throws RosterFileError (nothing imported) when the file as a whole cannot be read. */
export async function importRosterFile(
  db: Db,
  branchId: number,
  file: { buffer: Buffer; name: string },
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importParsedRoster(db, branchId, await parseRosterFile(file.buffer, file.name), options)
}

export async function importParsedRoster(
  db: Db,
  branchId: number,
  parsed: ParsedRoster,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const plan = await importMembers(
    db,
    branchId,
    (existing) => planImport(parsed, existing),
    options.onProgress,
  )
  const count = (outcome: RowResult['outcome']) => plan.results.filter((r) => r.outcome === outcome).length
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    skipped: parsed.skipped,
    notes: plan.notes,
    flagged: plan.flagged,
    phoneChanges: plan.phoneChanges,
    ignored: parsed.ignored,
    rows: plan.results,
  }
}
