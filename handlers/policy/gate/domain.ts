// Which words of a question are about this knowledge base's domain: a word counts when the knowledge base uses
// it far more often than everyday Chinese does (贷款, 补贴, 执照), not when it is an everyday word that the
// documents happen to use too (机器, 设备 in 工地上的设备, 公司, 银行, 钱). The everyday frequency is the jieba
// dictionary count kept in the knowledge base's vocabulary file (vocabulary.ts).

/** How many times more often than in everyday text (as a natural log) a domain word must occur in the base. */
export const minDomainSpecificity = 3

export interface DomainLexicon {
  /** log(share of the base's words / share of everyday words); -Infinity for a word the base never uses. */
  specificity(word: string): number
  isDomainWord(word: string): boolean
}

export function everydayCounts(vocabulary: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of vocabulary.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [word = '', count = '0'] = line.split(' ')
    counts.set(word, Number(count))
  }
  return counts
}

/** `unitWords`: the tokens of every unit (heading, text and the ways members ask about it). */
export function buildDomainLexicon(unitWords: string[][], vocabulary: string): DomainLexicon {
  const everyday = everydayCounts(vocabulary)
  const everydayTotal = [...everyday.values()].reduce((a, b) => a + b, 0)
  const inBase = new Map<string, number>()
  let baseTotal = 0
  for (const words of unitWords)
    for (const w of words) {
      inBase.set(w, (inBase.get(w) ?? 0) + 1)
      baseTotal++
    }
  const specificity = (word: string): number => {
    const n = inBase.get(word) ?? 0
    if (n === 0) return -Infinity
    // a word the everyday dictionary lacks is rarer than its rarest entries
    const daily = Math.max(everyday.get(word) ?? 1, 1)
    return Math.log(n / baseTotal / (daily / everydayTotal))
  }
  // without a vocabulary file there is no everyday measure: every word the base uses counts
  const isDomainWord = everydayTotal
    ? (word: string) => specificity(word) >= minDomainSpecificity
    : (word: string) => inBase.has(word)
  return { specificity, isDomainWord }
}
