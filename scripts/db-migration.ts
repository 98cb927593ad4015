// npm run db:migration -- <name>: write the SQLite and PostgreSQL migrations for the changes in
// prisma/schema.prisma, refresh prisma/postgres/schema.prisma, regenerate both clients (all offline).
import { spawnSync } from 'node:child_process'
import { createMigration } from '../prisma/create-migration.js'

const name = process.argv[2]
if (!name) {
  console.error('用法: npm run db:migration -- <迁移名称，如 add_member_note>')
  process.exit(1)
}
const { folder, providers, postgresSchemaUpdated } = await createMigration(name)
const where = { sqlite: 'prisma/migrations', postgresql: 'prisma/postgres/migrations' }
for (const provider of providers) console.log(`已生成迁移 ${where[provider]}/${folder}`)
if (!folder) console.log('schema.prisma 与已有迁移一致，无需新迁移。')
if (postgresSchemaUpdated) {
  console.log('已更新 prisma/postgres/schema.prisma（由 prisma/schema.prisma 生成，请一并提交）')
  process.exit(spawnSync('node', ['scripts/prisma-generate.mjs'], { stdio: 'inherit' }).status ?? 1)
}
