// npm run db:deploy: apply committed migrations to DATABASE_URL, SQLite or PostgreSQL (the bot also does this at start).
import { applyMigrations } from '../prisma/migrate.js'
import { describeDatabase } from '../prisma/provider.js'

const url = process.env.DATABASE_URL ?? 'file:./data/zhibu.db'
const applied = await applyMigrations(url)
console.log(`${describeDatabase(url)}：${applied.length ? `已应用迁移 ${applied.join(', ')}` : '已是最新。'}`)
