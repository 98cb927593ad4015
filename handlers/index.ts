// Every feature is registered here, in this order; help is generated from these registrations.
import { createAttendance } from './attendance/index.js'
import { checkinHandlers } from './checkin.js'
import { bindBranchHandler, relinkGroupHandler } from './core/bind-branch.js'
import { helpHandler } from './core/help.js'
import { revokeRoleHandler, setCommitteeHandler, setSecretaryHandler } from './core/roles.js'
import { settingsHandler } from './core/settings.js'
import { whoamiHandler } from './core/whoami.js'
import { createPolicy } from './policy/index.js'
import { relinkHandlers } from './relink.js'
import { rosterHandlers } from './roster/index.js'
import { scheduleHandlers } from './schedule/index.js'
import type { HandlerSpec } from './types.js'

/** The handlers plus the stateful features the runtime drives (each bot instance gets its own). */
export function buildFeatures() {
  const attendance = createAttendance()
  const policy = createPolicy()
  const handlers: HandlerSpec[] = [
    helpHandler(() => handlers),
    bindBranchHandler,
    relinkGroupHandler,
    setSecretaryHandler,
    setCommitteeHandler,
    revokeRoleHandler,
    settingsHandler,
    whoamiHandler,
    ...rosterHandlers,
    ...checkinHandlers,
    ...relinkHandlers,
    ...attendance.handlers,
    ...scheduleHandlers,
    // The policy fallback answers whatever addressed the bot and no command claimed: keep it last.
    ...policy.handlers,
  ]
  return { handlers, attendance, policy }
}

export type Features = ReturnType<typeof buildFeatures>
