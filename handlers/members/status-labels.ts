// How a member's standing reads in messages and reports.
import type { MemberStatus } from '../../prisma/repos/core/members.js'

export const STATUS_LABEL: Record<MemberStatus, string> = {
  active: '在支部',
  returned: '已返乡',
  left: '已离开支部',
}
