// A separate process that applies migrations to the database URL the test sends it (tests/migrations.test.ts).
// It loads the schema engine before saying ready, so all workers start applying at the same moment.
import { applyMigrations } from '../../prisma/migrate.js'
import { preloadSchemaEngine } from '../../prisma/schema-engine.js'

const send = (message: object) => process.send?.(message)

await preloadSchemaEngine()
process.on('message', (url: string) => {
  applyMigrations(url).then(
    (applied) => send({ applied }),
    (error: unknown) => send({ error: String(error) }),
  )
})
send({ ready: true })
