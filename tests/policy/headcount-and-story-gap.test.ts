// A number of people to take on is answered by the workforce share; a word of the member's story (没逾期过) makes
// no "not known" lead when the chosen sentence answers what he asks.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { defaultKbDir } from '../../handlers/policy/kb.js'
import { createPolicyService } from '../../handlers/policy/service.js'

const service = createPolicyService({ kbDir: defaultKbDir, sleep: async () => {} })
const firstSentence = (q: string) => (groundedReply(service, q).answer.text ?? '').split(/[。\n]/)[0] ?? ''

describe('how many people to take on', () => {
  it('leads with the share of the workforce', () => {
    const a = firstSentence('公司30个员工，公司要申请担保贷款的话还要新聘好多符合条件的人')
    expect(a).toContain('10%')
    expect(a).not.toContain('本库')
  })
})
