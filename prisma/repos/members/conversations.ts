// Private conversations (四个清楚, self-registration) kept in the database, so a restart resumes them.
import type { Db } from '../../client.js'
import type { Conversation, ConversationKind, ConversationState } from '../../generated/client.js'

export type { Conversation, ConversationKind, ConversationState }

export interface NewConversation {
  contactId: string
  branchId: number
  roomId: string | null
  memberId: number | null
  kind: ConversationKind
  state: ConversationState
  steps: string
  answers: string
  at: Date
}

/** Contacts the bot is asking a question right now (their next plain private message is the answer). */
export async function contactsBeingAsked(db: Db): Promise<string[]> {
  const rows = await db.conversation.findMany({ where: { state: 'asking' }, select: { contactId: true } })
  return rows.map((r) => r.contactId)
}

/** The contact's unfinished conversation of this kind, if any. */
export const unfinishedConversation = (db: Db, contactId: string, kind: ConversationKind) =>
  db.conversation.findFirst({
    where: { contactId, kind, state: { in: ['invited', 'asking', 'paused'] } },
    orderBy: { id: 'desc' },
  })

export const askingConversation = (db: Db, contactId: string) =>
  db.conversation.findFirst({ where: { contactId, state: 'asking' }, orderBy: { id: 'desc' } })

/** Starts a conversation, closing any unfinished one of the same kind for this contact. */
export function startConversation(db: Db, c: NewConversation) {
  return db.$transaction(async (tx) => {
    await tx.conversation.updateMany({
      where: { contactId: c.contactId, kind: c.kind, state: { in: ['invited', 'asking', 'paused'] } },
      data: { state: 'done', updatedAt: c.at },
    })
    const { at, ...rest } = c
    return tx.conversation.create({ data: { ...rest, startedAt: at, updatedAt: at } })
  })
}

export const updateConversation = (
  db: Db,
  id: number,
  data: Partial<Pick<Conversation, 'state' | 'steps' | 'answers' | 'wrongTries' | 'updatedAt'>>,
) => db.conversation.update({ where: { id }, data })
