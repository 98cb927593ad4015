// 得新招好多符合条件的人, 要吸纳多少本地的员工: a number of people to take on, which a count of people or a share of
// the workforce (职工总数的10%) answers, not a sum of money, even when a loan is what the people are needed for.

/** A verb of taking people on, then a count of people with words between (好多符合条件的人). */
const asksHeadcount =
  /(招|雇|聘|用|吸纳)[^，。？?]{0,4}(多少|几|好多)[^，。？?]{0,10}(人|员工|工人|职工|劳动力)/

/** 10名, 4个人, 职工总数的10%: a count of people or a share of a workforce. */
const headcount = /\d+\s*万?\s*(名|人|个人)|\d+(\.\d+)?\s*[%％]|百分之[一二三四五六七八九十]/

export function asksForHeadcount(question: string): boolean {
  return asksHeadcount.test(question)
}

export function statesHeadcount(text: string): boolean {
  return headcount.test(text)
}
