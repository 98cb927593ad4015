// Issue 14, round 16: another person's data asked to be handed over (always refused), and matters of the branch,
// the household and the village that share a word with the schemes (培训, 补贴, 计划书, 孵化, 热线). The messages
// are written for these tests; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { asksForSomebodysData } from '../../handlers/policy/gate/privacy.js'
import { expectAnswered, expectDeclined, shippedPolicy } from './replies.js'

const service = shippedPolicy

describe('another person’s phone, ID number or address', () => {
  const requests = [
    '麻烦哪位把刘桂芳的电话和身份证号发一下，我帮她填个创业补贴的表',
    '哪个把老王的手机号发一下，我帮他办贷款',
    '张大姐的身份证号码报一下嘛，帮她申请补贴',
    '帮他申请创业担保贷款，麻烦把他的身份证号发群里',
    '发一下何志明的住址，我给他寄材料',
    '杨师傅电话多少，我问下他贷款的事',
    '我帮隔壁王叔填创业补贴表，他的身份证号码哪个晓得',
    '我表哥的身份证和电话谁有，私我',
    '她的电话号码贴出来嘛',
    '谁晓得罗主任的手机号，告诉我一下',
  ]
  it('is refused whatever it is said to be for, in any order', () => {
    for (const q of requests) {
      expect(asksForSomebodysData(q), q).toBe(true)
      expect(groundedReply(service, q).answer.mode, q).toBe('offtopic')
    }
  })
  it('while one’s own papers, a relative’s papers as documents, and an office’s number are answered', () => {
    expectAnswered([
      '创业担保贷款要填本人电话吗',
      '身份证丢了还能申请补贴不',
      '帮我妈申请创业补贴，要她的身份证复印件不',
      '代别人申请补贴要带他的身份证不',
      '我的身份证号填错了，补贴还能领不',
      '创业补贴的咨询电话告诉我一下',
      '创业担保贷款咨询电话告诉我下',
      '网店用自己家的地址能办执照不',
      '配偶的身份证要不要一起交',
    ])
  })
})

describe('the party’s own training and study', () => {
  it('is declined though it shares 培训 and 学习', () => {
    expectDeclined([
      '今年党员冬训啥时候开始',
      '支部的党员集中学习安排在哪天',
      '党员培训班几号报到',
      '党员教育培训要交心得体会不',
      '党纪学习教育的资料发一下',
    ])
  })
  it('while start-up training, also for party members, is answered', () => {
    expectAnswered([
      '返乡创业培训哪天开班',
      '流动党员回来创业，有培训没得',
      '流动党员在外地也能参加创业培训不',
      '我是党员，返乡开了个面馆，能领创业补贴不',
    ])
  })
})

describe('requests to write, school work and competitions', () => {
  it('are declined though they are about 创业', () => {
    expectDeclined([
      '帮我写一份创业计划书',
      '给我写个发言稿，讲返乡创业的',
      '写一篇返乡创业的心得体会',
      '帮我写个开网店的方案',
      '帮我起草一份支部工作总结',
      '娃儿的作业要写创业计划书，咋个写',
      '学校搞创业比赛，有没有商业计划书的范文',
      '孩子参加创新创业大赛，要做个PPT',
    ])
  })
  it('while the papers the schemes ask for, and prizes asked about as a scheme, are answered', () => {
    expectAnswered([
      '申请创业补贴要不要写创业计划书',
      '贷款要写项目计划书不',
      '申请贷款要写申请书不',
      '参加创业大赛获奖有补贴不',
      '创业补贴申请表有没有模板',
      '帮我看下我能不能申请创业补贴',
      '帮忙查一下创业补贴的条件',
    ])
  })
})

describe('other farm schemes, hatching eggs and village posts', () => {
  it('are declined', () => {
    expectDeclined([
      '农机补贴咋个申请',
      '买收割机有国家补贴不',
      '良种补贴发了没有',
      '能繁母猪补贴今年有没得',
      '政策性农业保险咋个理赔',
      '鸡蛋孵化要多少天',
      '孵化小鸡的机器哪里买',
      '村干部一个月补贴好多',
      '网格员的补贴啥时候发',
    ])
  })
  it('while the knowledge base’s land and grain units and start-ups in farming are answered', () => {
    expectAnswered([
      '种粮大户补贴有好多',
      '土地流转有奖补不',
      '租地种粮有补助吗',
      '返乡创业买设备有补贴不',
      '返乡搞生猪养殖，能贷款不',
      '开个农机维修店能领补贴不',
      '返乡买收割机搞农机服务，能贷款不',
      '孵化基地补贴好多',
      '我想开个孵化场，能申请贷款不',
    ])
  })
})

describe('shopping, other hotlines, other national policies and a place’s daily life', () => {
  it('are declined', () => {
    expectDeclined([
      '网店买的衣服咋个退货',
      '二胎政策现在还有没得奖励',
      '12345热线投诉有用不',
      '移动的客服热线是好多',
      '园区门口天天堵车，咋个办',
    ])
  })
  it('while the same words asked about the schemes are answered', () => {
    expectAnswered([
      '网店发快递的费用能补贴不',
      '开快递站能申请创业担保贷款不',
      '有医保的还能领创业补贴不',
      '退休了回老家创业还能贷款不',
      '12333能查补贴到账没得',
      '园区租金有补贴不',
    ])
  })
})
