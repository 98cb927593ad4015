// The contract between the runtime (bot/) and the features (handlers/).
// A handler sees only this: plain message data, the member and role, dependencies, and one reply port.
import type { Logger } from 'pino'
import type OpenAI from 'openai'
import type { Db } from '../prisma/client.js'
import type { Branch, Member } from '../prisma/generated/client.js'

export type { Db, Branch, Member, Logger }

/** Who may use a command. `admin` = 书记/委员 of the group's branch, or a configured bot admin. */
export type Access = 'anyone' | 'member' | 'admin'
export type Place = 'group' | 'private' | 'both'
export type RoleName = 'botAdmin' | 'secretary' | 'committee' | 'member' | 'visitor'

export interface Clock {
  now(): Date
}

export interface Mention {
  id: string
  name: string
}

export interface IncomingFile {
  name: string
  read(): Promise<Buffer>
}

/** A WeChat message as plain data (built once in bot/inbound.ts). */
export interface Incoming {
  id: string
  /** null for a private chat */
  roomId: string | null
  roomTopic: string | null
  talkerId: string
  talkerName: string
  /** Normalised text: zero-width characters removed, the leading @bot mention stripped, trimmed. */
  text: string
  /** Other people @-mentioned in the message (never the bot). */
  mentions: Mention[]
  /** Private chat, mentionSelf(), or a plain-text "@<bot name>". */
  addressed: boolean
  file: IncomingFile | null
  at: Date
}

export interface Config {
  databaseUrl: string
  botAdminIds: string[]
  timeZone: 'Asia/Shanghai'
  botName: string
  outbound: { minGapMs: number; jitterMs: number; dailyCap: number; splitAt: number }
  llm: {
    apiKey: string
    baseURL: string | undefined
    model: string
    timeoutMs: number
    dailyTokenBudget: number
  } | null
  staleAfterSeconds: number
  dataDir: string
}

export interface OutgoingText {
  text: string
  /** Contacts to @-mention in a group message (they are prefixed to the text). */
  mentionIds?: string[]
}

export interface OutgoingFile {
  path: string
  name: string
}

/** The one way out. Every message is queued, paced and persisted. */
export interface ReplyPort {
  /** Answer where the message came from (the group, or the private chat). */
  reply(message: string | OutgoingText): Promise<void>
  /** Answer the talker privately, whatever the message came from. */
  replyPrivately(message: string | OutgoingText): Promise<void>
  sendToRoom(roomId: string, message: string | OutgoingText): Promise<void>
  sendToContact(contactId: string, message: string | OutgoingText): Promise<void>
  sendFileToContact(contactId: string, file: OutgoingFile): Promise<void>
  /** A PNG already saved under the data dir, shown as a picture in the group. */
  sendImageToRoom(roomId: string, image: OutgoingFile): Promise<void>
  /** A PNG already saved under the data dir, shown as a picture in a private chat. */
  sendImageToContact(contactId: string, image: OutgoingFile): Promise<void>
}

export type AuditResult = 'ok' | 'denied' | 'rejected' | 'error'

/** Features shared across handlers and the scheduler (attendance, policy …) hang here; see bot/services.ts. */
export interface Services {
  /** Forget cached branch/role/member lookups (after binding a group or changing roles). */
  invalidateDirectory?: () => void
  [name: string]: unknown
}

export interface Context {
  msg: Incoming
  /** Text after the command word (trimmed); the whole text for hear-handlers. */
  args: string
  /** The branch this group is bound to (in private chat: the branch the talker belongs to or manages, if one). */
  branch: Branch | null
  /** The talker's roster entry in that branch, once they have checked in (报到). */
  member: Member | null
  role: RoleName
  isAdmin: boolean
  db: Db
  clock: Clock
  config: Config
  log: Logger
  llm: OpenAI | null
  out: ReplyPort
  services: Services
  /** Records an admin action in the audit log. */
  audit(command: string, result: AuditResult, detail?: string): Promise<void>
  /** The next file this talker sends here within ten minutes goes to the handler with this id. */
  expectFile(handlerId: string): void
}

export interface HelpText {
  /** e.g. `开课 <主题> [分钟]` */
  usage: string
  summary: string
  /** List under the admin commands even though anyone may try it (the handler checks permission itself). */
  forAdmins?: boolean
}

export interface HandlerSpec {
  id: string
  /** Command words matched at the start of the message (after an optional @bot). */
  commands?: string[]
  /**
   * A "hear" matcher for messages that are not commands (sign-in words, 接龙 lists).
   * Runs on every group message in a bound group; return true to claim it.
   */
  hears?: (msg: Incoming) => boolean
  /** Receives a file the talker was asked for with ctx.expectFile(id). */
  acceptsFile?: boolean
  /** Receives messages addressed to the bot that no command claimed (policy questions). */
  fallback?: boolean
  access: Access
  place: Place
  /** Group commands that need the group bound to a branch first. Default true for group commands. */
  needsBranch?: boolean
  help?: HelpText
  run(ctx: Context): Promise<void>
}
