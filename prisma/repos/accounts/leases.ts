// Account leases: one process works a WeChat account at a time. Every write is one conditional statement outside
// any transaction, so it behaves the same on SQLite and PostgreSQL (on PostgreSQL a unique violation aborts the
// transaction it happens in: the create that can collide runs alone, and its violation is caught out here).
import type { Db } from '../../client.js'
import type { AccountLease, AccountState } from '../../generated/client.js'
import { isUniqueViolation } from '../unique-violation.js'

export type { AccountLease, AccountState }

export interface LeaseClaim {
  accountId: string
  holder: string
  name: string
  label: string
  state: AccountState
  now: Date
  until: Date
}

/**
 * Takes the account's lease when it is free, expired, already ours, or held by `deadHolder` (a process known to
 * be gone). Returns the lease now held, or null when another live process holds it.
 */
export async function acquireLease(
  db: Db,
  c: LeaseClaim,
  deadHolder: string | null = null,
): Promise<AccountLease | null> {
  const { accountId, holder, name, label, state, now, until } = c
  const fresh = { holder, name, label, state, stateSince: now, leaseUntil: until, lastSeenAt: now }
  const ours = await db.accountLease.updateMany({ where: { accountId, holder }, data: fresh })
  if (ours.count === 0) {
    const free = [{ leaseUntil: { lt: now } }, ...(deadHolder ? [{ holder: deadHolder }] : [])]
    await db.accountLease.updateMany({
      where: { accountId, OR: free },
      data: { ...fresh, epoch: { increment: 1 } },
    })
  }
  const row = await db.accountLease.findUnique({ where: { accountId } })
  if (row) return row.holder === holder ? row : null
  try {
    return await db.accountLease.create({ data: { accountId, ...fresh } })
  } catch (error) {
    if (isUniqueViolation(error)) return null
    throw error
  }
}

export interface LeaseRenewal {
  accountId: string
  holder: string
  epoch: number
  state: AccountState
  now: Date
  until: Date
}

/** Extends the lease we hold; `stateSince` moves only when the state changed. False: the lease is not ours now. */
export async function renewLease(db: Db, r: LeaseRenewal): Promise<boolean> {
  const { accountId, holder, epoch, state, now, until } = r
  const same = await db.accountLease.updateMany({
    where: { accountId, holder, epoch, state },
    data: { leaseUntil: until, lastSeenAt: now },
  })
  if (same.count === 1) return true
  const changed = await db.accountLease.updateMany({
    where: { accountId, holder, epoch },
    data: { leaseUntil: until, lastSeenAt: now, state, stateSince: now },
  })
  return changed.count === 1
}

/** Gives the lease up at once (orderly stop): another process may take it, spares see the account stopped. */
export async function releaseLease(
  db: Db,
  r: { accountId: string; holder: string; epoch: number; now: Date },
): Promise<void> {
  await db.accountLease.updateMany({
    where: { accountId: r.accountId, holder: r.holder, epoch: r.epoch },
    data: { leaseUntil: r.now, state: 'stopped', stateSince: r.now, lastSeenAt: r.now },
  })
}

export function findLease(db: Db, accountId: string): Promise<AccountLease | null> {
  return db.accountLease.findUnique({ where: { accountId } })
}

export function listLeases(db: Db): Promise<AccountLease[]> {
  return db.accountLease.findMany({ orderBy: { id: 'asc' } })
}

/** Processes holding an unexpired lease: a fire claimed by anyone else was claimed by a process that is gone. */
export async function liveHolders(db: Db, now: Date): Promise<Set<string>> {
  const rows = await db.accountLease.findMany({
    where: { leaseUntil: { gt: now } },
    select: { holder: true },
  })
  return new Set(rows.map((r) => r.holder))
}

/**
 * Since when the account has not been serving, or null while it is. A process that is alive writes its state
 * (logged out, stalled, reconnecting, stopped); a process that died stops renewing and its lease runs out.
 */
export function downSince(lease: Pick<AccountLease, 'state' | 'stateSince' | 'leaseUntil'>, now: Date) {
  if (lease.state !== 'online') return lease.stateSince
  return lease.leaseUntil < now ? lease.leaseUntil : null
}
