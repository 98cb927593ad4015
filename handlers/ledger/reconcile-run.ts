// One 对账 from file to stored result: read the ledger, compare it with the roster, keep the comparison (the
// roster itself is not touched). Shared by the chat command and the CLI.
import type { Db } from '../types.js'
import {
  membersOfOtherBranches,
  membersToReconcile,
  saveReconciliation,
  type NewReconcileItem,
} from '../../prisma/repos/ledger/reconciliations.js'
import { parseLedgerFile } from './parse.js'
import { reconcile, type Outcome, type Reconciled } from './reconcile.js'

/** Outcomes in the order they are numbered: what can be accepted first, so its numbers stay small. */
const ORDER: Outcome['kind'][] = ['conflict', 'homeOnly', 'unsure', 'hostOnly', 'matched']

export interface NumberedOutcome {
  no: number
  outcome: Outcome
}

export interface ReconcileRun extends Reconciled {
  id: number
  rowsRead: number
  numbered: NumberedOutcome[]
}

export interface ReconcileInput {
  branchId: number
  file: { buffer: Buffer; name: string }
  /** The home organisation the secretary named, if any. */
  originOrg: string | null
  by: string
  at: Date
}

/** Throws RosterFileError (nothing compared) when the file as a whole cannot be read. */
export async function runReconciliation(db: Db, input: ReconcileInput): Promise<ReconcileRun> {
  const ledger = await parseLedgerFile(input.file.buffer, input.file.name)
  const [members, elsewhere] = await Promise.all([
    membersToReconcile(db, input.branchId),
    membersOfOtherBranches(db, input.branchId),
  ])
  const result = reconcile(ledger, members, elsewhere, input.originOrg)
  const sorted = ORDER.flatMap((kind) => result.outcomes.filter((o) => o.kind === kind))
  const numbered = sorted.map((outcome, i) => ({ no: i + 1, outcome }))
  const saved = await saveReconciliation(
    db,
    {
      branchId: input.branchId,
      fileName: input.file.name,
      originOrg: result.originOrg,
      by: input.by,
      at: input.at,
    },
    numbered.map(toItem),
  )
  return { ...result, id: saved.id, rowsRead: ledger.rows.length, numbered }
}

function toItem({ no, outcome }: NumberedOutcome): NewReconcileItem {
  const row = 'row' in outcome ? outcome.row : null
  const member = 'member' in outcome ? outcome.member : null
  return {
    no,
    kind: outcome.kind,
    row: row?.row ?? null,
    memberId: member?.id ?? null,
    name: row?.name ?? member?.name ?? '',
    home: JSON.stringify(row ?? {}),
    fields: JSON.stringify(outcome.kind === 'conflict' ? outcome.fields : []),
  }
}

export function countOf(run: Pick<Reconciled, 'outcomes'>, kind: Outcome['kind']): number {
  return run.outcomes.filter((o) => o.kind === kind).length
}
