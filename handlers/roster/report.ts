// Texts for an import report and roster counts. Group texts carry no phone at all; private ones only masked.
import type { RosterCounts } from '../../prisma/repos/roster/checkin.js'
import type { ImportReport } from './import.js'
import type { RowProblem } from './parse.js'

const GROUP_PROBLEM_LINES = 3
const PRIVATE_PROBLEM_LINES = 50

export function importSummary(report: ImportReport): string {
  const changed = report.phoneChanges.length
  const updated = `更新 ${report.updated} 人${changed > 0 ? `（其中更换手机号 ${changed} 人）` : ''}`
  return `名册导入完成：新增 ${report.created} 人，${updated}，无变化 ${report.unchanged} 人，跳过 ${report.skipped.length} 行。`
}

const rowLabel = (p: RowProblem) => `第${p.row}行${p.name ? ` ${p.name}` : ''}`

/** Whether the secretary gets the row-by-row detail privately (the group only ever sees counts and names). */
export function hasDetail(report: ImportReport): boolean {
  return [report.skipped, report.notes, report.flagged, report.phoneChanges].some((list) => list.length > 0)
}

export function groupImportReport(report: ImportReport, detailSentPrivately: boolean): string {
  const lines = [importSummary(report)]
  const problems = report.skipped.slice(0, GROUP_PROBLEM_LINES)
  for (const p of problems) lines.push(`${rowLabel(p)}：${p.reason}`)
  const more = report.skipped.length - problems.length
  if (more > 0) lines.push(`另有 ${more} 行未导入。`)
  if (report.flagged.length > 0) {
    lines.push(`新增的人中有 ${report.flagged.length} 人可能与名册中的同名党员是同一人，请核对。`)
  }
  if (report.notes.length > 0)
    lines.push(`另有 ${report.notes.length} 处需要核对（如同名、重复、身份证号有误）。`)
  if (report.ignored.length > 0)
    lines.push(`合计、签字、说明等 ${report.ignored.length} 行不是党员，已略过。`)
  if (detailSentPrivately) lines.push('明细已私信发给你。')
  return lines.join('\n')
}

export function privateImportDetail(report: ImportReport, branchName: string): string {
  const lines = [`【${branchName}】${importSummary(report)}`]
  const items = [
    ...report.skipped.map((p) => ({ ...p, kind: '未导入，' })),
    ...report.flagged.map((p) => ({ ...p, kind: '已新增，请核对：' })),
    ...report.notes.map((p) => ({ ...p, kind: '请核对，' })),
    ...report.phoneChanges.map((p) => ({ ...p, kind: '已更新，' })),
    ...report.ignored.map((p) => ({ ...p, kind: '' })),
  ].sort((a, b) => a.row - b.row)
  if (items.every((p) => p.kind === '')) lines.push('所有党员都已导入。')
  for (const p of items.slice(0, PRIVATE_PROBLEM_LINES)) {
    lines.push(`${rowLabel(p)}${p.phone ? ` ${p.phone}` : ''}：${p.kind}${p.reason}`)
  }
  if (items.length > PRIVATE_PROBLEM_LINES) {
    lines.push(
      `……还有 ${items.length - PRIVATE_PROBLEM_LINES} 行，可在电脑上用 npm run roster:import 查看完整报告。`,
    )
  }
  if (report.skipped.length + report.notes.length + report.flagged.length > 0) {
    lines.push('改好后重新发送“导入名册”即可，已有的人会更新，不会重复。')
  }
  return lines.join('\n')
}

export function rosterCountsText(branchName: string, counts: RosterCounts): string {
  if (counts.total === 0) return `${branchName}的名册还是空的。请发送“导入名册”，再发 .xlsx 或 .csv 文件。`
  const lines = [
    `${branchName}名册共 ${counts.total} 人：已报到 ${counts.checkedIn} 人，未报到 ${counts.total - counts.checkedIn} 人。`,
  ]
  const categories = counts.byCategory.map((c) => `${c.category ?? '未填'} ${c.count}`)
  lines.push(`按党员类别：${categories.join('，')}。`)
  return lines.join('\n')
}
