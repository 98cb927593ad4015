// Every feature is registered here, in this order; help is generated from these registrations.
import { bindBranchHandler, relinkGroupHandler } from './core/bind-branch.js'
import { helpHandler } from './core/help.js'
import { revokeRoleHandler, setCommitteeHandler, setSecretaryHandler } from './core/roles.js'
import { whoamiHandler } from './core/whoami.js'
import { policyHandlers } from './policy/index.js'
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
    // The policy fallback answers whatever addressed the bot and no command claimed: keep it last.
    ...policyHandlers,
  ]
  return specs
}
