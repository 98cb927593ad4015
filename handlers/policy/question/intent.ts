// What kind of answer a question wants (an amount, a deadline, a rate, a place, who may, which documents),
// and whether a piece of text carries that kind of fact.
import { asksForHeadcount, statesHeadcount } from './headcount.js'
import {
  asksWhichDocument,
  eitherOffice,
  namesDocument,
  numberAsked,
  repayTime,
  stepDoers,
  figureAsks,
  termByFigure,
  whoDoesStep,
} from './asked-ways.js'
import { halfRemembersSum } from './half-remembered.js'
import { homeOrBusiness } from './home-or-business.js'
import { asksProofPaper } from './proof-asks.js'
import { asksMinimumTime, statesMinimumTime } from './minimum-wait.js'
import { extraNamedPart } from './parts.js'
import { proposedFigure } from './proposed-figures.js'
import { asksStillInTime, statesDeadline } from './still-in-time.js'
import { roughFigure, tellsOnly } from './story.js'
import { asksBody, asksWhoRuns } from './who-runs.js'

export type AnswerKind = 'amount' | 'duration' | 'rate' | 'place' | 'eligibility' | 'documents'

/** 要自己出钱不, 收不收费: what something costs the member. */
const asksCost = /(出钱|交钱|花钱|掏钱|掏腰包|付钱|收费|收钱|要钱|自费|免费|费用|学费|培训费)/

/** 收资料, 交材料: what is handed in; not the paper the member writes or looks things up for (写材料要个数据). */
const handedIn = /(?<!(写|做|整|弄|查)[个份篇点些]?(汇报|宣传|总结|学习|发言|报告)?)(材料|资料)/
/** 办了三年了, 超过两年: how long it has been (a deadline question only when nothing more pointed is asked). */
const yearsPassed = /([\d一二两三四五六七八九十]+年了|过了.{0,3}年|超过.{0,3}年)/
/** 网上, 手机上: a channel. */
const channelWords = /(网上|手机上|线上|微信上)/

/** Checked in this order: the first kind whose words the question uses wins (多少天 is a duration, not an amount). */
const askedBy: [AnswerKind, RegExp][] = [
  ...figureAsks,
  ['documents', asksProofPaper],
  [
    'documents',
    /(带什么|带啥|带哪些|带些啥|要带.{0,4}(东西|证件)|(什么|啥子|啥|哪些)(材料|资料)|什么证|啥证|哪些证|证件|啥子证|什么证明|啥证明|啥子证明|(拿|用|靠)(什么|啥子|啥)(去|来)?证明|怎么证明|咋个证明|(什么|啥子|啥|哪些)手续|手续(有哪些|要啥|是啥)|(什么|啥子|啥)(能|可以)证明|还要(带|交|准备)?(啥子|啥|什么)[？?吗呢]*$)/,
  ],
  [
    'duration',
    // 前几年, 好几个月 say when, they do not ask it
    /(多久|好久|多长时间|多长|好长时间|好长一段|多少天|几天|(?<![前这近好那了过])几年|(?<![前这近好那了过])几个月|多少年|多少个月|好多年|好多个月|好多天|期限|什么时候|啥时候|哪天|哪一年|哪年|截止|有效期|管到|最迟|来得及|来不来得及|(几|多少)个?(工作日|星期|礼拜|周))/,
  ],
  ['duration', yearsPassed],
  // after duration: 贴息要从好久以后放的贷款才有 asks when
  // 减好多, 免多少: how much of a tax is taken off, which 减半 answers
  ['rate', /(利率|利息|年息|月息|几厘|几个点|贴息|征收率|税率|比例|百分之(几|好多|多少))/],
  [
    'place',
    /(去哪|哪里|哪儿|哪点|哪些地方|(哪个|什么|啥)地方|在哪|哪个部门|什么部门|啥部门|哪个单位|哪个中心|哪个平台|找谁|找哪|问谁|谁(牵头|负责|主管|在管)|电话|号码|热线|到哪|发到哪|打到哪|打(好多|多少|哪个|什么)|窗口|哪个网|什么网站|报名|发现金|打到卡|(咋个|怎么|咋|怎样|如何)(发|拨|付)的)/,
  ],
  ['place', whoDoesStep],
  ['place', homeOrBusiness],
  ['place', eitherOffice],
  ['place', asksWhoRuns],
  // 收资料, 交材料: what is handed in, when nothing more pointed is asked
  ['documents', handedIn],
  [
    'amount',
    /(多少|好多|几万|几千|几百|最多|最高|额度|上限|封顶|补多少|给多少|多少亩|几亩|标准|几(条|项|名|批|家|户)|几个?大?方面)/,
  ],
  // what it costs the member: 免费 answers it
  ['amount', asksCost],
  // 网上/手机上 name a channel only when nothing else is asked (网上开店的培训补贴好多钱 asks an amount).
  ['place', channelWords],
  [
    'eligibility',
    /(能不能|可不可以|可以不|能否|行不行|算不算|要不要|需不需要|用不用|算.{0,8}还是|条件|符合|资格|哪些人|什么人|啥人|谁可以|谁能|影响|还能|有.{0,8}的?份|份(不|吗|么|没|哇|哦)|得(到|成|了).{0,16}(吗|不|么|没)[？?]?$|能.{0,16}(吗|不|么|没)[？?]?$|可以.{0,16}(吗|不|么)[？?]?$|算.{0,10}(吗|不|么|没)[？?]?$)/,
  ],
]

/** 好多人出去打工, 好多人都在搞: 好多 saying "many", not asking how many. */
const manyPeopleDo = /好多(人|个人|家|户)?(都|在|出去|想|回来|回|去|来|说|觉得|讲|开|搞|做)/g

function kindIn(clause: string): AnswerKind | null {
  const text = clause.replace(manyPeopleDo, '').replace(roughFigure, '').replace(numberAsked, '')
  return askedBy.find(([, pattern]) => pattern.test(text))?.[0] ?? null
}

/** Words that name a kind only when nothing more pointed is asked: a clause saying them tells, it does not ask. */
const weakAskings = new Set<RegExp>([handedIn, channelWords, asksCost, yearsPassed])

/** The kind a clause asks, in the usual order, when it asks something pointed (not only 资料, 网上, 出钱). */
function pointedKindIn(clause: string): AnswerKind | null {
  const text = clause.replace(manyPeopleDo, '').replace(roughFigure, '').replace(numberAsked, '')
  const pointed = askedBy.some(([, pattern]) => !weakAskings.has(pattern) && pattern.test(text))
  return pointed ? kindIn(clause) : null
}

/** The kind a clause asks pointedly (not only 资料, 网上, 出钱), or null. */
export const pointedKind = (clause: string): AnswerKind | null => pointedKindIn(clause)

/** 去哪办 要多久: a space between two asks parts them as a comma does. */
export const clausesOf = (question: string): string[] =>
  question.split(/[，,。？?！!；;]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).filter((c) => c.trim())

/** The clauses that may ask: not those telling only the member's story (做了十几年, 贷款三年到期了). */
const askingClauses = (question: string): string[] => {
  const clauses = clausesOf(question)
  const asking = clauses.filter((c) => !tellsOnly(c))
  return asking.length > 0 ? asking : clauses
}

/**
 * The clause that asks (SYB一个人补好多钱，我们要出钱不 asks the amount first, then the cost): the first one
 * that asks a kind of fact; the whole question when none does alone.
 */
export function askingClause(question: string, kind = askedKind(question)): string {
  return askingClauses(question).find((c) => pointedKindIn(c) === kind) ?? question
}

/** What the question asks first: the kind of its first asking clause, else of the whole question. */
export function askedKind(question: string): AnswerKind | null {
  const proposed = proposedFigure(question)
  if (proposed) return proposed.kind
  // 执照办了一年半了，还能申请不: the limit, whatever the clauses ask
  if (asksStillInTime(question)) return 'duration'
  const clauses = askingClauses(question)
  const asked =
    clauses.map(pointedKindIn).find((k) => k !== null) ??
    kindIn(clauses.length < clausesOf(question).length ? clauses.join('，') : question)
  // 听说是3000块，是不是; 能领那5000块不: the true figure, unless something more pointed is asked (到好久截止)
  return (asked === null || asked === 'eligibility') && halfRemembersSum(question) ? 'amount' : asked
}

/**
 * Every kind a question asks, the main one first, then each clause's own (最多能贷好多钱，利息贵不贵 asks an
 * amount and a rate): a unit that lacks the main kind may still answer another.
 */
export function askedKinds(question: string): AnswerKind[] {
  const kinds = [askedKind(question), ...askingClauses(question).map(kindIn), kindIn(question)]
  return [...new Set(kinds.filter((k): k is AnswerKind => k !== null))]
}

/** An amount question about money (多少钱, 额度, 最高) needs a figure in 元, not a count of mu or people. */
const asksMoney = /(钱|元|金额|资金|额度|上限|封顶|最高|最多|补|奖|给多少|贷|借|领|拿|标准|租|费|价)/
const money = /\d[\d,.]*\s*(亿|万|千)?\s*元|[零一二两三四五六七八九十百千]+(亿|万)?元/

/** Kinds whose answer is a concrete figure, date or place: a unit without one cannot answer them. */
export const concreteKinds: AnswerKind[] = ['amount', 'duration', 'rate', 'place', 'documents']

/** Text that states a fact of each kind. */
const carries: Record<AnswerKind, RegExp> = {
  // a share (8%) is how much of a quota or a workforce, when no money is asked
  amount:
    /\d[\d,.]*\s*(亿|万|千)?\s*(元|亩|名|人|家|户|条|项|个(?!工作日|月))|[零一二两三四五六七八九十百千]+(亿|万)?元|[一二两三四五六七八九十百千]+(条|项|批|个方面|大方面)|\d+(\.\d+)?\s*[%％]/,
  // how long (6个月, 2年, 5个工作日), a date (2027年12月31日) or a span of years (2023年至2027年); a year alone
  // (到2027年) is neither
  duration:
    /(?<!\d)\d{1,2}\s*(个月|年|天|个工作日|日)|\d{4}年\d{1,2}月|\d{4}年(至|到|—|-)\d{4}年|期限|[半一二两三四五六七八九十]+(个月|年)/,
  rate: /LPR|基点|利率|\d+(\.\d+)?\s*%|贴息|减半|百分之|免息|无息|零利息|不要利息|不收利息/,
  place:
    /(窗口|服务中心|服务大厅|服务网|服务号|e就业|热线|123\d\d|人社局|人社部门|就业部门|政务服务|银行账户|培训机构|网址|[省市县](财政|人社)厅|团省委)/,
  // who may and on what terms; not a mere mention of people (返乡人员开网店 says nothing of who qualifies)
  eligibility:
    /(\d+\s*岁|户籍|首次|对象|可以申请|可以享受|可以纳入|可以获得|符合条件|不能有|不影响|除了|以外|要求|要有|要达到|面向|点名的有)/,
  // what is handed in (领营业执照 is what one gets, not a document asked for)
  documents: /(材料|证明|身份证|户口簿|要准备|要带|就业创业证|流水|合同|记录|单据)/,
}

/** 由省财政厅和团省委牵头: who leads a scheme is not where a member applies. */
const leadBodies = /由[^。，；]{0,20}(牵头|负责|主管)/g

export function carriesKind(text: string, kind: AnswerKind): boolean {
  return carries[kind].test(text)
}

/** 多少人 / 几个 ask for a count, whatever else the question mentions (贷款要招多少人); 我们几个 is not asking. */
const asksCount = /(?<!(我们|咱们|你们|他们|俺们))(多少|几|好多)(个|名|人|家|户|亩|条|项|批|大?方面)/
/** 哪年/哪一年/哪几年: a year is the answer. */
const asksYear = /哪(一|几)?年/
/** 好久拨一回, 几个月发一次, 每个月贴还是…: how often, which 按季度 answers. */
const asksHowOften =
  /((一|几)(次|回|趟)[？?吗呢]*$|(一|几)个?(月|季度?|年)(给|发|拨|打|付|贴)(一|几)?(次|回)|(每|按)个?(月|季度?|年).{0,6}还是|(多久|好久)(一次|一回|发一次|拨一次))/
/** 按季度, 每月; or 分两笔 with the times of each payment, which is how often a grant is paid. */
const howOften = /(按|每)(季度|月|年|周)|分(两|三|几|\d)(笔|次|批)/
/** 咋个证明我是, 要啥子证明: what proves it, which a unit naming a 证明 or a 记录 answers (not a contract term). */
const asksProof =
  /((咋个|怎么|怎样|如何|咋)证明|(拿|靠|用)(什么|啥子|啥)(去|来)?证明|(啥子|啥|什么|哪些|哪种)证明)/
const proof = /(证明|记录)/
/** 咋个发的, 发现金还是打到卡上: how money is paid, which an account answers. */
const asksPayment =
  /((咋个|怎么|咋|怎样|如何)(发|拨|付|给)的|现金|打到卡|打到.{0,4}(卡|账户|折子)|(发|打|拨)到哪)/
const payment = /(账户|银行卡|社保卡|现金)/

/** 办啥子手续: the steps to go through (备案, 登记) as much as the papers to hand in. */
const asksFormalities = /手续/
const formalities = /(材料|证明|身份证|户口簿|要准备|要带|备案|登记|注册|审核|审批)/

/** 占好多, 什么比例: a share of something, which only a percentage answers (not a sum in 元). */
const asksShare = /(比例|占.{0,6}(多少|好多|几)|百分之(几|好多|多少)|几成|百分比)/
const share = /\d+(\.\d+)?\s*[%％]|百分之[一二三四五六七八九十]/
/** 多大年纪, 好大岁数, 年龄: an age, which only a figure in 岁 answers. */
const asksAge = /((多|好)大(年纪|岁数)|年纪|年龄|岁数|几岁|多少岁|好多岁)/
const age = /\d+\s*周?岁/

/**
 * The noun a 好多/多少 question names decides which figure answers it, whatever kind its other words suggest
 * (占好多才能贷款 asks a share, not money; 多大年纪能贷 asks an age; 一个月给一次还是 asks how often).
 */
function namedFigure(question: string): RegExp | null {
  if (asksShare.test(question)) return share
  if (asksAge.test(question)) return age
  if (asksHowOften.test(question)) return howOften
  if (asksPayment.test(question) && !asksProcessingTime.test(question)) return payment
  if (asksProof.test(question)) return proof
  return null
}

/**
 * Parts of a unit a question names rather than a kind of fact (more in parts.ts): the title (全名) is the sentence
 * with 《》, the number (文号) the one with 〔年〕号, the frequency and the way of payment the sentences stating them.
 */
/** 哪个单位发的, 谁印发的, 发文机关: who issued a document, which the sentence saying 印发 names. */
const asksIssuer =
  /(谁(发|印发|出|出台|发布|制定)的|哪(个|家)(单位|部门|机关|机构)(发|印发|出|出台|发布|制定)|发文(单位|机关)|(单位|部门|机关)(发|印发|出台|发布)的)/
/** 11月几号, 哪一天, 具体日期: a day of the month, which a sentence with a date (or saying it is not known) states. */
const asksDay = /(几号(?![文件])|哪一?天|几月几|具体(日期|哪天)|(发文|印发|出台|发布)日期|什么日子|啥子日子)/
const namedParts: [RegExp, RegExp][] = [
  [asksIssuer, /(厅|政府|小组|办公室|部门)[^。，；]{0,10}印发/],
  [/(全名|全称|名字|名称|标题|叫(啥|什么|个啥)|(啥|什么)名堂?$)/, /《[^》]+》/],
  [/(文号|几号文|哪一?号|发文字号|第几号|(好多|多少)号(?!码))/, /〔\d{4}〕\d*多?少?号|\d{4}年第\d+号|文号/],
  [asksDay, /\d{1,2}日|日期/],
  [asksWhichDocument, namesDocument],
  [asksHowOften, howOften],
  [asksPayment, payment],
]

/** The pattern of the sentence that states the part of a unit the question names, or null. */
export function namedPart(question: string): RegExp | null {
  // 好多天能打到卡上 asks how long, not how the money is paid
  const parts = asksProcessingTime.test(question)
    ? namedParts.filter(([asked]) => asked !== asksPayment)
    : namedParts
  return parts.find(([asked]) => asked.test(question))?.[1] ?? extraNamedPart(question)
}

/** 好久能批下来, 几天到账: how long a step takes, which only a count of days answers (not a loan's 3年 term). */
const processingStep =
  '(批下来|批得下来|批准|审批|审核|到账|打到卡|到卡上|放款|放贷|下款|办下来|办得下来|办好|办完|拿证|出证|批)'
const shortWait = '(多久|好久|多长时间|好长时间|几天|多少天|好多天|(几|多少)个?(工作日|星期|礼拜|周))'
/** 好久之内要申请: a deadline, not how long a step takes. */
const notWithin = '(?!之内|以内|内)'
const asksProcessingTime = new RegExp(
  `${shortWait}${notWithin}.{0,6}${processingStep}|${processingStep}.{0,14}${shortWait}${notWithin}`,
)
const processingTime = /\d+\s*(至\d+\s*)?个?(工作日|天)/
/** 公示5个工作日 is how long a notice hangs, which answers only a question about the notice. */
const noticePeriod = /公示\d+\s*个?(工作日|天)/g
/** 能贷好久, 借得到几年: how long the money may be kept, which a term answers (最长3年), not a minimum (1年以上合同). */
const asksLoanTerm = new RegExp(
  `(贷|借)得?(到|了)?(好久|多久|好长时间|多长时间|几年|多少年|好多年)|${repayTime.source}|${termByFigure.source}`,
)
const loanTerm = /(期限|最长|最多|不超过)[^。，；]{0,6}\d+\s*(个月|年)|\d+\s*(个月|年)(期|以内|之内)/
/** 减好多, 减免多少: how much is taken off a tax or a fee. */
const asksCut = /(减|减免|免)了?(好多|多少|几成)/
const cutByShare = /(减半|免征|免收)/
/** Free, or a price in 元. */
const costFact = /(免费|不收费|不要钱|\d[\d,.]*\s*(万|千)?\s*元)/

/** Whether `text` states the kind of fact `question` asks for. */
export function answersKindOf(asked: string, text: string, kind = askedKind(asked)): boolean {
  if (!kind) return false
  const question = askingClause(asked, kind)
  if (kind === 'duration' && asksStillInTime(asked)) return statesDeadline.test(text)
  if (kind === 'documents' && asksFormalities.test(question)) return formalities.test(text)
  const figure = namedFigure(question)
  if (figure) return figure.test(text)
  const proposed = proposedFigure(asked)
  if (proposed?.kind === kind) return proposed.answers.test(text)
  if (kind === 'amount' && asksCost.test(question)) return costFact.test(text)
  if (kind === 'duration' && asksProcessingTime.test(question))
    return processingTime.test(question.includes('公示') ? text : text.replace(noticePeriod, ''))
  if (kind === 'duration' && asksLoanTerm.test(question)) return loanTerm.test(text)
  if (kind === 'duration' && asksMinimumTime(question)) return statesMinimumTime(text)
  // 减好多: a tax cut by half (减半) answers as much as a sum taken off
  if (kind === 'amount' && asksCut.test(question) && cutByShare.test(text)) return true
  if (kind === 'amount' && asksForHeadcount(question) && !asksCount.test(question))
    return statesHeadcount(text)
  if (kind === 'amount' && asksMoney.test(question) && !asksCount.test(question)) return money.test(text)
  if (kind === 'duration' && asksYear.test(question) && /\d{4}年/.test(text)) return true
  const led = kind === 'place' && !asksBody.test(asked) ? text.replace(leadBodies, '') : text
  return carriesKind(kind === 'place' && !whoDoesStep.test(question) ? led.replace(stepDoers, '') : led, kind)
}

/**
 * 本库没有写明，请问县人社局: where to ask is a referral, not a fact of the unit (not the place a question asks
 * for, and not words to find the unit by).
 */
export function withoutReferrals(text: string): string {
  return text.replace(/[，,；;]?\s*(请问|请先|请到|请咨询|可以问)[^。！？\n]*/g, '')
}

/** A sentence that says the knowledge base does not have the fact. */
const notKnown =
  /(本库没有|本库尚未|本库未|没有找到|没有写明|未见|没有公开|尚未核实|没有核实|由各地确定|由各地定|由当地规定|各地不同)/

export function saysNotKnown(text: string): boolean {
  return notKnown.test(text)
}

/** Words for the kind, as a member would say them. */
export const kindWords: Record<AnswerKind, string> = {
  amount: '具体金额',
  duration: '具体期限',
  rate: '具体比例',
  place: '具体办理地点和电话',
  eligibility: '具体条件',
  documents: '具体材料',
}

/** What a yes/no question asks about: 开网店，能贷款吗 → 贷款; 可以领补贴不 → 领补贴. */
const yesNoObject = /(?:能不能|能否|可不可以|可以|能)([^，,。？?！!\s]{1,8}?)(?:吗|不|么|没|呢)?[？?！!。]*$/

export function yesNoFocus(question: string): string | null {
  return yesNoObject.exec(question.trim())?.[1] ?? null
}

/** 我要打印出来贴到村头: what the member means to do with the answer, said after he asks. */
const purposeClause = /^(我要|我想|我好|好让|好给|准备|打算|拿去|拿来)/
const stillAsks = /(吗|么|不|没|呢|嘛)[？?]?$|[？?]$/

/**
 * The question without the clauses after its first ask that tell what the member means to do with the answer
 * (文号是好多，我要打印出来贴到村头): their words (贴) are not what he asks about.
 */
export function withoutPurpose(question: string): string {
  const clauses = question.split(/(?<=[，,。？?！!；;])/)
  const asking = clauses.findIndex((c) => pointedKindIn(c) !== null || namedPart(c) !== null)
  if (asking < 0) return question
  return clauses
    .filter(
      (c, i) =>
        i <= asking || !purposeClause.test(c.trim()) || stillAsks.test(c.trim()) || kindIn(c) !== null,
    )
    .join('')
}
