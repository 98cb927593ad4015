// Chinese-aware tokens: jieba search-mode segmentation, stop words out, colloquial words mapped to policy words.
// The segmenter holds only the knowledge base's vocabulary (vocabulary.ts), not jieba's full dictionary.
import { createHash } from 'node:crypto'
import { Jieba } from '@node-rs/jieba'
import { defaultKbDir, readVocabulary } from '../kb.js'
import { arabicSums } from '../numerals.js'
import { withoutStoryWords } from '../question/story.js'

/** Policy terms kept whole (besides their parts), so 创业补贴 matches the start-up subsidy more than 培训补贴. */
const policyTermCount = 2000
export const policyTerms = [
  '创业补贴',
  '创业担保贷款',
  '创业培训',
  '培训补贴',
  '租金补贴',
  '种粮大户',
  '孵化基地',
  '创业园',
  '返乡创业园',
  '就业创业证',
  '无还本续贷',
  '青年创业',
  '小微企业',
  '个体工商户',
  '农民工服务中心',
  '便民服务中心',
  '政务服务网',
  '四川e就业',
  '土地流转',
  '六税两费',
]

let jieba: Jieba | null = null
const vocabulariesLoaded = new Set<string>()
/** The count of every word the segmenter holds, and the full dictionary's total they are part of. */
const counts = new Map<string, number>()
let fullTotal = 0
/** A private-use character no one types: its count makes up the full dictionary's total (see vocabulary.ts). */
export const fillerWord = '\uE000'

/** The shipped knowledge base's vocabulary, then the policy terms (they outrank their parts). */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = new Jieba()
    addWords(jieba, readVocabulary(defaultKbDir))
  }
  return jieba
}

const digest = (text: string) => createHash('sha1').update(text).digest('hex')

/**
 * Loads a vocabulary's words, then the policy terms, then the filler at whatever count keeps the segmenter's total
 * equal to the full dictionary's: however many vocabularies were added, in whatever order, the knowledge base's
 * text is cut as the full dictionary cuts it.
 */
function addWords(j: Jieba, vocabulary: string): void {
  vocabulariesLoaded.add(digest(vocabulary))
  const lines: string[] = []
  let total = 0
  for (const line of vocabulary.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [word = '', count = '0'] = line.split(' ')
    total += Number(count)
    if (word === fillerWord || counts.has(word)) continue
    counts.set(word, Number(count))
    lines.push(line)
  }
  fullTotal = Math.max(fullTotal, total)
  for (const term of policyTerms) counts.set(term, policyTermCount)
  const held = [...counts.values()].reduce((a, b) => a + b, 0)
  const terms = policyTerms.map((t) => `${t} ${policyTermCount}`)
  j.loadDict(Buffer.from([...lines, ...terms, `${fillerWord} ${Math.max(fullTotal - held, 1)}`].join('\n')))
}

/**
 * Adds a knowledge base's vocabulary (see vocabulary.ts) to the segmenter, so an imported document's words are
 * cut as jieba's full dictionary would cut them. Words are only ever added, with the full dictionary's counts.
 */
export function useVocabulary(vocabulary: string): void {
  const j = segmenter()
  if (vocabulary && !vocabulariesLoaded.has(digest(vocabulary))) addWords(j, vocabulary)
}

/**
 * Common miswritings of the documents' key words (a pinyin keyboard's wrong pick of the same sound, a wrong
 * radical, the spoken name): replaced in the question's text before anything reads it, so 利律 asks a rate.
 */
export const miswritings: Record<string, string> = {
  代款: '贷款',
  带款: '贷款',
  待款: '贷款',
  贷欵: '贷款',
  补帖: '补贴',
  补铁: '补贴',
  利律: '利率',
  例率: '利率',
  力率: '利率',
  利习: '利息',
  贴习: '贴息',
  帖息: '贴息',
  执炤: '执照',
  职照: '执照',
  直照: '执照',
  营业证: '营业执照',
  身分证: '身份证',
  户口本: '户口簿',
  户口薄: '户口簿',
  户藉: '户籍',
  担宝: '担保',
  单保: '担保',
  陪训: '培训',
  培迅: '培训',
  公基金: '公积金',
  退五: '退伍',
  农明工: '农民工',
  农名工: '农民工',
  营业只照: '营业执照',
  到帐: '到账',
  创页: '创业',
  // 文件号, 文件编号: what the documents call 文号
  文件编号: '文号',
  文件号: '文号',
}

const miswritten = new RegExp(Object.keys(miswritings).join('|'), 'g')

export function correctMiswritings(question: string): string {
  return arabicSums(question.replace(miswritten, (w) => miswritings[w] ?? w))
}

/**
 * Words members use for exactly what the documents call otherwise (miswritings, dialect, plain words): the
 * document's word counts as if the member had written it.
 */
export const sameAs: Record<string, string[]> = {
  借钱: ['贷款'],
  借款: ['贷款'],
  贷钱: ['贷款'],
  补偿: ['补贴'],
  补助: ['补贴'],
  补助金: ['补贴'],
  创业补助: ['创业补贴'],
  半年: ['6个月'],
  第一次: ['首次'],
  头一次: ['首次'],
  头一回: ['首次'],
  初次: ['首次'],
  一年半: ['18个月'],
  户口: ['户籍'],
  注册: ['登记'],
  当兵: ['退役军人'],
  当过兵: ['退役军人'],
  退伍: ['退役军人'],
  转业: ['退役军人'],
  复员: ['退役军人'],
  征信: ['信用'],
  车贷: ['购车贷款'],
  房贷: ['住房贷款'],
  公租房: ['公共租赁住房'],
  大学生: ['高校毕业生'],
  年轻人: ['青年'],
  房租: ['租金'],
  哪一号: ['文号'],
  哪号: ['文号'],
  几号文: ['文号'],
  发文号: ['文号'],
  第几号: ['文号'],
  转回: ['转移'],
  转过来: ['转移'],
  转到: ['转移'],
}

/** How members talk → related words the documents use (weighted lower: they widen the question). */
export const synonyms: Record<string, string[]> = {
  好多钱: ['额度', '金额'],
  哪点: ['窗口'],
  哪个地方: ['窗口'],
  借: ['贷款'],
  几年: ['期限'],
  有效期: ['施行期'],
  什么时候到期: ['施行期'],
  目标: ['行动方案'],
  贷: ['贷款'],
  利息: ['利率'],
  贴息: ['贷款'],
  给钱: ['补贴'],
  发钱: ['补贴'],
  奖励: ['补贴', '奖补'],
  补钱: ['补贴'],
  回老家: ['返乡'],
  回家: ['返乡'],
  回乡: ['返乡'],
  老家: ['返乡'],
  回村: ['返乡'],
  下乡: ['返乡'],
  打工: ['务工', '农民工'],
  外出: ['务工'],
  做生意: ['创业'],
  开店: ['创业', '个体'],
  开业: ['创业'],
  开个: ['创业'],
  搞养殖: ['创业', '农业'],
  养殖: ['创业', '农业'],
  种植: ['农业', '种粮'],
  种地: ['农业', '种粮', '土地'],
  种田: ['农业', '种粮'],
  养猪: ['创业', '农业'],
  养鸡: ['创业', '农业'],
  农家乐: ['乡村旅游', '创业'],
  办厂: ['创业', '企业'],
  开公司: ['创业', '企业'],
  网店: ['电商', '网络'],
  淘宝: ['电商', '网店'],
  抖音: ['电商', '网店'],
  直播带货: ['电商', '网店'],
  网上卖: ['电商', '网店'],
  电商: ['网店'],
  执照: ['营业执照', '注册', '登记'],
  办照: ['营业执照', '注册', '登记'],
  个体户: ['个体', '个体工商户'],
  交税: ['税收', '纳税'],
  税: ['税收', '税费'],
  免税: ['税收', '减免'],
  电话: ['咨询', '12333'],
  热线: ['咨询', '12333'],
  打给谁: ['咨询', '12333'],
  问谁: ['咨询', '12333'],
  哪里: ['窗口'],
  去哪: ['窗口'],
  哪儿: ['窗口'],
  在哪: ['窗口'],
  咋办: ['怎么办', '流程'],
  怎么办: ['流程'],
  手续: ['流程', '材料'],
  材料: ['材料'],
  资料: ['材料'],
  证明: ['证明', '材料'],
  学习: ['培训'],
  上课: ['培训'],
  学费: ['收费', '培训'],
  培训: ['培训'],
  小伙子: ['青年'],
  年纪: ['年龄'],
  多大: ['年龄'],
  岁: ['年龄'],
  多少钱: ['额度', '金额'],
  能贷多少: ['额度', '最高'],
  贷多少: ['额度', '最高'],
  借多少: ['额度', '最高'],
  招人: ['招用'],
  招工: ['招用'],
  招多少人: ['招用', '职工'],
  住: ['住房'],
  最多: ['最高'],
  额度: ['最高'],
  房子: ['住房'],
  住房: ['住房'],
  公积金: ['住房公积金'],
  用电: ['电价'],
  电费: ['电价', '用电'],
  租地: ['土地', '用地'],
  买地: ['土地', '用地'],
  拿地: ['土地', '用地'],
  流转: ['土地流转'],
  抵押: ['抵押'],
  地址: ['经营场所'],
  青创贷: ['青年创业', '贷款'],
  青创: ['青年创业'],
  宅基地: ['住房财产权', '三权'],
  园区: ['园区', '孵化'],
  孵化: ['孵化', '园区'],
  厂房: ['园区', '场地'],
  场地: ['租金', '场地'],
  租金: ['租金'],
  续贷: ['续贷'],
  还不上: ['续贷'],
  到期: ['续贷'],
  毕业: ['高校毕业生'],
  残疾: ['残疾人', '就业困难'],
  设备: ['设备'],
  机器: ['设备'],
  评选: ['示范', '表彰'],
  表彰: ['表彰'],
  先进: ['表彰', '明星'],
  二十二条: ['二十二条'],
  '22条': ['二十二条'],
  文号: ['文号', '文件'],
  哪个文件: ['文件'],
  新政策: ['2025', '川办规'],
  现在: ['现行'],
  // a member's spouse, and debts owed online: whom and what the loan's other-debts condition speaks of
  老婆: ['配偶'],
  媳妇: ['配偶'],
  老公: ['配偶'],
  爱人: ['配偶'],
  那口子: ['配偶'],
  另一半: ['配偶'],
  网上借: ['网贷', '消费贷款'],
  网贷: ['消费贷款'],
  最新: ['现行', '2025'],
}

export const stopWords = new Set(
  (
    '的 了 吗 呢 吧 啊 呀 嘛 么 我 你 他 她 我们 你们 是 在 有 和 与 或 就 都 也 还 要 想 能 可以 可不可以 会 把 被 给 让 ' +
    '这 那 个 一 不 没 没有 有没有 请问 请 问 一下 什么 怎么 怎么样 如何 多少 几 哪些 吗 些 上 下 里 去 来 到 过 ' +
    '着 对 从 说 做 搞 弄 开 办 家 人 能不能 是不是 现在 今天 明天 政策 国家 四川 省 知道 告诉 帮 帮我 谢谢 好 ' +
    '自己 准备 打算 听说 老乡 大家 咱们 你好 您好 请教 问问 想问 关于 情况 条件 时候 可以吗 需要 哪 哪里 哪儿 什么样 ' +
    '啥子 啥 咋个 咋 啷个 晓得 噻 哈 撒 嘛 哦 到底 不 得 莫得 没得 要得 哪点 ' +
    // how-long words ask, they are not facts (a unit saying 多久到账本库没有写明 must not match every 多久)
    '多久 好久 多长时间 几天 多少天 天 以后 之后' +
    // 要不要, 能不能, 哪个 ask; they name nothing
    ' 不要 要不要 不能 需不需要 哪个 这个 后 才能 他们 她们 它们 人家'
  ).split(/\s+/),
)

const punctuation = /[\s\p{P}\p{S}]+/gu

/** 30万 and 30万元, 5000块 and 5000元 are the same amount: the currency word after a figure is dropped. */
const currencyAfterFigure = /(\d)\s*(万|千)?\s*(?:元|块钱|块)/g

/** The search-mode tokens of `text`, cut by `j` (exported for the test that compares with the full dictionary). */
export function tokensWith(j: Jieba, text: string): string[] {
  const plain = text.replace(currencyAfterFigure, '$1$2').replace(punctuation, ' ')
  return j
    .cutForSearch(plain, false)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && !stopWords.has(w))
}

export function tokenize(text: string): string[] {
  return tokensWith(segmenter(), text)
}

/** Whole words only (precise mode): how a synonym's policy word is looked up, without its parts. */
function wordsOf(text: string): string[] {
  return segmenter()
    .cut(text.replace(punctuation, ' '), false)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && !stopWords.has(w))
}

export interface QueryTerms {
  /** Words from the question itself. */
  own: string[]
  /** Policy words added by the synonym table (weighted lower in ranking). */
  added: string[]
}

/** 开了个米粉店, 办个小厂: a member opening a business, whatever the business is. */
const opensBusiness =
  /(开|办)(了|个|了个|一个|家|间)?\p{Script=Han}{0,3}(店|馆|厂|铺|公司|超市|农家乐|养殖场)/u

function expand(question: string, table: Record<string, string[]>): Set<string> {
  const words = new Set<string>(table === synonyms && opensBusiness.test(question) ? ['创业', '个体'] : [])
  for (const [word, canon] of Object.entries(table)) {
    if (question.includes(word)) canon.forEach((c) => wordsOf(c).forEach((t) => words.add(t)))
  }
  return words
}

/** A member's word the synonym tables map to the documents' words (借 → 贷款). */
export function hasSynonyms(word: string): boolean {
  return word in synonyms || word in sameAs
}

/** Question tokens (with the documents' word for what the member wrote) plus related policy words. */
/** 哪一年, 哪个月: they ask for a time, and 一年 cut out of them names none. */
const askingForTime = /哪(一|几|个)?(年|天|日|月|个月)/g

export function queryTokens(asked: string): QueryTerms {
  const question = withoutStoryWords(correctMiswritings(asked)).replace(askingForTime, ' ')
  const exceptedText = exceptedPart(question)
  const excepted = new Set(tokenize(exceptedText))
  const rest = exceptedText ? question.replace(exceptedText, ' ') : question
  const own = [...new Set([...tokenize(rest), ...expand(rest, sameAs)])]
  const added = new Set([...expand(rest, synonyms), ...excepted])
  own.forEach((w) => added.delete(w))
  return { own, added: [...added] }
}

/** 除了营业执照还要啥子: what the member already has is not what is asked about (weighted as a related word). */
function exceptedPart(question: string): string {
  return /除了(.{1,12}?)(以外|之外|外|还|，|,)/.exec(question)?.[1] ?? ''
}
