// Every feature is registered here, in this order; help is generated from these registrations.
import { createAttendance } from './attendance/index.js'
import type { ChartRenderers } from './attendance/chart-commands.js'
import { bindBranchHandler, relinkGroupHandler } from './core/bind-branch.js'
import { handOverHandler } from './core/hand-over.js'
import { helpHandler } from './core/help.js'
import { revokeRoleHandler, setCommitteeHandler, setSecretaryHandler } from './core/roles.js'
import { settingsHandler } from './core/settings.js'
import { whoamiHandler } from './core/whoami.js'
import { ledgerHandlers } from './ledger/index.js'
import { createMembers } from './members/index.js'
import { policyHandlers } from './policy/index.js'
import { rosterHandlers } from './roster/index.js'
import { scheduleHandlers } from './schedule/index.js'
import type { HandlerSpec } from './types.js'

/** The handlers plus the stateful features the runtime drives (each bot instance gets its own). */
export function buildFeatures(o: { charts?: ChartRenderers } = {}) {
  const attendance = createAttendance(undefined, o.charts)
  const members = createMembers()
  const handlers: HandlerSpec[] = [
    helpHandler({ specs: () => handlers, openSessionIn: (roomId) => attendance.openSessionTitle(roomId) }),
    bindBranchHandler,
    relinkGroupHandler,
    handOverHandler,
    setSecretaryHandler,
    setCommitteeHandler,
    revokeRoleHandler,
    settingsHandler,
    whoamiHandler,
    ...rosterHandlers(),
    ...attendance.handlers,
    ...scheduleHandlers,
    ...ledgerHandlers(),
    ...members.handlers,
    // The policy fallback answers whatever addressed the bot and no command claimed: keep it last.
    ...policyHandlers,
  ]
  return { handlers, attendance, members }
}

export type Features = ReturnType<typeof buildFeatures>
