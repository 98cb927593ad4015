// The .xlsx export: roster, sessions, and the attendance matrix (members × sessions). Used by 导出 and the CLI.
import ExcelJS from 'exceljs'
import type { Db } from '../types.js'
import { membersOfBranch } from '../../prisma/repos/attendance/members.js'
import { sessionsOfBranchSince } from '../../prisma/repos/attendance/sessions.js'
import { dayOf, dayTime, KIND_LABEL, MARK_LABEL, percent, type Mark, type SessionKind } from './format.js'
import { countMarks } from './stats.js'

export const SHEETS = { roster: '名册', sessions: '活动', matrix: '出勤' } as const

export async function buildAttendanceWorkbook(db: Db, branchId: number): Promise<ExcelJS.Workbook> {
  const members = await membersOfBranch(db, branchId)
  const sessions = await sessionsOfBranchSince(db, branchId, new Date(0))
  const wb = new ExcelJS.Workbook()
  const roster = wb.addWorksheet(SHEETS.roster)
  roster.addRow([
    '姓名',
    '手机号',
    '类别',
    '流出地党组织',
    '所在城市',
    '工作单位',
    '行业',
    '已报到',
    '免签',
    '免签原因',
  ])
  for (const m of members)
    roster.addRow([
      m.name,
      m.phone ?? '',
      m.category ?? '',
      m.originOrg ?? '',
      m.city ?? '',
      m.employer ?? '',
      m.industry ?? '',
      m.contactId ? '是' : '否',
      m.exempt ? '是' : '',
      m.exemptReason ?? '',
    ])
  const list = wb.addWorksheet(SHEETS.sessions)
  list.addRow([
    '编号',
    '类型',
    '主题',
    '开始',
    '结束',
    '应到',
    '实到',
    '迟到',
    '请假',
    '缺席',
    '出勤率',
    '非本支部参加人数',
    '参加人员',
  ])
  for (const s of sessions) {
    const c = countMarks(s.attendance.map((a) => a.status))
    const kind = KIND_LABEL[s.kind as SessionKind] ?? s.kind
    list.addRow([
      s.id,
      kind,
      s.topic,
      dayTime(s.openedAt),
      s.closedAt ? dayTime(s.closedAt) : '进行中',
      c.expected,
      c.present,
      c.late,
      c.leave,
      c.absent,
      percent(c.present, c.expected),
      s.guests.length,
      s.guests.map((g) => g.name).join('、'),
    ])
  }
  const matrix = wb.addWorksheet(SHEETS.matrix)
  matrix.addRow(['姓名', ...sessions.map((s) => `${dayOf(s.openedAt)} ${s.topic}`)])
  for (const m of members) {
    const cells = sessions.map((s) => {
      const a = s.attendance.find((x) => x.memberId === m.id)
      if (!a) return '—'
      const made = s.makeups.some((x) => x.memberId === m.id)
      return `${MARK_LABEL[a.status as Mark] ?? a.status}${made ? '（已补课）' : ''}`
    })
    matrix.addRow([m.name, ...cells])
  }
  for (const sheet of [roster, list, matrix]) sheet.getRow(1).font = { bold: true }
  return wb
}
