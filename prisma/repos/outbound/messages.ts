// The outbound queue's rows: queued, claimed (so two processes never send one twice), sent, merged, expired.
import type { Db } from '../../client.js'
import type { OutboundKind } from '../../generated/client.js'

export interface NewOutbound {
  conversationId: string
  isRoom: boolean
  kind?: OutboundKind
  text: string
  mentionIds?: string[]
  filePath?: string | null
  important: boolean
  batchKey?: string | null
  notBefore?: Date | null
  expiresAt?: Date | null
  createdAt: Date
}

export async function insertOutbound(db: Db, rows: NewOutbound[]): Promise<void> {
  await db.outboundMessage.createMany({
    data: rows.map(({ mentionIds, ...r }) => ({ ...r, mentionIds: JSON.stringify(mentionIds ?? []) })),
  })
}

/** The oldest message that may go now: due (past its batch window), and important-only when asked. */
export function nextSendable(db: Db, now: Date, importantOnly: boolean) {
  return db.outboundMessage.findFirst({
    where: {
      status: 'pending',
      OR: [{ notBefore: null }, { notBefore: { lte: now } }],
      ...(importantOnly ? { important: true } : {}),
    },
    orderBy: { id: 'asc' },
  })
}

/** When the next message held back by its batch window becomes due, if any. */
export async function nextDueAt(db: Db, now: Date): Promise<Date | null> {
  const row = await db.outboundMessage.findFirst({
    where: { status: 'pending', notBefore: { gt: now } },
    orderBy: { notBefore: 'asc' },
    select: { notBefore: true },
  })
  return row?.notBefore ?? null
}

/** Takes a message for sending; false when another process took it first. */
export async function claimOutbound(db: Db, id: number, now: Date): Promise<boolean> {
  const { count } = await db.outboundMessage.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'sending', claimedAt: now },
  })
  return count === 1
}

/** Every other pending message of the batch, folded into the one being sent. */
export async function claimBatchMates(db: Db, carrierId: number, batchKey: string, now: Date) {
  const mates = await db.outboundMessage.findMany({
    where: { batchKey, status: 'pending', id: { not: carrierId } },
    orderBy: { id: 'asc' },
  })
  const { count } = await db.outboundMessage.updateMany({
    where: { id: { in: mates.map((m) => m.id) }, status: 'pending' },
    data: { status: 'merged', mergedInto: carrierId, claimedAt: now },
  })
  return count === mates.length ? mates : []
}

/** The message went out (with whatever was merged into it). */
export async function finishSent(db: Db, id: number, now: Date, attempts: number): Promise<void> {
  await db.outboundMessage.updateMany({ where: { mergedInto: id }, data: { sentAt: now } })
  await db.outboundMessage.update({ where: { id }, data: { status: 'sent', sentAt: now, attempts } })
}

/** The latest message of a batch, to decide whether a new item goes out now or waits for the window. */
export function lastOfBatch(db: Db, batchKey: string) {
  return db.outboundMessage.findFirst({ where: { batchKey }, orderBy: { id: 'desc' } })
}

/** Puts a message (and what was merged into it) back in the queue, e.g. after the connection dropped. */
export async function releaseOutbound(db: Db, id: number, o: { attempts: number; error?: string }) {
  await db.outboundMessage.updateMany({
    where: { mergedInto: id, status: 'merged' },
    data: { status: 'pending', mergedInto: null },
  })
  await db.outboundMessage.update({
    where: { id },
    data: { status: 'pending', attempts: o.attempts, error: o.error ?? null },
  })
}

export async function markFailed(db: Db, id: number, attempts: number, error: string): Promise<void> {
  await db.outboundMessage.updateMany({ where: { mergedInto: id }, data: { status: 'failed' } })
  await db.outboundMessage.update({ where: { id }, data: { status: 'failed', attempts, error } })
}

export function markExpired(db: Db, id: number) {
  return db.outboundMessage.update({ where: { id }, data: { status: 'expired' } })
}

/** A message claimed long ago by a process that stopped before confirming it goes back to the queue. */
export function releaseStaleClaims(db: Db, claimedBefore: Date) {
  return db.outboundMessage.updateMany({
    where: { status: 'sending', claimedAt: { lt: claimedBefore } },
    data: { status: 'pending' },
  })
}

/** Messages that went out since `since` (a merged batch counts once). */
export function countSentSince(db: Db, since: Date) {
  return db.outboundMessage.count({ where: { sentAt: { gte: since }, status: 'sent' } })
}

export function countPending(db: Db) {
  return db.outboundMessage.count({ where: { status: { in: ['pending', 'sending'] } } })
}

export function countExpiredSince(db: Db, since: Date) {
  return db.outboundMessage.count({ where: { status: 'expired', createdAt: { gte: since } } })
}
