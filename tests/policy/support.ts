// Shared helpers for policy tests: a copy of the shipped knowledge base in a temp dir, and a policy feature over it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { policyHandlers } from '../../handlers/policy/index.js'
import { defaultKbDir } from '../../handlers/policy/kb.js'
import { createPolicyService, type PolicyServiceOptions } from '../../handlers/policy/service.js'
import type { HandlerSpec } from '../../handlers/types.js'

export function tempKb(): { dir: string; cleanup(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'policy-kb-'))
  const dir = path.join(root, 'policy')
  cpSync(defaultKbDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}archive`) })
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}

export const noSleep = async () => {}

export function testService(kbDir: string, o: PolicyServiceOptions = {}) {
  return createPolicyService({ kbDir, sleep: noSleep, ...o })
}

/** A policy service over `kbDir` (give it to `startChat`), and the policy handler specs. */
export function testPolicy(kbDir: string, o: PolicyServiceOptions = {}) {
  const service = testService(kbDir, o)
  const spec = (id: string): HandlerSpec => {
    const found = policyHandlers.find((h) => h.id === id)
    if (!found) throw new Error(`no policy handler ${id}`)
    return found
  }
  return { service, spec, handlers: policyHandlers }
}
