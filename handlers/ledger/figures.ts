// Each member's figures for a period, grouped by home organisation: what the quarterly exchange and the
// year-end letter report (classes expected and attended, make-ups, service, roles, status changes).
import type { Db, Member } from '../types.js'
import { closedSessionsBetween, reviewsOfYear } from '../../prisma/repos/ledger/reports.js'
import { listRoles } from '../../prisma/repos/core/roles.js'
import { eventsOfBranchBetween } from '../../prisma/repos/members/events.js'
import { membersOfBranch } from '../../prisma/repos/core/members.js'
import { confirmedServicesBetween } from '../../prisma/repos/members/services.js'
import { countMarks, type Counts } from '../attendance/counts.js'
import { sameOrg } from './reconcile.js'
import type { Period } from './periods.js'

export const NO_ORG = '未填流出地党组织'

export interface MemberFigures {
  member: Member
  counts: Counts
  makeups: number
  serviceMinutes: number
  serviceTimes: number
  roles: string[]
  /** What changed in the period, as people read it (返乡、转入、对账更新…). */
  changes: { at: Date; text: string }[]
  review: { evaluation: string; suggestion: string } | null
}

export interface OrgFigures {
  originOrg: string
  members: MemberFigures[]
}

const ROLE_LABEL = { secretary: '支部书记', committee: '支部委员' } as const

const EVENT_TEXT: Record<string, string> = {
  reconciled: '双向对账更新信息',
  added: '双向对账加入名册',
  returned: '返乡',
  transferredIn: '组织关系转入本支部',
  left: '离开本支部',
  rejoined: '回到支部',
  registered: '本人登记加入支部',
  outOfManagement: '脱管脱联',
  found: '重新联系上',
  factsUpdated: '本人更新四个清楚',
}

export async function figuresByOrg(db: Db, branchId: number, period: Period): Promise<OrgFigures[]> {
  const [members, sessions, services, events, roles, reviews] = await Promise.all([
    membersOfBranch(db, branchId),
    closedSessionsBetween(db, branchId, period.from, period.to),
    confirmedServicesBetween(db, branchId, period.from, period.to),
    eventsOfBranchBetween(db, branchId, period.from, period.to),
    listRoles(db, branchId),
    reviewsOfYear(db, branchId, period.year),
  ])
  const figures = members.flatMap((member): MemberFigures[] => {
    const marks = sessions.flatMap((s) => s.attendance.filter((a) => a.memberId === member.id))
    const mine = events.filter((e) => e.memberId === member.id)
    const goneBefore = member.status !== 'active' && (member.statusSince ?? member.updatedAt) < period.from
    if (goneBefore && !marks.length && !mine.length) return []
    const service = services.filter((s) => s.memberId === member.id)
    const review = reviews.find((r) => r.memberId === member.id)
    return [
      {
        member,
        counts: countMarks(marks.map((m) => m.status)),
        makeups: sessions.filter((s) => s.makeups.some((m) => m.memberId === member.id)).length,
        serviceMinutes: service.reduce((sum, s) => sum + s.minutes, 0),
        serviceTimes: service.length,
        roles: roles.filter((r) => r.contactId === member.contactId).map((r) => ROLE_LABEL[r.role]),
        changes: mine
          .filter((e) => e.kind !== 'factsUpdated')
          .map((e) => ({ at: e.at, text: EVENT_TEXT[e.kind] ?? e.kind })),
        review: review ? { evaluation: review.evaluation, suggestion: review.suggestion } : null,
      },
    ]
  })
  return groupByOrg(figures)
}

/** 宜宾市叙州区高场镇党委 and 高场镇党委 go to one letter, under the longer (fuller) name. */
function groupByOrg(figures: MemberFigures[]): OrgFigures[] {
  const groups: OrgFigures[] = []
  for (const f of figures) {
    const org = f.member.originOrg?.trim() || null
    const group = groups.find((g) =>
      org === null ? g.originOrg === NO_ORG : g.originOrg !== NO_ORG && sameOrg(g.originOrg, org),
    )
    if (!group) groups.push({ originOrg: org ?? NO_ORG, members: [f] })
    else {
      group.members.push(f)
      if (org && org.length > group.originOrg.length) group.originOrg = org
    }
  }
  return groups
}
