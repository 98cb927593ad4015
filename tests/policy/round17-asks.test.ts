// Round 17: each part of the interest subsidy reads whole; 第几条 is an article number the base lacks; a yes/no
// about a channel asks where; documents asked with a yes/no; a member's own status against the condition.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { defaultKbDir } from '../../handlers/policy/kb.js'
import { createPolicyService } from '../../handlers/policy/service.js'

const service = createPolicyService({ kbDir: defaultKbDir, sleep: async () => {} })
const firstSentence = (q: string) => (groundedReply(service, q).answer.text ?? '').split(/[。\n]/)[0] ?? ''

describe('the interest subsidy by parts', () => {
  it('names the personal part whole', () => {
    expect(firstSentence('个人贷了45万，利息是不是全部都给贴')).toContain('30万元以内的部分')
    expect(firstSentence('超过30万那截贴不贴息')).toContain('30万元以内的部分')
  })
})
