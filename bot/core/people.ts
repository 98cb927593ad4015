// Who is talking, in which branch, with which role. A roll-call burst asks this thousands of times in a
// minute, so each branch's members and roles are loaded once (concurrent callers share the load) and kept
// briefly; changes that matter (binding, roles, check-in, re-link) call forget().
import type { Db } from '../../prisma/client.js'
import type { Branch, Member } from '../../prisma/generated/client.js'
import type { Clock, Config, Incoming, Mention, RoleName } from '../../handlers/types.js'
import { findGroupByRoom } from '../../prisma/repos/core/groups.js'
import { listCheckedInMembers } from '../../prisma/repos/core/members.js'
import { branchesOfContact, listRoles } from '../../prisma/repos/core/roles.js'
import { TtlCache } from './ttl-cache.js'

export interface Asker {
  branch: Branch | null
  member: Member | null
  role: RoleName
  mentions: Mention[]
}

interface BranchPeople {
  byContact: Map<string, Member>
  roles: Map<string, RoleName>
}

export class People {
  readonly #groups: TtlCache<string, Promise<Branch | null>>
  readonly #people: TtlCache<number, Promise<BranchPeople>>

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    clock: Clock,
  ) {
    const now = () => clock.now().getTime()
    this.#groups = new TtlCache(60_000, now)
    this.#people = new TtlCache(30_000, now)
  }

  forget(): void {
    this.#groups.clear()
    this.#people.clear()
  }

  async resolve(msg: Incoming): Promise<Asker> {
    const branch = msg.roomId
      ? await this.#branchOfRoom(msg.roomId)
      : await this.#branchOfContact(msg.talkerId)
    const people = branch ? await this.#peopleOf(branch.id) : null
    const member = people?.byContact.get(msg.talkerId) ?? null
    const role: RoleName = this.config.botAdminIds.includes(msg.talkerId)
      ? 'botAdmin'
      : (people?.roles.get(msg.talkerId) ?? (member ? 'member' : 'visitor'))
    const mentions = people ? resolveMentions(people, msg.mentions) : msg.mentions
    return { branch, member, role, mentions }
  }

  #branchOfRoom(roomId: string): Promise<Branch | null> {
    return this.#shared(
      this.#groups,
      roomId,
      async () => (await findGroupByRoom(this.db, roomId))?.branch ?? null,
    )
  }

  async #branchOfContact(contactId: string): Promise<Branch | null> {
    const branches = await branchesOfContact(this.db, contactId)
    return branches[0] ?? null
  }

  #peopleOf(branchId: number): Promise<BranchPeople> {
    return this.#shared(this.#people, branchId, async () => {
      const [members, roles] = await Promise.all([
        listCheckedInMembers(this.db, branchId),
        listRoles(this.db, branchId),
      ])
      return {
        byContact: new Map(members.flatMap((m) => (m.contactId ? [[m.contactId, m] as const] : []))),
        roles: new Map(roles.map((r) => [r.contactId, r.role])),
      }
    })
  }

  /** One load per key at a time; a failed load is not cached. */
  #shared<K, V>(cache: TtlCache<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    const hit = cache.get(key)
    if (hit) return hit
    const pending = load()
    cache.set(key, pending)
    pending.catch(() => cache.delete(key))
    return pending
  }
}

/** Plain-text @names (puppets without mention ids) resolved against the branch's checked-in members. */
function resolveMentions(people: BranchPeople, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.id) return m
    const found = [...people.byContact].filter(([, x]) => x.name === m.name || x.contactName === m.name)
    const [only, ...more] = found
    return only && !more.length ? { id: only[0], name: m.name } : m
  })
}
