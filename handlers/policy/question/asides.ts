// 帮在外头的儿子问一下, 我们不会用手机, 我70多了: who the member asks for, and that he cannot use a phone, are asides
// to his question; their words (外头, 手机) would pull units on moving from elsewhere or on apps.

/** A clause asking on someone's behalf, or saying the member cannot go online, or his age. */
const aside =
  /(帮|替|代)[^，,。？?！!]{0,10}问|(不会|不大会|不晓得咋个?|不懂|弄不来)(用|耍|弄|上)?(手机|电脑|网|APP|app)|不识字|(\d{2}|[六七八九]十)多岁?了/

/** The question without the clauses that are asides, when something else is left. */
export function withoutAsides(question: string): string {
  const clauses = question.split(/(?<=[，,。！!；;：:])/)
  const kept = clauses.filter((c) => !(aside.test(c) && !/[？?]/.test(c)))
  const rest = kept.join('')
  return rest.trim() ? rest : question
}
