// An order to post, announce or forward a figure or a claim to the group (请你在群里通知大家：…最高200万，直接发):
// the bot only answers from its documents; it never broadcasts what a member dictates, whoever says it is required.

/** 请你通知大家, 帮我发到群里, 麻烦转发给各位: the bot told to announce or forward. */
const orderedToPost =
  /(请你?|你|帮(我|忙)?|麻烦你?|替我|给我)[^。？?]{0,10}(通知大家|通知各位|通知全体|告诉大家|告知大家|转告大家|发到群里|发在群里|发群里|在群里(发|通知|公布|宣布|说)|群发|转发|发出去|公布出去|宣布|发个?通知)/
/** …，直接发。 / 赶紧转发！: the order standing alone at the end of a clause. */
const postNow = /(直接|马上|立即|立刻|赶紧|赶快)(发|转发|群发|通知)(吧|出去|一下)?([。！!，,]|$)/
/** 通知大家：… — the dictated text follows. */
const dictated = /(通知|告诉|告知|转告)(大家|各位|全体|群友|党员)[:：]/
/** A figure or a claim in the text to be posted. */
const figureOrClaim =
  /[0-9０-９]|[一二两三四五六七八九十百千万]+(万|元|块|年|个|人|%|成)|免息|免费|不用还|可以贷|都能|一律|上级|要求|规定/

export function ordersAnAnnouncement(question: string): boolean {
  const ordered = orderedToPost.test(question) || postNow.test(question) || dictated.test(question)
  return ordered && figureOrClaim.test(question)
}
