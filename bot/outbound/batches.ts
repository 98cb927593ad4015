// Routine confirmations many members trigger at once (报到 on the first day) are folded into one group message
// per short window that names everyone confirmed in it: 100 check-ins cost a few messages, not 100.
import { FOUR_FACTS_INVITE } from '../../handlers/members/facts.js'

export type BatchKind = 'checkin' | 'relink'

const WINDOW_MS = 60_000

const TEXT: Record<BatchKind, (names: string[]) => string> = {
  checkin: (names) =>
    `报到成功：${names.join('、')}${names.length > 1 ? `（共${names.length}人）` : ''}。欢迎参加支部活动！\n${FOUR_FACTS_INVITE}`,
  relink: (items) => `已关联：${items.join('；')}。`,
}

export function batchKey(kind: BatchKind, conversationId: string): string {
  return `${kind}:${conversationId}`
}

export function batchText(key: string, items: string[]): string {
  const kind = key.split(':')[0]
  return kind === 'checkin' || kind === 'relink' ? TEXT[kind](items) : items.join('\n')
}

/**
 * When a new item of a batch may go out: at once when the batch has been quiet for a window, with the pending
 * batch when one is waiting, else one window after the last batch went out.
 */
export function dueTime(
  now: Date,
  last: { status: string; notBefore: Date | null; createdAt: Date } | null,
): Date | null {
  if (!last) return null
  if (last.status === 'pending') return last.notBefore
  const next = (last.notBefore ?? last.createdAt).getTime() + WINDOW_MS
  return next > now.getTime() ? new Date(next) : null
}
