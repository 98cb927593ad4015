// Words addressed to the group before the question (有没有懂哥, 有没有人晓得, 哪位知道的, 问下大家): they ask who
// knows, not a fact, so they are no part of what the member asks.

const addressing =
  /^\s*(有没有|有莫得|有冇)(懂哥|懂的|大佬|高手|人|哪个|哪位|朋友|老师|师傅)(知道|晓得|懂|清楚|了解)?(的)?\s*[，,。？?！!：:~～\s]+|^\s*(哪位|哪个|谁)(懂哥|大佬|朋友)?(知道|晓得|懂|清楚|了解)(的)?\s*[，,。？?！!：:~～\s]+|^\s*(请问|问下|问一下|打听一下|打听下)(大家|各位|群里|群友)[^，,。？?！!]{0,4}[，,。？?！!：:~～\s]+/u

/** The question without the words addressed to the group before it (有没有懂哥，青年创业贷能贷多少 → 青年创业贷能贷多少). */
export function withoutAddressing(question: string): string {
  const rest = question.replace(addressing, '')
  return rest.trim() ? rest : question
}
