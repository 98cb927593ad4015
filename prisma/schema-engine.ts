// The official Prisma schema engine, loaded from its WebAssembly build so migrations work offline
// (the prisma CLI would download a native engine first). Loaded by hand instead of `import x from '.wasm'`
// so it runs under plain Node 20, tsx and vitest without --experimental-wasm-modules.
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm'
import { providerFiles, type Provider } from './provider.js'

type WasmExports = Record<string, unknown>
type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: WasmExports): void
}
// @types/node 20 does not declare the WebAssembly global.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }>
}

let gluePromise: Promise<Glue> | undefined

async function loadGlue(): Promise<Glue> {
  const require = createRequire(import.meta.url)
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Glue
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as never })
  glue.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.()
  return glue
}

export interface SchemaFile {
  path: string
  content: string
}

export async function readSchema(provider: Provider): Promise<SchemaFile> {
  const file = providerFiles[provider].schemaPath
  return { path: file, content: await readFile(file, 'utf8') }
}

/** Loads the WebAssembly engine now, so a later call does not pay for it (tests start processes at a barrier). */
export async function preloadSchemaEngine(): Promise<void> {
  gluePromise ??= loadGlue()
  await gluePromise
}

type SqlAdapter = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory['connect']>>

// The engine sends whole migration scripts through executeRaw; better-sqlite3 prepares one statement
// at a time, so such scripts go through executeScript instead. The engine disposes some connections
// itself (a PostgreSQL shadow database) and withSchemaEngine disposes all: each is disposed once.
function acceptingScripts(adapter: SqlAdapter): SqlAdapter {
  let disposed: Promise<void> | undefined
  const dispose = () => (disposed ??= adapter.dispose())
  const executeRaw: SqlAdapter['executeRaw'] = async (query) => {
    try {
      return await adapter.executeRaw(query)
    } catch (error) {
      if (!(error instanceof RangeError) || query.args.length > 0) throw error
      await adapter.executeScript(query.sql)
      return 0
    }
  }
  return new Proxy(adapter, {
    get: (target, key) => {
      if (key === 'executeRaw') return executeRaw
      if (key === 'dispose') return dispose
      const value = Reflect.get(target, key) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

function scriptFriendly(factory: SqlMigrationAwareDriverAdapterFactory, opened: SqlAdapter[]) {
  const track = (adapter: SqlAdapter) => {
    const wrapped = acceptingScripts(adapter)
    opened.push(wrapped)
    return wrapped
  }
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  }
}

/** Runs `work` with a schema engine for `schema`, then frees it and closes every connection it opened. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  gluePromise ??= loadGlue()
  const glue = await gluePromise
  const opened: SqlAdapter[] = []
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(scriptFriendly(adapterFactory, opened)),
  )
  try {
    return await work(engine)
  } finally {
    engine.free()
    await Promise.all(opened.map((adapter) => adapter.dispose()))
  }
}

export const noFilters = { externalTables: [], externalEnums: [] }

export async function readMigrationList(dir: string): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  )
  const lockContent = await readFile(path.join(dir, 'migration_lock.toml'), 'utf8').catch(() => null)
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  }
}
