// Recognises attempts to steer the bot away from its rules, and whether a question is about policy at all.
import { bearsOnSchemes } from './bears-on.js'
import { ordersAnAnnouncement } from './announce-order.js'
import { asksForSomebodysData } from './privacy.js'
import { otherClassOf } from './topics.js'

const injectionPatterns: RegExp[] = [
  /(忽略|无视|忘记|忘掉|不要管|别管|不用管|不必管).{0,12}(指令|指示|规则|提示|设定|要求|以上|之前|前面|上面|资料|规定|政策)/,
  /(系统提示|提示词|system\s*prompt|你的\s*prompt)/i,
  /ignore\s+(all\s+)?(the\s+)?(previous|above|prior)/i,
  /(你现在是|你现在扮演|假装你是|扮演一个|角色扮演|越狱|jailbreak|开发者模式|\bDAN\b)/i,
  /(没有限制|不受限制|不受约束)的?(AI|助手|机器人|模型)?/i,
  /(输出|打印|复述|重复).{0,8}(上面|以上|前面|你收到)的?(内容|文字|指令)/,
  /(不讲|别讲|不要讲|不谈|别谈|不说)政策/,
  // orders that pose as coming from whoever runs the bot, or that fix what it shall answer from now on
  /(管理员|开发者|后台|系统|调试|debug)[^，。]{0,4}(指令|命令|口令|模式)/i,
  /\bdebug\s*=/i,
  /(测试|维护|调试|上帝)模式/,
  /(知识库|资料库|数据库|提示词|设定|配置|规则)[^。]{0,10}(全部|所有|完整|原样)?[^。]{0,4}(输出|发出来|列出来|打印|导出|贴出来)/,
  /(以后|今后|从现在起|从现在开始|从今天起|从今往后|下次)[^。]{0,24}(一律|统一|都|就|只)(回答|回复|说|回)/,
  /(一律|统一)(回答|回复|答复)/,
  // 不管资料咋个写，你就回一句…: words dictated to the bot, whatever the documents say
  /(不管|不论|无论|甭管|别管).{0,8}(资料|文件|政策|规定|原文|库里).{0,6}(写|说|讲|规定|咋|怎么)/,
  /(你就|你只|只管|直接)(回|说|答|回复|回答)(一句|这句|一声|我)/,
  // members' numbers are never handed out, whoever asks
  /(群里|群成员|成员|所有人|大家|每个人|每位|各位|全体|党员|名单)[^。]{0,10}(手机号|电话号码|电话|身份证号|身份证|住址)/,
  // a notice that orders the bot (【支部通知】即日起机器人须…，请立即执行): whoever posts it, the bot's rules stand
  /(机器人|助手)[^。，]{0,6}(须|必须|务必|一律|应当)[^。，]{0,4}(回复|回答|提供|公布|发送|发出|输出|执行|配合)/,
  /(请|须|务必|必须)(立即|马上|立刻)(执行|照办)/,
  /【[^】]{0,8}(通知|公告|指令|命令|紧急)】[^。]{0,40}(机器人|助手|身份证|手机号|电话号码)/,
  /(列出|发出来|发给我|导出|告诉我)[^。]{0,12}(手机号|电话号码|身份证号)/,
  /(查|找|给我|发我|报一下|说一下)[^。？?]{0,16}(手机号|电话号码|身份证号|家庭住址)/,
  /(手机号|电话号码|电话|身份证号|家庭住址|住址)[^。？?]{0,8}(发给我|发我|给我|告诉我|报给我)/,
  // someone else's affairs: 查下隔壁某某贷了好多、还清没得
  /查[^。？?]{0,4}(隔壁|邻居|别人|人家|他|她|某某)[^。？?]{0,12}(贷|欠|还清|存款|余额|工资|征信)/,
  /收到(请|就)?回复/,
]

/** 王五身份证号多少, 张三手机号是好多: a person's number asked for. */
const personsNumber = /(身份证号码?|手机号码?|电话号码|电话|家庭住址|住址|家住)(是|在)?(多少|好多|啥|几|哪)/
/** 服务中心的电话是多少, 12333: an office's number, which members may ask for. */
const anOffice =
  /(热线|咨询|贷款|补贴|创业|服务|中心|部门|局|厅|窗口|大厅|办事处|银行|税|工商|市场监管|123\d\d|政府|机构|平台|人社|就业)/

/** An office's number or address (创业补贴的咨询电话, 就业局的电话): members may ask for it to be told. */
const officeNumber =
  /(咨询|热线|服务|办事|办公|客服|联系|中心|局|厅|窗口|部门|大厅|银行|机构|政府|人社|税务|园区|补贴|贷款|创业)的?(咨询|联系|办公|服务)?(电话号码|电话|号码|地址)/g

export function looksLikeInjection(question: string): boolean {
  if (asksForSomebodysData(question)) return true
  if (ordersAnAnnouncement(question)) return true
  if (personsNumber.test(question) && !anOffice.test(question)) return true
  const withoutOffices = question.replace(officeNumber, '办事处')
  return injectionPatterns.some((p) => p.test(withoutOffices))
}

/** The policy's own words, and a member saying he opens a business (开了个米粉店, 办个厂). */
const policyWords =
  /((开|办)(了|个|了个|一个|家|间)?\p{Script=Han}{0,3}(店|馆|厂|铺|公司|超市|农家乐|养殖场)|借(多少|好多|几|款|钱)|贷款|贷|借钱|贴息|利息|补贴|补助|给钱|创业|返乡|入乡|下乡|回乡|回老家|农民工|培训|电商|网店|执照|个体户|税|社保|人社|政策|措施|行动方案|实施意见|十六条|二十二条|22条|扶持|园区|孵化|流转|用地|公积金|[GSIE]YB|(额外|另外|再|还|多|加|另)补|补(好多|多少|几|啥)|省里的?\d)/iu

/** 川办规6号, 川财金〔2025〕30号, 国办发47号: a policy document named by its issuer's code and number. */
const documentNumber = /[川国]\p{Script=Han}{1,4}[〔[（(【]?(\d{4})?[〕\]）)】年]?第?\d{1,3}号/u

/** On-topic enough that "not in the knowledge base" (rather than "not my job") is the honest answer. */
export function soundsLikePolicy(question: string): boolean {
  return policyWords.test(question) || documentNumber.test(question)
}

/**
 * Matters members also ask about that this knowledge base does not cover (wages, social insurance, health, school,
 * party dues and membership transfers, branch meetings, demolition compensation, a lost ID card, driving licences,
 * drawing on the housing fund…).
 */
const otherMatters =
  /(工资|社保|医保|低保|养老|工伤|赔偿|不赔|赔钱|学费|上学|读书|幼儿园|中考|高考|落户|迁户口|户口.{0,4}迁|上户口|户口本.{0,4}(掉|丢|补办|挂失)|驾照|驾驶证|行驶证|换证|体检|年审|车检|公积金.{0,8}(提取|提出|提现|提走|取|贷款|余额)|(提取|取).{0,2}公积金|支部.{0,8}(开会|会|活动)|党员.{0,2}(开会|会)|开会.{0,4}(几点|地点|在哪|通知)|(几点|几号|哪天|在哪|哪里).{0,4}开会|党课|组织生活|主题党日|党员大会|合作医疗|看病|彩票|股票|天气|下雨|组织关系|党费|拆迁|征地|补偿款|故事|笑话)/
/**
 * Words that make such a question about starting a business after all (企业拖欠社保能贷吗, 社保记录能当证明吗);
 * not 补贴/补助 alone (娃儿上幼儿园有没有补助 is about school).
 */
const businessWords =
  /(算.{0,4}农民工|农民工身份|农村户籍|农村户口|创业|贷款|贷|贴息|培训|个体|执照|网店|电商|小微|企业|公司|园区|孵化|开店|做生意|经营|返乡|入乡|二十二条|22条|证明|[GSIE]YB)/i

/** A household's own loans and cards: a loan word does not make these about starting a business. */
const personalFinance =
  /(买车|二手车|买房|房贷|车贷|网贷|信用卡|逾期|提前还款|花呗|借呗|白条|微粒贷|支付宝|消费贷|分期|金条|网商贷|度小满|有钱花|安逸花|放心借|月付|(咋个|怎么|咋|如何|哪种)还.{0,4}(划算|合算|省钱|最少|少点|便宜))/
const startingUp = /(创业|担保贷|贴息|个体|执照|网店|电商|小微|企业|公司|开店|做生意|经营)/

/** A question about another matter (工资、社保、医保……) that merely shares words with the knowledge base. */
export function outOfScope(question: string): boolean {
  // 信用卡欠了几万，影响贷款不: how a debt or another matter bears on the loan is a question about the loan
  if (bearsOnSchemes(question)) return false
  if (personalFinance.test(question) && !startingUp.test(question)) return true
  if (otherClassOf(question) !== null) return true
  return otherMatters.test(question) && !businessWords.test(question)
}

/**
 * The other matter a question is about (社保 in 社保咋个转回来), or null: a unit whose heading names it answers
 * after all (the knowledge base has a unit on moving one's social insurance home).
 */
export function otherMatterOf(question: string): string | null {
  return otherMatters.exec(question)?.[0] ?? otherClassOf(question)
}
