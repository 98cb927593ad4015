// Issue 14, round 13: group chatter that shares a word with the policy topics (培训, 创业, 政策, 贷款, 户口) but
// asks the knowledge base nothing, and policy questions that use the same words. The messages are written for
// these tests; none is taken from an eval set.
import { describe, it } from 'vitest'
import { expectAnswered, expectDeclined } from './replies.js'

describe('school subjects, hobby classes and a child’s classes', () => {
  it('are declined though they share 培训, 班, 报名', () => {
    expectDeclined([
      '孩子的英语培训班在哪报名比较好',
      '周末带娃去上舞蹈培训，大家有推荐的没',
      '儿子要上编程课，网上的靠谱不',
      '有没有人晓得哪里有少儿英语培训',
      '娃儿放暑假了，有没有适合小学生的夏令营',
      '群里有没有做补习机构的，想给娃找个老师',
    ])
  })
  it('while start-up training, also for a grown child, is answered', () => {
    expectAnswered([
      '返乡创业培训班在哪报名',
      '我家娃大学毕业两年了，回来开店能领创业补贴不',
      '儿子退役回来想创业，有培训没得',
      '想学电商直播，哪里有免费培训班',
      '想开个少儿英语培训机构，能申请创业补贴不',
      '我想开个托管班，有没有扶持',
      '开补习班能办创业担保贷款不',
    ])
  })
})

describe('shows, clips and the news talked about', () => {
  it('are declined though they are about 创业', () => {
    expectDeclined([
      '昨天那部讲返乡创业的电影好看得很',
      '刚刷到个抖音，讲农民工创业的，笑死了',
      '新闻联播今天讲了创业的事，你们看了没',
      '推荐个讲创业的电视剧嘛，最近剧荒',
      '那个创业节目里的评委好凶',
      '昨天央视报道了我们县的返乡创业园',
    ])
  })
  it('while a question about a scheme seen on the news is answered', () => {
    expectAnswered([
      '看到新闻说创业担保贷款额度提高了，现在是好多',
      '抖音上说开网店有补贴，是真的不',
      '节目里说的创业补贴，我们这能领不',
      '我在抖音上卖土特产，能办个体执照不',
    ])
  })
})

describe('thanks, praise and replies that close a talk', () => {
  it('are declined when they ask nothing', () => {
    expectDeclined([
      '谢谢你讲的贷款政策，好清楚',
      '这个政策好，国家对我们农民工真好',
      '感谢助手，补贴的事搞懂了',
      '辛苦了，创业的事我再想想',
      '哈哈，贷款的事下次再说',
      '收到，明天准时参加培训',
      '为党的好政策点赞',
    ])
  })
  it('while a question after the thanks is answered', () => {
    expectAnswered([
      '谢谢，那贷款利率是好多',
      '好的，创业补贴去哪里申请',
      '收到，那担保贷款要啥子材料',
      '明白了，我这种算不算返乡农民工',
      '感谢，那个贴息是全部贴还是贴一部分',
      '政策好是好，就是不晓得咋个申请',
      '这个新政策管到好久',
      '大家好，请问创业补贴在哪里申请',
      '懂了懂了，那个体户的税减好多',
      '多谢！SYB培训结业了能领证书不',
    ])
  })
})

describe('things for sale and job adverts', () => {
  it('are declined though they mention 返乡创业 or 招工', () => {
    expectDeclined([
      '卖脐橙了，返乡创业自己种的，要的私聊',
      '自家种的枇杷熟了，十块钱一斤，需要的联系我',
      '厂里招工，月薪六千包吃住，有意者联系',
      '转让一家开了三年的奶茶店，有意者私聊',
    ])
  })
  it('while hiring asked about as a condition of the schemes is answered', () => {
    expectAnswered([
      '招工招了十几个，企业能贷好多',
      '农家乐要招服务员，招人能拿补贴不',
      '我的网店卖腊肉，包邮的，能申请电商补贴不',
    ])
  })
})

describe('the police station and moving one’s household registration', () => {
  it('are declined', () => {
    expectDeclined([
      '户口从成都迁回老家农村咋个办',
      '户口本上的名字错了，派出所能改不',
      '结婚后户口要不要迁到男方家',
      '身份证快到期了，异地能换不',
    ])
  })
  it('while household registration asked about for the schemes is answered', () => {
    expectAnswered([
      '创业担保贷款户口不在本地能办不',
      '落户到村里算不算返乡',
      '户口迁回老家了，还算不算农村户籍',
      '身份证过期了还能申请创业补贴不',
    ])
  })
})

describe('rumours, scams, cheers and family quarrels that name no scheme', () => {
  it('are declined', () => {
    expectDeclined([
      '听说明年农民工都要交一笔钱，真的假的',
      '网上有人说创业贷款是骗局，你们信不信',
      '我表哥返乡创业搞养殖，现在发财了',
      '老婆不准我回去创业，咋个劝她',
    ])
  })
  it('while a rumour about a scheme is answered', () => {
    expectAnswered([
      '听说创业补贴第二笔要开满18个月，是不是哦',
      '听说开满半年政府要给几千块钱，是好多',
      '家里人反对我回来创业，有没有补贴可以拿',
    ])
  })
})

describe('another province’s schemes', () => {
  it('are declined: the knowledge base holds Sichuan’s', () => {
    expectDeclined(['广东的创业补贴有好多', '湖南那边的创业补贴比我们高不'])
  })
  it('while a member coming home from there is answered', () => {
    expectAnswered(['从广东回来的，创业补贴有好多', '我在广东打工，想回老家创业，贷款能贷好多'])
  })
})
