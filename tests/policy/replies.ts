// How the shipped knowledge base answers a message without a model, for the tests that check what a member is told.
import { expect } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { createPolicyService } from '../../handlers/policy/service.js'

export const shippedPolicy = createPolicyService()

/** The policy answerer turned the message away (not a policy question, or one it must not answer). */
export const declined = (q: string) =>
  ['declined', 'offtopic'].includes(groundedReply(shippedPolicy, q).answer.mode)

export function expectDeclined(messages: string[]) {
  for (const q of messages) expect(declined(q), q).toBe(true)
}

export function expectAnswered(messages: string[]) {
  for (const q of messages) expect(declined(q), q).toBe(false)
}

/** The first sentence the shipped knowledge base answers with, up to 。 or a line break. */
export const leadOf = (q: string) =>
  (groundedReply(shippedPolicy, q).answer.text ?? '').split(/[。\n]/)[0] ?? ''
