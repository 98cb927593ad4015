// 哪些人可以领？只有农民工才有嘛: asked who may claim, the group the member guesses is the only one is his guess, not
// his topic; the unit listing who may claim answers, not the one defining that group.

/** 哪些人, 谁能: the question asks who. */
const asksWho = /(哪些人|什么人|啥子?人|哪几类|哪类|哪种人|谁(能|可以|才))/
/** 只有农民工才有, 只有退伍的嘛: the group guessed as the only one. */
const onlyGroup = /只有[^，,。？?！!\s]{1,8}?(?=才|吗|嘛|么|啊|哦|呀|[？?]|$)/g

/** The guessed-only groups of a question that asks who. */
export function guessedOnlyGroups(question: string): string[] {
  return asksWho.test(question) ? (question.match(onlyGroup) ?? []) : []
}
