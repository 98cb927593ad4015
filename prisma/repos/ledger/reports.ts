// What the quarterly exchange and the year-end letter read: sessions, reviews and roles of one period.
import type { Db } from '../../client.js'

/** Closed sessions of a branch opened in [from, to), with marks and make-ups. */
export const closedSessionsBetween = (db: Db, branchId: number, from: Date, to: Date) =>
  db.session.findMany({
    where: { branchId, closedAt: { not: null }, openedAt: { gte: from, lt: to } },
    orderBy: { openedAt: 'asc' },
    include: { attendance: true, makeups: true },
  })

export const reviewsOfYear = (db: Db, branchId: number, year: number) =>
  db.yearReview.findMany({ where: { year, member: { branchId } } })

export interface ReviewWrite {
  memberId: number
  year: number
  evaluation: string
  suggestion: string
  by: string
  at: Date
}

export const saveReview = (db: Db, r: ReviewWrite) =>
  db.yearReview.upsert({
    where: { memberId_year: { memberId: r.memberId, year: r.year } },
    create: r,
    update: { evaluation: r.evaluation, suggestion: r.suggestion, by: r.by, at: r.at },
  })

/** Several reviews at once (a filled-in sheet), all or nothing. */
export const saveReviews = (db: Db, reviews: ReviewWrite[]) =>
  db.$transaction(
    reviews.map((r) =>
      db.yearReview.upsert({
        where: { memberId_year: { memberId: r.memberId, year: r.year } },
        create: r,
        update: { evaluation: r.evaluation, suggestion: r.suggestion, by: r.by, at: r.at },
      }),
    ),
  )
