// Every feature is registered here, in this order; help is generated from these registrations.
import { bindBranchHandler, relinkGroupHandler } from './core/bind-branch.js'
import { helpHandler } from './core/help.js'
import { revokeRoleHandler, setCommitteeHandler, setSecretaryHandler } from './core/roles.js'
import { whoamiHandler } from './core/whoami.js'
import { checkinHandlers } from './checkin.js'
import { policyHandlers } from './policy/index.js'
import { relinkHandlers } from './relink.js'
import { rosterHandlers } from './roster/index.js'
import type { HandlerSpec } from './types.js'

export function allHandlers(): HandlerSpec[] {
  const specs: HandlerSpec[] = [
    helpHandler(() => specs),
    bindBranchHandler,
    relinkGroupHandler,
    setSecretaryHandler,
    setCommitteeHandler,
    revokeRoleHandler,
    whoamiHandler,
    ...rosterHandlers,
    ...checkinHandlers,
    ...relinkHandlers,
    // The policy fallback answers whatever addressed the bot and no command claimed: keep it last.
    ...policyHandlers,
  ]
  return specs
}
