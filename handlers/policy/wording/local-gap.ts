// A place in the member's question (我们县, 镇上) and a unit that does not speak for that place: the answer says the
// base lacks the place's own rule. It says so first only when the member asks about the place's own rule and the
// chosen sentence does not already state the asked fact for the whole province (全省第一批50个, 运营1年以上).
import {
  answersKindOf,
  askingClause,
  clausesOf,
  concreteKinds,
  kindWords,
  withoutReferrals,
  type AnswerKind,
} from '../question/intent.js'
import { localPlaceOf, sichuanPlacesIn } from '../question/places.js'
import { placeIsStory } from '../question/place-story.js'
import { liesInNeijiang } from '../question/neijiang.js'
import type { Article } from '../kb.js'

/** Units that hold a local (内江) rule or leave the figure to each place. */
const localRule = /(内江|各地|由当地|当地规定)/

/** 全省, 省里评的: the member himself says the asked fact is the province's, not his place's. */
const provinceWide = /(全省|全川|省里|省上|省级|四川省)/
/** 比省里多, 省里标准之外: the province named to be compared with, which asks the place's own rule. */
const comparedWithProvince =
  /(比|跟|和|同|与)(全省|全川|省里|省上|四川省)|(省里|省上)[^，。？?]{0,4}(之外|以外|外)/
/** 自己的, 额外, 另外: the place's own rule is what is asked, whatever the province's fact. */
const ownRule = /(自己|自个|单独|额外|另外|另给|另发|加钱|特殊|专门|不一样|各地|各县)/

/**
 * Whether the member asks about the place's own rule (我们县的补贴是多少, 我们县，补贴给好多) rather than naming
 * the place in his story (省上评了好多个示范镇，我们镇想去争取): the place is in the clause that asks, or its
 * clause says nothing else.
 */
function asksAboutPlace(question: string, kind: AnswerKind): boolean {
  const clause = clausesOf(question).find((c) => localPlaceOf(c) !== null)
  if (!clause) return true
  const place = localPlaceOf(clause) ?? ''
  const rest = clause
    .replace(/(我们|咱们|俺们|我家|我那|我这|你们)/g, '')
    .replace(place.replace(/^你们/, ''), '')
  const asking = askingClause(question, kind)
  const bare = (c: string) => (c.match(/\p{Script=Han}/gu) ?? []).length < 2
  return (
    clause === asking || bare(rest) || bare(asking.replace(/(好多|多少|几|啥子|啥|什么|多|呢|嘛|哦|啊)/g, ''))
  )
}

export interface LocalGap {
  text: string
  /** The member asks about the place's own rule: the answer says first that the base lacks it. */
  asked: boolean
}

interface LeadSentence {
  sentence: string
  unknown: boolean
}

/**
 * Whether the chosen sentence already states the asked fact for everyone (命名了第一批50个示范园区 for 我们镇上的园区
 * 全省第一批评了好多个): then the place's own rule follows the fact instead of leading. Not when the member asks the
 * place's own or extra rule (县上自己另外给好多, 比省里多), nor from a unit holding a local rule (内江的做法).
 */
function answeredForAll(question: string, article: Article, lead: LeadSentence, kind: AnswerKind): boolean {
  if (lead.unknown || ownRule.test(question) || comparedWithProvince.test(question)) return false
  if (!provinceWide.test(question)) return false
  // a local unit (内江的做法) does not speak for the whole province however the member puts it
  return !localRule.test(article.text) && answersKindOf(question, withoutReferrals(lead.sentence), kind)
}

/** A question about a place's own rule, answered from a unit that does not speak for that place. */
export function localGap(
  question: string,
  article: Article,
  kind: AnswerKind | null,
  lead: LeadSentence,
): LocalGap | null {
  const text = localGapText(question, article, kind)
  if (!text || !kind) return null
  const asked =
    !placeIsStory(question) &&
    asksAboutPlace(question, kind) &&
    !answeredForAll(question, article, lead, kind)
  return { text, asked }
}

function localGapText(question: string, article: Article, kind: AnswerKind | null): string | null {
  const place = localPlaceOf(question)
  if (!place || !kind || !concreteKinds.includes(kind)) return null
  const generic = /^(你们|当地|本地|本|县里|县上|镇上|乡里|乡上|区上)/.test(place)
  if (!generic && article.text.includes(place)) return null
  // 内江东兴区, 内江市中区: the unit's 内江 rule is the member's own
  if (liesInNeijiang(place) && article.text.includes('内江')) return null
  if (asksCityOffice(question, place, article)) return null
  // 镇上/县里 name a level, not a place's own rule: a unit that speaks of that level (乡镇…窗口) answers it
  const level = /^(县|镇|乡)(里|上)$/.exec(place)?.[1]
  if (level && withoutReferrals(article.text).includes(level)) return null
  return localRule.test(article.text) ? `本库没有${place}的${kindWords[kind]}` : `本库没有${place}自己的规定`
}

/** 市农民工服务中心, 内江市人社局: an office of the city, not of the member's county. */
const cityOffice = /(市|市里|市上)\p{Script=Han}{0,8}(中心|局|窗口|大厅)/u

/**
 * 我是内江东兴区的，市农民工服务中心电话好多: a member of a county of a city the unit speaks for, asking that city's
 * office, is answered by what the unit says for the city.
 */
function asksCityOffice(question: string, place: string, article: Article): boolean {
  const city = sichuanPlacesIn(`${place} ${question}`).find((c) => article.text.includes(c))
  return city !== undefined && cityOffice.test(question)
}
