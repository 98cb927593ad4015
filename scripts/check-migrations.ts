// Fails when prisma/schema.prisma, its PostgreSQL copy and the committed migrations of either provider disagree.
import { postgresSchemaIsCurrent } from '../prisma/create-migration.js'
import { pendingSchemaChanges } from '../prisma/migrate.js'
import { requireTestPostgres, SKIPPED_WARNING } from './test-postgres.js'

const HOW_TO_FIX = '请运行 npm run db:migration -- <名称> 生成迁移（两种数据库各一份）并提交。'
let failed = false

if (!(await postgresSchemaIsCurrent())) {
  console.error(`prisma/postgres/schema.prisma 不是 prisma/schema.prisma 的最新副本。${HOW_TO_FIX}`)
  failed = true
}

const sqlite = await pendingSchemaChanges('sqlite')
if (sqlite) {
  console.error(`schema.prisma 与 prisma/migrations（SQLite）不一致。${HOW_TO_FIX}\n`)
  console.error(sqlite)
  failed = true
}

const postgresAdminUrl = await requireTestPostgres().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
if (postgresAdminUrl) {
  const postgres = await pendingSchemaChanges('postgresql', { postgresAdminUrl })
  if (postgres) {
    console.error(
      `prisma/postgres/schema.prisma 与 prisma/postgres/migrations（PostgreSQL）不一致。${HOW_TO_FIX}\n`,
    )
    console.error(postgres)
    failed = true
  }
} else console.warn(SKIPPED_WARNING)

if (failed) process.exit(1)
console.log(
  `migrations: schema.prisma 与已提交的迁移一致（SQLite${postgresAdminUrl ? ' 和 PostgreSQL' : '；PostgreSQL 未检查'}）`,
)
