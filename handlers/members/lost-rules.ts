// 失联预警 without the database: who the branch has lost, why, and who is now 脱管脱联.
import type { Member } from '../types.js'

export interface LostSettings {
  lostAfterSessions: number
  checkinWithinDays: number
  outOfManagementAttempts: number
}

export interface RecentSession {
  openedAt: Date
  attendance: { memberId: number; status: string }[]
}

export interface Attempt {
  memberId: number
  reached: boolean
  method: string
  at: Date
}

export interface Lost {
  member: Member
  reasons: string[]
  /** When the latest evidence appeared; a contact after it clears the member. */
  since: Date
  failedAttempts: Attempt[]
  outOfManagement: boolean
}

type Evidence = { text: string; at: Date }

export function lostMembers(
  members: Member[],
  sessions: RecentSession[],
  attempts: Attempt[],
  settings: LostSettings,
  now: Date,
): Lost[] {
  return members.flatMap((member) => {
    const evidence = evidenceFor(member, sessions, settings, now)
    if (!evidence.length) return []
    const since = new Date(Math.max(...evidence.map((e) => e.at.getTime())))
    const after = attempts.filter((a) => a.memberId === member.id && a.at >= since)
    if (after.some((a) => a.reached)) return []
    const failedAttempts = after.filter((a) => !a.reached)
    const outOfManagement = failedAttempts.length >= settings.outOfManagementAttempts
    return [{ member, reasons: evidence.map((e) => e.text), since, failedAttempts, outOfManagement }]
  })
}

function evidenceFor(member: Member, sessions: RecentSession[], s: LostSettings, now: Date): Evidence[] {
  const found: Evidence[] = []
  const marks = sessions.flatMap((session) => {
    const mark = session.attendance.find((a) => a.memberId === member.id)
    return mark && mark.status !== 'exempt' ? [{ status: mark.status, at: session.openedAt }] : []
  })
  const lastN = marks.slice(0, s.lostAfterSessions)
  const newest = lastN[0]
  if (newest && lastN.length === s.lostAfterSessions && lastN.every((m) => m.status === 'absent'))
    found.push({ text: `连续${s.lostAfterSessions}次活动缺席`, at: newest.at })
  const deadline = new Date(member.createdAt.getTime() + s.checkinWithinDays * 86_400_000)
  if (!member.contactId && deadline <= now)
    found.push({ text: `名册导入${s.checkinWithinDays}天仍未报到`, at: deadline })
  if (member.phoneWrongAt) found.push({ text: '手机号有误', at: member.phoneWrongAt })
  return found
}
