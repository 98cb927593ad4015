// A Context for handler tests: real database, manual clock, and a reply port that records what was sent.
import pino from 'pino'
import type {
  AuditResult,
  Config,
  Context,
  Db,
  Incoming,
  OutgoingFile,
  OutgoingText,
  ReplyPort,
  RoleName,
  Services,
} from '../../handlers/types.js'
import { ManualClock } from './clock.js'

export interface Sent {
  to: { roomId: string } | { contactId: string }
  text: string
  mentionIds: string[]
  file?: OutgoingFile
  image?: OutgoingFile
}

export class RecordingPort implements ReplyPort {
  readonly sent: Sent[] = []
  constructor(private readonly msg: () => Incoming) {}
  #push(to: Sent['to'], message: string | OutgoingText) {
    const m = typeof message === 'string' ? { text: message } : message
    this.sent.push({ to, text: m.text, mentionIds: m.mentionIds ?? [] })
  }
  async reply(message: string | OutgoingText) {
    const msg = this.msg()
    this.#push(msg.roomId ? { roomId: msg.roomId } : { contactId: msg.talkerId }, message)
  }
  async replyPrivately(message: string | OutgoingText) {
    this.#push({ contactId: this.msg().talkerId }, message)
  }
  async sendToRoom(roomId: string, message: string | OutgoingText) {
    this.#push({ roomId }, message)
  }
  async sendToContact(contactId: string, message: string | OutgoingText) {
    this.#push({ contactId }, message)
  }
  async sendFileToContact(contactId: string, file: OutgoingFile) {
    this.sent.push({ to: { contactId }, text: '', mentionIds: [], file })
  }
  async sendImageToRoom(roomId: string, image: OutgoingFile) {
    this.sent.push({ to: { roomId }, text: '', mentionIds: [], image })
  }
  async sendImageToContact(contactId: string, image: OutgoingFile) {
    this.sent.push({ to: { contactId }, text: '', mentionIds: [], image })
  }
  texts(): string[] {
    return this.sent.map((s) => s.text)
  }
}

export const testConfig: Config = {
  databaseUrl: 'file::memory:',
  botAdminIds: ['admin-1'],
  timeZone: 'Asia/Shanghai',
  botName: '支部助手',
  outbound: { minGapMs: 0, jitterMs: 0, dailyCap: 10_000, splitAt: 500 },
  llm: null,
  policyLimits: { groupQuestions: 6, privateQuestions: 30, windowMinutes: 10 },
  staleAfterSeconds: 120,
  gateway: {
    watchdogSeconds: 300,
    checkEveryMs: 100,
    stallMs: 2_000,
    loginGraceMs: 500,
    backoffMinMs: 200,
    backoffMaxMs: 2_000,
  },
  dataDir: '.test-tmp',
}

export function incoming(over: Partial<Incoming> = {}): Incoming {
  return {
    id: `m-${Math.random().toString(36).slice(2)}`,
    roomId: 'room-1',
    roomTopic: '测试群',
    talkerId: 'contact-1',
    talkerName: '张三',
    text: '',
    mentions: [],
    addressed: false,
    file: null,
    at: new Date('2026-11-27T12:00:00Z'),
    ...over,
  }
}

export interface FakeContextOptions {
  db: Db
  msg?: Partial<Incoming>
  args?: string
  clock?: ManualClock
  role?: RoleName
  branch?: Context['branch']
  member?: Context['member']
  services?: Partial<Services>
  config?: Partial<Config>
}

/** Interim (until every handler test goes through tests/support/chat.ts): services a test did not give fail loudly. */
function servicesFor(given: Partial<Services> = {}): Services {
  const missing = (name: string) => () => {
    throw new Error(`fakeContext: this test did not give services.${name}`)
  }
  return {
    forgetPeople: given.forgetPeople ?? (() => {}),
    get policy() {
      return given.policy ?? missing('policy')()
    },
    schedules: given.schedules ?? { refresh: async () => missing('schedules')() },
  }
}

export function fakeContext(o: FakeContextOptions): Context & { out: RecordingPort; audits: string[] } {
  const msg = incoming(o.msg)
  const role = o.role ?? 'member'
  const audits: string[] = []
  return {
    msg,
    args: o.args ?? msg.text,
    branch: o.branch ?? null,
    member: o.member ?? null,
    role,
    isAdmin: role === 'botAdmin' || role === 'secretary' || role === 'committee',
    db: o.db,
    clock: o.clock ?? new ManualClock(),
    config: { ...testConfig, ...o.config },
    log: pino({ level: 'silent' }),
    llm: null,
    out: new RecordingPort(() => msg),
    services: servicesFor(o.services),
    audits,
    async audit(command: string, result: AuditResult, detail = '') {
      audits.push(`${command}:${result}${detail ? `:${detail}` : ''}`)
    },
    expectFile() {},
  }
}
