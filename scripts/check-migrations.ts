// Fails when prisma/schema.prisma and the committed migrations disagree.
import { pendingSchemaChanges } from '../prisma/migrate.js'

const pending = await pendingSchemaChanges()
if (pending) {
  console.error(
    'schema.prisma 与 prisma/migrations 不一致。请运行 npm run db:migration -- <名称> 生成迁移：\n',
  )
  console.error(pending)
  process.exit(1)
}
console.log('migrations: schema.prisma 与已提交的迁移一致')
