// What a secretary sees after 对账: counts for the group, a short private list, and the full detail as .xlsx.
// Group texts carry names and counts only; private ones phones masked; ID numbers never.
import type ExcelJS from 'exceljs'
import { maskPhone } from '../roster/phone.js'
import { COMPARED_LABEL, type ComparedField, type Outcome, type RosterPerson } from './reconcile.js'
import { countOf, type NumberedOutcome, type ReconcileRun } from './reconcile-run.js'
import type { LedgerRow } from './parse.js'

export const KIND_LABEL: Record<Outcome['kind'], string> = {
  matched: '对上',
  conflict: '对上但信息不一致',
  homeOnly: '台账有、本支部没有（待查找）',
  hostOnly: '本支部有、台账没有（请与流出地核实）',
  unsure: '无法确定是谁（请人工核对）',
}

const PRIVATE_LINES = 20

export function groupReconcileText(run: ReconcileRun): string {
  const org = run.originOrg ? `${run.originOrg}台账` : '台账'
  const lines = [
    `对账完成（${org}，读到 ${run.rowsRead} 人）：`,
    `对上 ${countOf(run, 'matched') + countOf(run, 'conflict')} 人，其中信息不一致 ${countOf(run, 'conflict')} 人；`,
    `台账有、本支部没有 ${countOf(run, 'homeOnly')} 人（待查找）；`,
    `本支部有、台账没有 ${countOf(run, 'hostOnly')} 人（请与流出地核实）。`,
  ]
  if (countOf(run, 'unsure')) lines.push(`${countOf(run, 'unsure')} 行同名无法确定，请人工核对。`)
  const left = run.skipped.length
  if (left) lines.push(`${left} 行未比对（重复、缺姓名或属于其他支部等），见明细。`)
  if (!run.originOrg)
    lines.push(
      '台账没有写流出地党组织，本支部所有没对上的人都算“台账没有”；可发「对账 流出地党组织名称」再发文件。',
    )
  lines.push('名册没有任何改动。明细已私信发给你。')
  if (countOf(run, 'conflict') + countOf(run, 'homeOnly'))
    lines.push('确认后发「接受对账 编号」或「接受对账 全部」写入名册。')
  return lines.join('\n')
}

/** The numbered changes the secretary can accept, one line each, phones masked. */
export function privateReconcileText(run: ReconcileRun): string {
  const acceptable = run.numbered.filter(
    (n) => n.outcome.kind === 'conflict' || n.outcome.kind === 'homeOnly',
  )
  const lines = [`对账明细（第${run.id}次对账）：`]
  for (const n of acceptable.slice(0, PRIVATE_LINES)) lines.push(`${n.no}. ${itemLine(n.outcome)}`)
  if (acceptable.length > PRIVATE_LINES)
    lines.push(`……另有 ${acceptable.length - PRIVATE_LINES} 项，见表格。`)
  if (!acceptable.length) lines.push('没有需要写入名册的更改。')
  for (const p of run.skipped.slice(0, 10)) lines.push(`台账第${p.row}行 ${p.name}：${p.reason}`)
  return lines.join('\n')
}

export function itemLine(o: Outcome): string {
  switch (o.kind) {
    case 'conflict':
      return `${o.member.name}：${o.fields.map((f) => difference(f, o.row, o.member)).join('；')}`
    case 'homeOnly':
      return `${o.row.name}（台账第${o.row.row}行${o.row.originOrg ? `，${o.row.originOrg}` : ''}）：本支部名册没有${o.note ? `，${o.note}` : ''}`
    case 'hostOnly':
      return `${o.member.name}：流出地台账没有`
    case 'unsure':
      return `${o.row.name}（台账第${o.row.row}行）：名册有${o.candidates.length}位同名，请人工核对`
    case 'matched':
      return `${o.member.name}：一致`
  }
}

function difference(field: ComparedField, row: LedgerRow, member: RosterPerson): string {
  const show = (v: string | null) => (v === null ? '未填' : field === 'phone' ? maskPhone(v) : v)
  return `${COMPARED_LABEL[field]} 台账 ${show(row[field])}，名册 ${show(member[field])}`
}

export async function reconcileWorkbook(run: ReconcileRun): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs')
  const wb = new Excel.Workbook()
  const sheet = wb.addWorksheet('对账结果')
  sheet.addRow(['编号', '结果', '台账行号', '姓名', '说明', '能否接受'])
  for (const n of run.numbered) sheet.addRow(resultRow(n))
  const rest = wb.addWorksheet('未比对的行')
  rest.addRow(['台账行号', '姓名', '原因'])
  const problems = [...run.skipped, ...run.notes, ...run.ignored].sort((a, b) => a.row - b.row)
  for (const p of problems) rest.addRow([p.row, p.name, p.reason])
  wb.eachSheet((s) => (s.getRow(1).font = { bold: true }))
  return wb
}

function resultRow({ no, outcome }: NumberedOutcome): (string | number)[] {
  const row = 'row' in outcome ? outcome.row.row : ''
  const name = 'row' in outcome ? outcome.row.name : outcome.member.name
  const acceptable = outcome.kind === 'conflict' || outcome.kind === 'homeOnly'
  return [no, KIND_LABEL[outcome.kind], row, name, itemLine(outcome), acceptable ? `接受对账 ${no}` : '']
}
