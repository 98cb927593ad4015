// Issue 14, round 9: ways of asking that held-out authors used and the bot did not read, as mechanisms. The
// questions here are worded for these tests; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { answersKindOf, askedKind, namedPart, withoutPurpose } from '../../handlers/policy/question/intent.js'
import { createPolicyService } from '../../handlers/policy/service.js'
import { firstSentence } from '../../scripts/eval-policy.js'

const service = createPolicyService()
const reply = (q: string) => groundedReply(service, q)
const first = (q: string) => firstSentence(reply(q).answer.text ?? '')
const top = (q: string) => reply(q).hits[0]?.article.id

describe('kinds said in other words', () => {
  it('reads 好长时间 as a duration, 拿啥子去证明 and 啥子手续 as documents, 百分之好多 as a rate', () => {
    expect(askedKind('这个贷款最长能借好长时间')).toBe('duration')
    expect(askedKind('我打过工，该拿啥子去证明嘛')).toBe('documents')
    expect(askedKind('办执照要走些啥子手续')).toBe('documents')
    expect(askedKind('财政帮忙出的利息占百分之好多')).toBe('rate')
  })

  it('counts items said in Chinese numerals (几个方面 → 六个方面, 好多条 → 十六条)', () => {
    expect(askedKind('那份文件分了几个方面')).toBe('amount')
    expect(answersKindOf('那份文件分了几个方面', '覆盖创业服务等六个方面')).toBe(true)
    expect(answersKindOf('配套那个文件一共好多条', '还有《服务保障十六条措施》')).toBe(true)
  })

  it('reads 好多号 as a document number, but 好多号码 as a phone number', () => {
    expect(namedPart('国务院那个文件是好多号')).not.toBeNull()
    expect(namedPart('有事打好多号码')).toBeNull()
  })

  it('answers a count of areas and of measures with the number, not "not known"', () => {
    expect(first('二十二条一共包括几个大方面')).toMatch(/六个方面/)
    expect(first('省上跟二十二条一起发的农民工服务保障文件有好多条')).toMatch(/十六条/)
  })
})

describe('what the figure is about', () => {
  it('reads the steps to go through (备案, 登记) as the answer to 啥子手续', () => {
    expect(first('合作社想按小微企业享受扶持，先要走哪些手续')).toMatch(/备案|登记/)
  })

  it('takes a loan term (最长3年), not a contract minimum (1年以上), for 能贷好长时间', () => {
    expect(first('厂里算小微企业，办担保贷款能贷好长时间嘛')).toMatch(/最长2年/)
  })

  it('says first that the days to payment are not known, not the way it is paid', () => {
    const answer = first('补贴批了以后要好多天才打到卡上')
    expect(answer).toMatch(/没有写明/)
    expect(answer).toMatch(/请问/)
  })

  it('takes a figure the member asks to have confirmed as asked, not as known', () => {
    expect(top('听人说以前农业企业担保贷款可以贷200万，是真的不，最高好多')).toBe('sc2015#老贷款')
  })
})

describe('the off-topic gate by topic class', () => {
  const declined = (q: string) => ['declined', 'offtopic'].includes(reply(q).answer.mode)

  it('declines branch meetings, driving licences and drawing on the housing fund', () => {
    for (const q of [
      '这个月支部活动定在哪天，在哪里集合',
      '党员会是下午几点开',
      '支部这个月哪天开会',
      '驾驶证快过期了，去哪点换，要不要先去体检',
      '车子年审去哪个站',
      '公积金里头的钱咋个取出来',
    ])
      expect(declined(q), q).toBe(true)
  })

  it('still answers the policy questions that share those words', () => {
    for (const q of ['返乡创业的人能不能交住房公积金', '二十二条是省政府哪次开会通过的'])
      expect(declined(q), q).toBe(false)
  })
})

describe('what is not known, in natural Chinese', () => {
  it('lets the first question, answered, win over a side question after it', () => {
    const answer = first('把生产设备从外省搬回老家有没有补助？回来以后要不要重新办营业执照')
    expect(answer).toMatch(/设备/)
    expect(answer).not.toMatch(/方面的规定/)
  })

  it('names the yes/no question itself when its object is unknown', () => {
    expect(first('创业担保贷款要不要先交押金')).toMatch(/本库没有写明要不要先交押金/)
  })

  it('does not read 百分之 as a thing the base lacks when the unit holds the percentage', () => {
    expect(first('建设用地指标给乡村新业态留了百分之好多')).toMatch(/8%/)
  })

  it('says first that the buttons of a bank app are not known, and where to ask', () => {
    const answer = first('担保贷款在手机银行上申请，要按哪几个按钮')
    expect(answer).toMatch(/没有写明/)
    expect(answer).toMatch(/请问/)
  })
})

describe('a notice period', () => {
  it('answers how long the notice hangs, but not how long payment takes', () => {
    expect(first('补贴申请在网上要挂出来公示几天')).toMatch(/5个工作日/)
    expect(first('补贴审批好了好多天才到账')).toMatch(/没有写明/)
  })
})

describe('a document asked about as a document', () => {
  it('is answered from that document, not from another one sharing story words', () => {
    expect(first('支持农民工和农民企业家回乡创业的那个22条，全称是啥')).toMatch(
      /《促进返乡下乡创业二十二条措施》/,
    )
  })

  it('reads the year in the member story as his, not as the year asked about', () => {
    expect(first('我2016年就回来开店了，22条是哪一年定的，那时候有没有')).toMatch(/2018年/)
  })
})

describe('a document number', () => {
  it('is stated from the sentence giving it, not from one saying another fact is not known', () => {
    const answer = first('超过30万那部分贴息的办法写在哪个通知里，几号文')
    expect(answer).toMatch(/川财金〔2025〕30号通知的第二项/)
  })

  it('of the document that raised the loan limit is given with the limit', () => {
    expect(first('把个人贷款额度提到50万的是哪个文件，文号多少')).toMatch(/川办规〔2025〕6号/)
  })
})

describe('a unit holding the asked kind from lower down', () => {
  it('answers where to hand in the subsidy papers with the place, not the list of papers', () => {
    expect(first('创业补贴的材料准备好了，拿到哪个地方去交')).toMatch(/农民工服务中心/)
  })
})

describe('a condition on what the member tells of himself', () => {
  it('answers a member of another province with the household-registration condition', () => {
    expect(first('我户口在贵州，在宜宾开了个店，能领返乡农民工的创业补贴不')).toMatch(/四川农村户籍/)
  })
})

describe('a document named by what it did', () => {
  it('is found by the figures the member states, and a clause saying what he will do with it does not count', () => {
    expect(withoutPurpose('那个文件文号是多少，我想抄下来贴在店门口')).toBe('那个文件文号是多少，')
    expect(first('贷款额度提到50万的文件，文号多少，我想抄下来贴在店门口')).toMatch(/川办规〔2025〕6号/)
  })
})
