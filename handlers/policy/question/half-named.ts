// 算返乡还是算啥子: the member names one class and asks what else he might be; the unit defining that class beside
// another (返乡, 入乡) gives the choice he means, as if he had named both.
import { definedPair } from './stated-status.js'

const halfNamedAsk =
  /(?:算|是|属于|叫)(\p{Script=Han}{2,4}?)还是(?:算|属于|叫)?(?:啥|什么|哪种|哪一种|哪个|别的)/u

/** The pair of classes `sentences` define, when the question names one of them against a what-word. */
export function halfNamedAlternatives(question: string, sentences: string[]): [string, string] | null {
  const named = halfNamedAsk.exec(question)?.[1]
  const pair = definedPair(sentences)
  return named && pair?.includes(named) ? pair : null
}
