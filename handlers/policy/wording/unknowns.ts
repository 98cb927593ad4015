// What a question asks about that no unit of the knowledge base speaks of (保险 in 贷款要不要买保险, 罚息 in
// 罚息是好多): the answer then says first that the base does not say, instead of answering a neighbouring fact.
import { askedKind, clausesOf } from '../question/intent.js'
import { tokenize } from '../search/tokenizer.js'
import { withoutDeniedPenalties } from './denied-penalty.js'

/** 补, 贷, 领: an act after a word (EYB补好多) asks about that word, it makes no compound with it. */
const actions = /^[补贷借领发拿给奖办交退]$/

/**
 * The segmenter holds only the knowledge base's words, so a word it never saw comes out as single characters
 * (押金 → 押, 金): consecutive ones are read as one word.
 */
export function wordsOf(tokens: string[]): string[] {
  const words: string[] = []
  let run = ''
  let afterWord = false
  for (const t of tokens) {
    // 担保 + 费: one character after a word makes a compound (担保费) the knowledge base may not speak of
    if (t.length === 1 && afterWord && !actions.test(t)) words[words.length - 1] += t
    else if (t.length === 1) run += t
    else words.push(...(run ? [run] : []), t)
    afterWord = t.length > 1 || (afterWord && t.length === 1)
    if (t.length > 1) run = ''
  }
  return run ? [...words, run] : words
}

/** 要不要买保险, 有没有额外加钱: a yes/no question about whether something is needed or given. */
const whetherThere = /(要不要|需不需要|用不用|收不收|交不交|买不买|有没有|有不有)([^，,。？?！!；;]{1,10})/g

/**
 * The words of such a question's object that no unit speaks of (保险 in 贷款要不要买保险): the knowledge base
 * says nothing either way, so neither the unit's first sentence nor a no is the answer. '' when all are known.
 */
export function unknownTopic(question: string, knows: (word: string) => boolean): string {
  return unknownWhether(question, knows)?.topic ?? ''
}

/**
 * The yes/no question whose object no unit speaks of, as the member said it (要不要重新办照), with the unknown
 * words of that object (重新照): the answer names the question, which reads as Chinese where the words cut out of it
 * may not.
 */
export function unknownWhether(
  question: string,
  knows: (word: string) => boolean,
): { topic: string; asked: string } | null {
  for (const m of question.matchAll(whetherThere)) {
    const unknown = wordsOf(tokenize(m[2] ?? ''))
      // 花钱, 多久: words that ask for a kind of fact, not things
      .filter((w) => w.length > 1 && !knows(w) && askedKind(w) === null)
      .join('')
    const asked = `${m[1] ?? ''}${m[2] ?? ''}`.replace(/[呢嘛哦啊呀哈吗]+$/u, '')
    if (unknown) return { topic: unknown, asked }
  }
  return null
}

/**
 * The thing a clause asks about, said right before or after the asking word and nothing else with it: 罚息是好多
 * (a thing, then 是/要/收/有 and 好多), 表格在哪下载, 会咋个处罚 (an act at the clause's end), 要填哪张申请表.
 * A verb between them (能领好多, 借得到好多) makes the clause about something else, and no thing is read.
 */
const thingPatterns: RegExp[] = [
  /(?:^|[的了个在])([^的了个在]{2,4}?)(?:是|要|收|有|交|罚|扣)?(?:好多|多少)(?:钱|块)?[呢嘛哦啊呀哈]*$/u,
  /(?:^|[的了个])([^的了个在]{2,5}?)在?哪(?:里|儿|点)?(?:下载|领|拿|打印|买|填|找)?[呢嘛哦啊呀哈]*$/u,
  /(?:咋个|怎么|怎样|如何)([^的了个]{2,4}?)[呢嘛哦啊呀哈]*$/u,
  /哪几?(?:张|个|种|份|类|样|步)([^的了个在]{2,3}?)(?:在哪|下载|领|拿|打印|填)?[呢嘛哦啊呀哈]*$/u,
]
/**
 * 税能少交, 顶天能贷: a modal or an adverb inside makes it a verb phrase, not a thing; 归哪个单位管 asks a body, which
 * is a place, not a thing.
 */
const notAThing = /[能会可要得少多都还才就先再最也又是到去找]|百分|之|^(部门|单位|机构|机关)/
/** 怎么操作, 咋个办理: doing it in general, not a thing the knowledge base might lack. */
const doingIt =
  /^(操作|处理|办理|进行|安排|计算|搞定|弄|搞|整|办|走|做|申请|开始|准备|划算|合算|便宜|方便|靠谱|好|快)$/
/**
 * What happens to a member who breaks the rules or must pay back (处罚, 罚款, 退钱, 追回, 造假): no unit speaks of
 * any of it, whatever the question's wording.
 */
const penalties =
  /(处罚|罚款|罚金|罚息|滞纳金|违约金|逾期|追回|追缴|退(?:好多|多少)?钱|退回|退还|返还|造假|作假|弄虚作假|骗取|骗补|虚报|冒领)/
/** 跑几趟, 去几回: a count of visits. */
const visits = /(\p{Script=Han})几(趟|回)(?!\p{Script=Han})/u

const unknownWord = (w: string, knows: (word: string) => boolean): boolean =>
  w.length > 1 && !knows(w) && askedKind(w) === null

/** The unknown word of the thing a clause asks about (罚息 in 罚息是好多), or ''. */
function unknownThing(clause: string, knows: (word: string) => boolean): string {
  for (const pattern of thingPatterns) {
    const thing = pattern.exec(clause)?.[1]?.replace(/法$/, '')
    if (!thing || doingIt.test(thing) || notAThing.test(thing)) continue
    if (wordsOf(tokenize(thing)).some((w) => unknownWord(w, knows))) return thing
  }
  return ''
}

/**
 * What a 好多/几/哪/咋个 question asks about when no unit speaks of it (罚息是好多, 会咋个处罚, 哪张申请表,
 * 跑几趟): '' when every such thing is known. The answer then says first that the base does not say.
 */
export function unknownObject(question: string, knows: (word: string) => boolean): string {
  const penalty = penalties.exec(withoutDeniedPenalties(question))?.[0]?.replace(/^退.*钱$/, '退钱')
  if (penalty && !knows(penalty)) return `${penalty}方面的规定`
  for (const clause of clausesOf(question)) {
    const trips = visits.exec(clause)
    if (trips && !knows(trips[2] ?? '')) return `${trips[1]}几${trips[2]}`
    const thing = unknownThing(clause.trim(), knows)
    if (thing) return `${thing}方面的规定`
  }
  return ''
}
