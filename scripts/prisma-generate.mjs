// prisma generate, offline, for both providers: the SQLite client (prisma/generated) from the hand-edited
// schema and the PostgreSQL client (prisma/postgres/generated) from its committed copy. The CLI wants a
// schema-engine binary path but generate never runs it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
}
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  const result = spawnSync('npx', ['prisma', 'generate', '--schema', schema], { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
