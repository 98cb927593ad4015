// Which database a DATABASE_URL names, and where each provider keeps its schema and migrations.
// prisma/schema.prisma (SQLite) is the one hand-edited schema; prisma/postgres/schema.prisma is derived from it.
import path from 'node:path'

export type Provider = 'sqlite' | 'postgresql'
export const providers: readonly Provider[] = ['sqlite', 'postgresql']

export function providerOf(databaseUrl: string): Provider {
  if (databaseUrl.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgresql'
  throw new Error(`不支持的 DATABASE_URL：应以 file: 或 postgresql:// 开头`)
}

/** The URL as it may be shown or logged: a PostgreSQL password never is. */
export function describeDatabase(databaseUrl: string): string {
  if (providerOf(databaseUrl) === 'sqlite') return databaseUrl
  const u = new URL(databaseUrl)
  return `PostgreSQL ${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`
}

export interface ProviderFiles {
  schemaPath: string
  migrationsDir: string
}

export const providerFiles: Record<Provider, ProviderFiles> = {
  sqlite: {
    schemaPath: path.join(import.meta.dirname, 'schema.prisma'),
    migrationsDir: path.join(import.meta.dirname, 'migrations'),
  },
  postgresql: {
    schemaPath: path.join(import.meta.dirname, 'postgres', 'schema.prisma'),
    migrationsDir: path.join(import.meta.dirname, 'postgres', 'migrations'),
  },
}

const GENERATED_HEADER =
  '// GENERATED from prisma/schema.prisma by `npm run db:migration`. Do not edit: edit prisma/schema.prisma.\n'

/** The PostgreSQL copy of the hand-edited schema: same models, other provider. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const datasource = /(datasource db \{\s*provider\s*=\s*)"sqlite"/
  if (!datasource.test(sqliteSchema))
    throw new Error('prisma/schema.prisma: datasource db with provider "sqlite" not found')
  return GENERATED_HEADER + sqliteSchema.replace(datasource, '$1"postgresql"')
}
