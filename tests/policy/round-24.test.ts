// Issue 14, round 24: causes found in the blind run of sets 26 and 27. Questions worded for this test; none is
// taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { firstSentence } from '../../scripts/eval-policy.js'

const service = createPolicyService()
const reply = (q: string) => groundedReply(service, q)
const first = (q: string) => firstSentence(reply(q).answer.text ?? '')

describe('文件号 and 文件编号 are 文号', () => {
  it('answers the current document number', () => {
    expect(first('省上今年那个新出的创业文件，文件编号是多少')).toMatch(/川办规〔2025〕6号/)
    expect(first('现在的创业新政策文件号是多少')).toMatch(/川办规〔2025〕6号/)
  })
})

describe('哪几家银行 asks the lending bank, which the base lacks', () => {
  it('says the bank is not known first', () => {
    expect(first('青年创业贷款是哪几家银行放款')).toMatch(/^本库没有写明.*银行/)
    expect(first('青年贷是哪几家银行在放，审批要几天')).toMatch(/^本库没有写明.*银行/)
  })
})

describe('a place told as where the member is does not lead nor steer', () => {
  it('answers the province-wide channel first', () => {
    expect(first('南充这边担保贷款在网上哪里申请')).not.toMatch(/^本库没有/)
    expect(first('巴中那边创业补贴在手机上哪里申请嘛')).toMatch(/网上服务大厅|e就业/)
  })
  it('keeps the place first when its own rule is asked', () => {
    expect(first('我们县的创业补贴标准是好多')).toMatch(/^本库没有你们县/)
  })
  it('a city in the story does not pull the training rates', () => {
    expect(first('我在泸州老家开了个面馆，执照也办了，听说返乡创业有补贴，好多钱嘛')).toMatch(/5000元/)
  })
})

describe('where papers are handed in is a place', () => {
  it('answers the office, not the list of papers', () => {
    expect(first('创业补贴的材料送到哪个单位去交')).toMatch(/农民工服务中心/)
  })
})
