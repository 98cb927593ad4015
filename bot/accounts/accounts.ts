// This process's WeChat account among our accounts on one database: it learns its account at login, holds the
// account's lease (or waits while another process holds it), serves the groups it owns, and every few seconds
// renews the lease, re-reads ownership and takes over groups whose owner has been down too long.
import type { AccountsService, Config, Db, Incoming, Logger } from '../../handlers/types.js'
import { unownedRoomIds } from '../../prisma/repos/accounts/owners.js'
import {
  findLease,
  listLeases,
  type AccountLease,
  type AccountState,
} from '../../prisma/repos/accounts/leases.js'
import { adoptUnassigned } from '../../prisma/repos/outbound/messages.js'
import type { OutboundQueue, Sender } from '../outbound/queue.js'
import { AccountGate, type AccountMode } from './gate.js'
import { botAccountOf, handOver, listBotAccounts, ownerOf } from './hand-over.js'
import { LeaseKeeper, type AccountUser } from './lease.js'
import { Ownership } from './ownership.js'
import { presentEverywhere, type RoomPresence } from './presence.js'
import { takeOverFromDownOwners } from './takeover.js'
import { findGroupOwner } from '../../prisma/repos/accounts/owners.js'

export type { AccountMode, AccountUser }

export interface AccountsOptions {
  db: Db
  log: Logger
  config: Pick<Config, 'accounts' | 'botAdminIds'>
  /** This process (lease holder and schedule claimer). */
  holder: string
  /** Wall-clock time: leases and ownership are shared between processes. Default Date. */
  now?: () => Date
  /** The connection's state, recorded in the lease for the other accounts to see. Default online. */
  linkState?: () => AccountState
  presence?: RoomPresence
  outbound: OutboundQueue
  /** Open sessions of groups this account now serves are loaded; those of groups it lost, written and dropped. */
  sessions: { load(roomIds: string[]): Promise<void>; letGo(roomIds: string[]): Promise<void> }
  /** Fires that fell due in groups this account just took on (run within grace, or reported missed). */
  catchUp: (roomIds: string[]) => Promise<unknown>
  /** Hands a message this account stayed silent on back to the dispatcher (after taking its group over). */
  replay: (roomId: string, msg: Incoming) => void
}

export class Accounts {
  #mode: AccountMode = 'signed-out'
  #user: AccountUser | null = null
  #sender: Sender | null = null
  #ours = new Set<string>()
  #standbyLogged = false
  #timer: NodeJS.Timeout | null = null
  #checking: Promise<void> | null = null
  #signingIn: Promise<AccountMode> | null = null
  #activeSince = new Date(0)
  readonly #background = new Set<Promise<unknown>>()
  readonly #now: () => Date
  readonly #lease: LeaseKeeper
  readonly #presence: RoomPresence
  readonly ownership: Ownership
  readonly gate: AccountGate
  readonly service: AccountsService

  constructor(private readonly o: AccountsOptions) {
    this.#now = o.now ?? (() => new Date())
    this.#presence = o.presence ?? presentEverywhere
    const { accounts } = o.config
    this.#lease = new LeaseKeeper({
      db: o.db,
      log: o.log,
      holder: o.holder,
      leaseMs: accounts.leaseMs,
      label: accounts.label,
      now: this.#now,
    })
    this.ownership = new Ownership({
      db: o.db,
      log: o.log,
      now: this.#now,
      staleMs: 2 * this.#everyMs(),
      onGained: (rooms) => o.sessions.load(rooms),
      onLost: (rooms) => o.sessions.letGo(rooms),
      afterGained: (rooms) => this.#inBackground(this.#afterGained(rooms)),
    })
    this.gate = new AccountGate({
      ownership: this.ownership,
      mode: () => this.#signingIn ?? this.#mode,
      ourAccounts: () => this.#ours,
      now: this.#now,
      keepMs: accounts.takeoverMs + 4 * this.#everyMs() + 60_000,
    })
    this.service = this.#service()
  }

  get mode(): AccountMode {
    return this.#mode
  }

  get user(): AccountUser | null {
    return this.#user
  }

  get holder(): string {
    return this.o.holder
  }

  /** How often the lease is renewed and ownership re-read. */
  #everyMs(): number {
    const { checkEveryMs, leaseMs } = this.o.config.accounts
    return Math.min(checkEveryMs ?? Infinity, leaseMs / 3)
  }

  /** The account logged in: take its lease and serve its groups, or wait while another process holds it. */
  signIn(user: AccountUser, sender: Sender): Promise<AccountMode> {
    const signing = this.#signIn(user, sender).finally(() => {
      if (this.#signingIn === signing) this.#signingIn = null
    })
    this.#signingIn = signing
    return signing
  }

  async #signIn(user: AccountUser, sender: Sender): Promise<AccountMode> {
    this.#sender = sender
    if (this.#user && this.#user.id !== user.id) await this.#leave()
    this.#user = user
    if (this.#mode === 'active') {
      await this.#lease.renew(this.#state())
      this.o.outbound.resume(sender)
      return this.#mode
    }
    return this.#tryActivate()
  }

  /** Logged out: nothing is sent; the lease says so, so a spare can take the groups over after the limit. */
  async signedOut(): Promise<void> {
    this.o.outbound.pause()
    if (this.#mode === 'active') await this.#renewOrStandby()
  }

  start(): void {
    const every = this.o.config.accounts.checkEveryMs === null ? null : this.#everyMs()
    if (every === null) return
    const loop = () => {
      this.#timer = setTimeout(() => {
        void this.check().finally(() => {
          if (this.#timer) loop()
        })
      }, every)
      this.#timer.unref()
    }
    loop()
  }

  /** One round: renew (or retry) the lease, re-read ownership, take over groups whose owner is down. */
  check(): Promise<void> {
    this.#checking ??= this.#check()
      .catch((error: unknown) => this.o.log.error({ err: error }, '账号检查出错（稍后再试）'))
      .finally(() => (this.#checking = null))
    return this.#checking
  }

  async #check(): Promise<void> {
    // Not logged in yet, or signing in right now (that takes or waits for the lease itself).
    if (!this.#user || this.#signingIn || this.#mode === 'signed-out') return
    if (this.#mode === 'standby') {
      await this.#tryActivate()
      return
    }
    if (!(await this.#renewOrStandby())) return
    await this.ownership.refresh()
    // Another process may have queued messages for this account (a group handed over to it).
    this.o.outbound.wake()
    const leases = await this.#readOurs()
    if (this.#state() !== 'online') return
    await takeOverFromDownOwners({
      db: this.o.db,
      log: this.o.log,
      now: this.#now,
      me: { id: this.#user.id, shownAs: this.o.config.accounts.label || this.#user.name },
      leases,
      takeoverMs: this.o.config.accounts.takeoverMs,
      watchingSince: this.#activeSince,
      presence: this.#presence,
      ownership: this.ownership,
      out: this.o.outbound,
      adminIds: this.o.config.botAdminIds,
      replay: (roomId, since) => this.#replay(roomId, since),
    })
  }

  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    await this.#checking
    await this.idle()
    await this.#leave()
  }

  /** Resolves when no catch-up or replay started by a change of ownership is still running. */
  async idle(): Promise<void> {
    while (this.#background.size) await Promise.all(this.#background)
  }

  #state(): AccountState {
    return this.o.linkState?.() ?? 'online'
  }

  async #tryActivate(): Promise<AccountMode> {
    const user = this.#user
    if (!user) return this.#mode
    if (!(await this.#lease.acquire(user, this.#state()))) {
      this.#mode = 'standby'
      await this.#logStandby(user)
      return this.#mode
    }
    if (this.#standbyLogged) this.o.log.warn({ account: user.id }, '原来运行这个账号的进程已停止，本进程接手')
    this.#standbyLogged = false
    this.o.outbound.useAccount(user.id)
    await adoptUnassigned(this.o.db, user.id)
    this.#mode = 'active'
    this.#activeSince = this.#now()
    await this.ownership.start(user.id)
    await this.#adoptWherePresent(user.id)
    await this.#readOurs()
    if (this.#sender) this.o.outbound.resume(this.#sender)
    const label = this.o.config.accounts.label
    this.o.log.info({ account: user.id, label, groups: this.ownership.mine().length }, '账号已就绪')
    return this.#mode
  }

  async #logStandby(user: AccountUser): Promise<void> {
    if (this.#standbyLogged) return
    this.#standbyLogged = true
    const lease = await findLease(this.o.db, user.id)
    this.o.log.warn(
      { account: user.id, holder: lease?.holder, leaseUntil: lease?.leaseUntil },
      `账号「${user.name}」已有另一个进程在运行（${lease?.holder ?? '未知'}）。本进程待命：不处理消息、不发消息；那个进程停止后（最长约${Math.round(this.o.config.accounts.leaseMs / 1000)}秒）自动接手。`,
    )
  }

  /** Every account's lease; their ids are our accounts (whose messages are never commands). */
  async #readOurs(): Promise<AccountLease[]> {
    const leases = await listLeases(this.o.db)
    this.#ours = new Set(leases.map((l) => l.accountId))
    return leases
  }

  async #renewOrStandby(): Promise<boolean> {
    if (await this.#lease.renew(this.#state())) return true
    this.o.log.error(
      { account: this.#user?.id },
      '本账号的租约已被另一个进程接手：本进程停止处理消息和发送，转为待命',
    )
    this.#mode = 'standby'
    this.#standbyLogged = true
    this.o.outbound.pause()
    await this.ownership.stop()
    return false
  }

  /** Groups bound before accounts had owners, where this account is present: it serves them from now on. */
  async #adoptWherePresent(accountId: string): Promise<void> {
    const present: string[] = []
    for (const roomId of await unownedRoomIds(this.o.db))
      if (await this.#presence.hasMember(roomId, accountId)) present.push(roomId)
    if (present.length) await this.ownership.owned(present)
  }

  async #leave(): Promise<void> {
    this.o.outbound.pause()
    await this.ownership.stop()
    await this.#lease.release()
    this.#mode = 'signed-out'
  }

  /** Groups gained by a move (a takeover replays from when the owner went down; it calls #replay itself). */
  async #afterGained(rooms: string[]): Promise<void> {
    await this.o.catchUp(rooms)
    for (const roomId of rooms) {
      const since = (await findGroupOwner(this.o.db, roomId))?.ownerSince
      if (since) this.#replay(roomId, since)
    }
  }

  #replay(roomId: string, since: Date): void {
    const msgs = this.gate.take(roomId, since)
    if (msgs.length) this.o.log.info({ roomId, messages: msgs.length }, '接手前收到的群消息现在处理')
    for (const msg of msgs) this.o.replay(roomId, msg)
  }

  #inBackground(job: Promise<unknown>): void {
    const tracked = job
      .catch((error: unknown) => this.o.log.error({ err: error }, '接手群后的补做出错'))
      .finally(() => this.#background.delete(tracked))
    this.#background.add(tracked)
  }

  #service(): AccountsService {
    return {
      current: () => {
        const user = this.#user
        if (!user) return null
        const label = this.o.config.accounts.label
        const online = this.#mode === 'active'
        return { id: user.id, shownAs: label || user.name, name: user.name, label, online }
      },
      list: () => listBotAccounts(this.o.db, this.#now()),
      ownerOf: (roomId) => ownerOf(this.o.db, roomId, this.#now()),
      handOver: async (roomId, name) => {
        const me = this.#user?.id
        if (!me || this.#mode !== 'active') {
          const accounts = await listBotAccounts(this.o.db, this.#now())
          return { ok: false, reason: 'not-owner', accounts }
        }
        const deps = {
          db: this.o.db,
          now: this.#now,
          me,
          presence: this.#presence,
          ownership: this.ownership,
        }
        return handOver(deps, roomId, name)
      },
    }
  }
}

export { botAccountOf }
