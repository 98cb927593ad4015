// Texts for an import report and roster counts. Group texts carry no phone at all; private ones only masked.
import type { RosterCounts } from '../../prisma/repos/roster/checkin.js'
import type { ImportReport } from './import.js'
import type { RowProblem } from './parse.js'

const GROUP_PROBLEM_LINES = 3
const PRIVATE_PROBLEM_LINES = 50

export function importSummary(report: ImportReport): string {
  return `名册导入完成：新增 ${report.created} 人，更新 ${report.updated} 人，无变化 ${report.unchanged} 人，跳过 ${report.skipped.length} 行。`
}

const rowLabel = (p: RowProblem) => `第${p.row}行${p.name ? ` ${p.name}` : ''}`

export function groupImportReport(report: ImportReport, detailSentPrivately: boolean): string {
  const lines = [importSummary(report)]
  const problems = report.skipped.slice(0, GROUP_PROBLEM_LINES)
  for (const p of problems) lines.push(`${rowLabel(p)}：${p.reason}`)
  const more = report.skipped.length - problems.length
  if (more > 0) lines.push(`另有 ${more} 行未导入。`)
  if (report.notes.length > 0) lines.push(`另有 ${report.notes.length} 行需要核对（同名或重复）。`)
  if (detailSentPrivately) lines.push('明细已私信发给你。')
  return lines.join('\n')
}

export function privateImportDetail(report: ImportReport, branchName: string): string {
  const lines = [`【${branchName}】${importSummary(report)}`]
  const problems = [
    ...report.skipped.map((p) => ({ ...p, kind: '未导入' })),
    ...report.notes.map((p) => ({ ...p, kind: '请核对' })),
  ].sort((a, b) => a.row - b.row)
  if (problems.length === 0) {
    lines.push('所有行都已导入。')
    return lines.join('\n')
  }
  for (const p of problems.slice(0, PRIVATE_PROBLEM_LINES)) {
    lines.push(`${rowLabel(p)}${p.phone ? ` ${p.phone}` : ''}：${p.kind}，${p.reason}`)
  }
  if (problems.length > PRIVATE_PROBLEM_LINES) {
    lines.push(
      `……还有 ${problems.length - PRIVATE_PROBLEM_LINES} 行，可在电脑上用 npm run roster:import 查看完整报告。`,
    )
  }
  lines.push('改好后重新发送“导入名册”即可，已有的人会更新，不会重复。')
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
