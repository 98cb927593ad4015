// 双向管理 with the home organisation: 对账, the quarterly 通联台账 and the year-end 年度通报.
import type { HandlerSpec } from '../types.js'
import { quarterlyHandler } from './quarterly.js'
import { reconcileHandlers } from './reconcile-commands.js'
import { reviewHandlers } from './reviews.js'
import { yearEndHandler } from './year-end.js'

export { runReconciliation, type ReconcileRun } from './reconcile-run.js'

/** Each bot instance gets its own (对账 remembers the named home organisation until the file comes). */
export function ledgerHandlers(): HandlerSpec[] {
  return [...reconcileHandlers(), quarterlyHandler, ...reviewHandlers, yearEndHandler]
}
