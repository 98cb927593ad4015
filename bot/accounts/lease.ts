// This process's hold on its WeChat account: a lease row taken at login, renewed a few times per lease period,
// given up at stop. Another process logged in to the same account finds the lease held and waits; it takes the
// lease once the holder stops renewing (it died) or at once when the holder was a process on this machine that
// is gone (a restart after a crash need not wait out the lease).
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { Db, Logger } from '../../handlers/types.js'
import {
  acquireLease,
  findLease,
  releaseLease,
  renewLease,
  type AccountState,
} from '../../prisma/repos/accounts/leases.js'

export interface AccountUser {
  id: string
  name: string
}

/** Holders of this process that are running (two runtimes in one process are two holders, e.g. in tests). */
const holdersHere = new Set<string>()

/** A process id unique across the fleet: host, pid and a random part (a restarted process is a new holder). */
export function newHolderId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A holder that ran on this machine and is gone (its process ended, or it was an earlier run of this pid). */
export function holderGoneHere(holder: string): boolean {
  const [host, pidText] = holder.split(':')
  const pid = Number(pidText)
  if (host !== hostname() || !Number.isInteger(pid) || holdersHere.has(holder)) return false
  return pid === process.pid || !pidAlive(pid)
}

export interface LeaseKeeperOptions {
  db: Db
  log: Logger
  holder: string
  leaseMs: number
  label: string
  now: () => Date
}

export class LeaseKeeper {
  #held: { accountId: string; epoch: number } | null = null

  constructor(private readonly o: LeaseKeeperOptions) {}

  get held(): { accountId: string; epoch: number } | null {
    return this.#held
  }

  /** Takes the account's lease; false while another live process holds it. */
  async acquire(user: AccountUser, state: AccountState): Promise<boolean> {
    const now = this.o.now()
    const claim = {
      accountId: user.id,
      holder: this.o.holder,
      name: user.name,
      label: this.o.label,
      state,
      now,
      until: new Date(now.getTime() + this.o.leaseMs),
    }
    let lease = await acquireLease(this.o.db, claim)
    if (!lease) {
      const current = await findLease(this.o.db, user.id)
      if (current && holderGoneHere(current.holder)) {
        lease = await acquireLease(this.o.db, claim, current.holder)
      }
    }
    this.#held = lease ? { accountId: user.id, epoch: lease.epoch } : null
    if (lease) holdersHere.add(this.o.holder)
    return lease !== null
  }

  /** Extends the lease and records the account's state; false when the lease is no longer ours. */
  async renew(state: AccountState): Promise<boolean> {
    if (!this.#held) return false
    const now = this.o.now()
    const ok = await renewLease(this.o.db, {
      ...this.#held,
      holder: this.o.holder,
      state,
      now,
      until: new Date(now.getTime() + this.o.leaseMs),
    })
    if (!ok) this.#forget()
    return ok
  }

  async release(): Promise<void> {
    if (!this.#held) return
    const held = this.#held
    this.#forget()
    await releaseLease(this.o.db, { ...held, holder: this.o.holder, now: this.o.now() })
  }

  #forget(): void {
    this.#held = null
    holdersHere.delete(this.o.holder)
  }
}
