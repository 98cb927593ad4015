// 22条是哪年出台的？村里有人说是老政策了: what others say, told after the question, is the member's story; its words
// (老政策) do not pull the unit they name over the one holding what he asks.

/** 有人说, 听人讲, 群里说: a report of what others say. */
const reported = /(有人|听人|别人|人家|他们|群里|村头|村里|村上)[^，,。？?！!]{0,4}(说|讲)|听说/
/** A clause that asks after all (有人说是老政策，是不是嘛). */
const asks = /([吗么嘛呢？?]|是不是|对不对|真的假的)\s*$/

/** The clauses after the first question that only report what others say. */
export function heardSpans(question: string): string[] {
  const at = question.search(/[？?]/)
  if (at < 0) return []
  return question
    .slice(at + 1)
    .split(/[，,。！!；;]/)
    .filter((c) => reported.test(c) && !asks.test(c.trim()))
}

/** The question without the clauses that only report what others say. */
export function withoutHearsay(question: string): string {
  return heardSpans(question).reduce((q, span) => q.replace(span, ' '), question)
}
