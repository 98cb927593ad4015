// Issue 14, round 22: messages about a workplace's own training, a delivery platform's pay, the branch's own
// meeting dates and a child's household registration share words with the schemes (培训, 补贴, 返乡创业, 户口) but
// ask the knowledge base nothing; the policy questions beside them use the same words and are answered. The
// messages are written for these tests; none is taken from an eval set.
import { describe, expect, it } from 'vitest'
import { groundedReply } from '../../handlers/policy/answer.js'
import { expectAnswered, expectDeclined, shippedPolicy } from './replies.js'

const service = shippedPolicy

describe('moving a household registration', () => {
  it('is declined however far 户口 stands from 迁', () => {
    expectDeclined([
      '小孩的户口想从厂子那边的集体户迁回村里，咋个弄',
      '我老婆户口还在娘家，想迁到我这边要带啥',
      '把娃儿户口从成都落回老家要跑哪些地方',
      '户口准备从打工的城市迁回来，开证明去哪开',
      '闺女户口挂在她外婆那，现在想迁出来，麻烦不',
      '儿子的户籍想转回老家，要啥子手续',
    ])
  })
  it('while a moved registration asked against the schemes is answered', () => {
    expectAnswered([
      '户口已经迁到城里了，回来开店还能领创业补贴不',
      '户口从村里迁出来好几年了，还算返乡农民工不',
      '户口迁回老家以后，在老家办个体户能贷款不',
    ])
  })
})

describe('a workplace’s own training', () => {
  it('is declined though it shares 培训', () => {
    expectDeclined([
      '公司下周的安全培训要不要带身份证',
      '新员工岗前培训在哪个会议室搞',
      '车间组织的安全生产培训几点结束',
      '工地上的安全教育培训要签到不',
      '厂头的质量培训考试难不难',
      '单位搞消防培训，我上夜班能不能不去',
      '店里的服务礼仪培训好久开始？老板说还要讲返乡创业的事',
      '村里的防溺水培训几点开始',
      '厂里的上岗培训有补贴不',
    ])
  })
  it('while start-up training and its money are answered', () => {
    expectAnswered([
      '返乡创业培训几点开始',
      '创业补贴要不要签到',
      '创业培训要签到不，缺课了还有补贴没得',
      'SYB培训在哪报名',
      '我开了个厂，参加创业培训有补贴不',
    ])
  })
})

describe('a delivery or ride platform’s pay', () => {
  it('is declined though it shares 补贴, 奖励', () => {
    expectDeclined([
      '外卖平台这周的冲单奖咋个算',
      '美团骑手跑满300单有好多奖励',
      '滴滴司机的冲单奖励是不是取消了',
      '跑腿平台的单量补贴发了没',
      '众包骑手高峰期补贴一单好多钱',
      '货拉拉司机接单提成是好多',
    ])
  })
  it('while a rider asking about starting up is answered', () => {
    expectAnswered([
      '骑手回乡开店能领创业补贴不',
      '我以前送外卖，回老家开个小吃店能贷款不',
      '跑了几年外卖，返乡创业有啥补贴',
      '外卖骑手想自己开个店，创业担保贷款能贷好多',
    ])
  })
})

describe('pay and allowances of a workplace', () => {
  it('are declined though they share 补贴, 补助', () => {
    expectDeclined([
      '厂里的加班补贴咋算',
      '公司给的高温补贴好多',
      '厂里的师带徒补贴好多钱',
      '单位的夜班补助一晚上好多',
    ])
  })
  it('while a member’s own business and the parks’ rent are answered', () => {
    expectAnswered(['我开了个餐馆，招人有补贴不', '返乡创业租场地有房租补贴不', '创业园区的房租有补贴不'])
  })
})

describe('the branch’s own meeting asked for its date, place or leave', () => {
  it('is declined though the meeting will speak of 返乡创业', () => {
    expectDeclined([
      '这周主题党日定在哪天？听说要讲返乡创业',
      '支部大会几点开？书记要传达返乡创业的文件，我想请个假',
      '党员大会在哪开，会上要学返乡创业政策',
      '下个月党课讲返乡创业，是几号哦',
      '组织生活会改到好久了，要讲入乡创业的事不',
      '党员志愿服务活动在哪集合？听说要顺便宣传返乡创业',
      '这次冬训哪天报到，要讲返乡创业不',
    ])
  })
  it('while a scheme heard of at a meeting is answered', () => {
    expectAnswered([
      '组织生活会上书记讲的创业补贴是好多',
      '支部开会说创业担保贷款额度提高了，现在是好多',
      '主题党日讲的返乡创业补贴，在哪领',
      '党员返乡创业，能申请创业担保贷款不',
    ])
  })
})

describe('a document named by its number', () => {
  it('is a policy question, never refused as another matter', () => {
    for (const q of ['川财金30号讲的啥', '川办规6号是好久开始执行的？', '国办发47号是讲啥的']) {
      expect(groundedReply(service, q).answer.mode, q).not.toBe('offtopic')
    }
  })
})
