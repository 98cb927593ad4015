// Repository tests run once per provider, each file on one database per provider (a copy of the template).
import { afterAll, beforeAll, describe } from 'vitest'
import { createDb, type Db } from '../../prisma/client.js'
import type { Provider } from '../../prisma/provider.js'
import { tempDatabase, testProviders, type TempDatabase } from '../support/temp-db.js'

export interface ProviderDb {
  provider: Provider
  db(): Db
  /** A second client on the same database: another bot process. */
  otherProcess(): Db
}

export function describeOnEachProvider(name: string, body: (t: ProviderDb) => void): void {
  describe.each(testProviders())(`${name} on %s`, (provider) => {
    let temp: TempDatabase
    let other: Db | undefined
    beforeAll(async () => {
      temp = await tempDatabase({ provider })
    })
    afterAll(async () => {
      await other?.$disconnect()
      await temp.cleanup()
    })
    body({
      provider,
      db: () => temp.db,
      otherProcess: () => (other ??= createDb(temp.url)),
    })
  })
}

let unique = 0
/** A name no other test in the file uses (tests share one database per provider). */
export const uniqueName = (prefix: string) => `${prefix}${++unique}`
