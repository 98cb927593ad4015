// A member's own answers (四个清楚) and the sign that the bot can write to them privately.
import type { Db } from '../../client.js'
import type { Member } from '../../generated/client.js'

type FactData = Partial<Pick<Member, 'city' | 'employer' | 'industry' | 'returnWish' | 'cadreWish'>>

export const saveFacts = (db: Db, memberId: number, data: FactData) =>
  db.member.update({ where: { id: memberId }, data })

/** The member wrote to the bot privately: it can write back (they are its WeChat friend). */
export const notePrivateChat = (db: Db, memberId: number, at: Date) =>
  db.member.update({ where: { id: memberId }, data: { privateChatAt: at } })
