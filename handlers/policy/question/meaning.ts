// What a member asks a word to mean (入乡是啥意思, 算返乡还是入乡), and the sentences that define it.

/** 入乡是啥意思, 什么叫入乡, 算不算入乡: the word whose meaning is asked. */
const meaningAsked = [
  /([\p{Script=Han}A-Za-z]{2,6}?)(?:是|指|指的是)?(?:啥子|啥|什么|哪样)意思/u,
  /([\p{Script=Han}A-Za-z]{2,6}?)(?:指的是|是指|指)(?:啥子|啥|什么|哪样)/u,
  /(?:什么|啥子|啥)叫(?:做)?([\p{Script=Han}]{2,6}?)(?:[？?，,。！!]|$|呢|嘛|啊)/u,
  /算不算([\p{Script=Han}]{2,6}?)(?:[？?，,。！!]|$|呢|嘛|啊)/u,
  /算([\p{Script=Han}]{2,6}?)(?:不|吗|么|没)[？?。！!]*$/u,
]

/** The words whose meaning the question asks (入乡), in the order asked. */
export function meaningOf(question: string): string[] {
  // 算返乡还是入乡 asks the meaning of both
  const alternatives = alternativesOf(question) ?? []
  const words = meaningAsked.flatMap((p) => {
    const word = p.exec(question)?.[1]
    // 政策里说的返乡: the word is what follows the last 的/说/叫
    const bare = word?.replace(/^.*[的说叫里个]/u, '').replace(/(到底|究竟|具体|又|就)$/u, '')
    if (!bare || bare.length < 2) return []
    // 入乡创业是啥意思: the word with the domain's common tail (创业, 人员) is asked by its head too
    const head = bare.replace(/(创业|人员|的人)$/u, '')
    return head !== bare && head.length > 1 ? [bare, head] : [bare]
  })
  return [...new Set([...words, ...alternatives])]
}

/** 算返乡还是入乡, 属于A还是B: the two words a member asks to be classed under, in the order asked. */
const alternativesAsked =
  /(?:算|是|属于|叫)([\p{Script=Han}]{2,4}?)还是(?:算|属于|叫)?([\p{Script=Han}]{2,4}?)(?:[？?，,。！!]|$|呢|嘛|啊|哦)/u

/** 算返乡还是算啥子: the second "word" asks what, it names no class. */
const whatWord = /^(啥|什么|哪|别的|其他)/

export function alternativesOf(question: string): [string, string] | null {
  const m = alternativesAsked.exec(question)
  return m?.[1] && m[2] && !whatWord.test(m[2]) ? [m[1], m[2]] : null
}

/** A sentence that defines `word` (…的叫入乡, 入乡是指…). */
export function defines(sentence: string, word: string): boolean {
  // SYB（创办你的企业）: a gloss in brackets says what the word means
  return [`叫${word}`, `${word}是指`, `${word}指`, `称为${word}`, `叫做${word}`, `${word}（`].some((w) =>
    sentence.includes(w),
  )
}
