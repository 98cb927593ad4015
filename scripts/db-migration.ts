// npm run db:migration -- <name>: write a migration for the changes in prisma/schema.prisma (offline).
import { createMigration } from '../prisma/migrate.js'

const name = process.argv[2]
if (!name) {
  console.error('用法: npm run db:migration -- <迁移名称，如 add_member_note>')
  process.exit(1)
}
const folder = await createMigration(name)
console.log(folder ? `已生成迁移 prisma/migrations/${folder}` : 'schema.prisma 与已有迁移一致，无需新迁移。')
