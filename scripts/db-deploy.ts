// npm run db:deploy: apply committed migrations to DATABASE_URL (the bot also does this at start).
import { applyMigrations } from '../prisma/migrate.js'

const url = process.env.DATABASE_URL ?? 'file:./data/zhibu.db'
const applied = await applyMigrations(url)
console.log(applied.length ? `已应用迁移：${applied.join(', ')}` : '数据库已是最新。')
