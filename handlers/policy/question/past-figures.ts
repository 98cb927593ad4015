// Figures a member gives from the past (以前最多30万): what he knew, not what he asks.
import { clausesOf } from './intent.js'

/** 以前最多30万: a figure from the past, which the member knows; what he asks is the one now. */
const pastMarker = /(以前|之前|原来|原先|过去|早先|去年|前几年|老政策)/
const figure = /\d|[一二两三四五六七八九十百千]+(万|千|元|块|年|个月)/
/** Where the member turns from the past to now (以前最多30万现在提到好多). */
const nowTurn = /(?=现在|如今|目前|眼下|而今|今年)/

/** 听说能贷200万，是不是真的: the member's figure is what he asks to have confirmed, not what he knows. */
const asksConfirmation =
  /(是不是真的|是真的(吗|不|没|嘛)|真的(吗|假的)|真不真|有没有这回事|有这回事(吗|不)|对不对哦?[？?]?$)/

/** The parts of a question that state a figure from the past (以前最多30万, 原来小微企业能贷400万). */
export function pastFigureParts(question: string): string[] {
  if (asksConfirmation.test(question)) return []
  return clausesOf(question)
    .flatMap((c) => c.split(nowTurn))
    .filter((p) => pastMarker.test(p) && figure.test(p))
}

/** The question without the figures of its past parts: they say what the member knew, not what he asks. */
export function withoutPastFigures(question: string): string {
  return pastFigureParts(question).reduce(
    (q, part) => q.replace(part, part.replace(/[\d.]+\s*(万|千|元|块)*/g, '')),
    question,
  )
}
