// Configuration is read once, validated, and explained in Chinese on error.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Config } from '../handlers/types.js'

const truthy = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value ?? '')

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/zhibu.db')
    .refine(
      (v) => v.startsWith('file:') || /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v),
      'DATABASE_URL 应为 SQLite 文件（file:./data/zhibu.db）或 PostgreSQL 地址（postgresql://用户:密码@主机:5432/库名）',
    ),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1, 'DATABASE_POOL_SIZE 至少为 1')
    .max(20, 'DATABASE_POOL_SIZE 最多 20：每个进程都占这么多 PostgreSQL 连接，默认 100 个连接很快用完')
    .default(3),
  BOT_ADMIN_IDS: z.string().default(''),
  BOT_NAME: z.string().default('支部助手'),
  TZ: z
    .string()
    .optional()
    .refine((v) => !v || v === 'Asia/Shanghai', '时区固定为 Asia/Shanghai，请删除或改正 TZ'),
  OUTBOUND_MIN_GAP_MS: z.coerce.number().int().min(0).default(3000),
  OUTBOUND_JITTER_MS: z.coerce.number().int().min(0).default(2000),
  OUTBOUND_DAILY_CAP: z.coerce.number().int().positive().default(300),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url('OPENAI_BASE_URL 必须是网址，如 https://api.deepseek.com/v1').optional(),
  OPENAI_MODEL: z.string().optional(),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(8_000),
  LLM_DAILY_TOKEN_BUDGET: z.coerce.number().int().positive().default(200_000),
  POLICY_GROUP_QUESTIONS: z.coerce.number().int().positive().default(6),
  POLICY_PRIVATE_QUESTIONS: z.coerce.number().int().positive().default(30),
  POLICY_WINDOW_MINUTES: z.coerce.number().int().positive().default(10),
  STALE_AFTER_SECONDS: z.coerce.number().int().positive().default(120),
  GATEWAY_WATCHDOG_SECONDS: z.coerce.number().int().min(30).default(300),
  GATEWAY_STALL_SECONDS: z.coerce.number().int().min(10).default(120),
  GATEWAY_RELOGIN_GRACE_SECONDS: z.coerce.number().int().min(1).default(30),
  GATEWAY_RETRY_MAX_SECONDS: z.coerce.number().int().min(5).default(300),
  DATA_DIR: z.string().default('./data'),
})

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(stripEmpty(env))
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`配置有误（见 .env.example）：\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    botAdminIds: splitList(e.BOT_ADMIN_IDS),
    timeZone: 'Asia/Shanghai',
    botName: e.BOT_NAME,
    outbound: {
      minGapMs: e.OUTBOUND_MIN_GAP_MS,
      jitterMs: e.OUTBOUND_JITTER_MS,
      dailyCap: e.OUTBOUND_DAILY_CAP,
      splitAt: 500,
    },
    llm: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
          timeoutMs: e.OPENAI_TIMEOUT_MS,
          dailyTokenBudget: e.LLM_DAILY_TOKEN_BUDGET,
        }
      : null,
    policyLimits: {
      groupQuestions: e.POLICY_GROUP_QUESTIONS,
      privateQuestions: e.POLICY_PRIVATE_QUESTIONS,
      windowMinutes: e.POLICY_WINDOW_MINUTES,
    },
    staleAfterSeconds: e.STALE_AFTER_SECONDS,
    gateway: {
      watchdogSeconds: e.GATEWAY_WATCHDOG_SECONDS,
      checkEveryMs: 5_000,
      stallMs: e.GATEWAY_STALL_SECONDS * 1000,
      loginGraceMs: e.GATEWAY_RELOGIN_GRACE_SECONDS * 1000,
      backoffMinMs: 2_000,
      backoffMaxMs: e.GATEWAY_RETRY_MAX_SECONDS * 1000,
    },
    dataDir: e.DATA_DIR,
  }
}

function stripEmpty(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''))
}

function splitList(value: string): string[] {
  return value
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Loads ./.env into process.env when present (existing variables win). */
export function loadDotEnv(file = path.resolve('.env')): boolean {
  if (!existsSync(file)) return false
  process.loadEnvFile(file)
  return true
}

export type PuppetChoice =
  | { kind: 'simulator' }
  | {
      kind: 'service'
      token: string
      endpoint?: string
      authority?: string
      tlsDisabled: boolean
    }

/** Wechaty's standard variables decide the puppet: a service token means a real account, none the simulator. */
export function choosePuppet(env: Record<string, string | undefined> = process.env): PuppetChoice {
  const token = env.WECHATY_PUPPET_SERVICE_TOKEN || env.WECHATY_PUPPET_HOSTIE_TOKEN
  const puppet = env.WECHATY_PUPPET
  if (puppet === 'wechaty-puppet-mock' || (!token && (!puppet || puppet === 'wechaty-puppet-service'))) {
    return { kind: 'simulator' }
  }
  if (puppet && puppet !== 'wechaty-puppet-service') {
    throw new ConfigError(
      `不支持的 WECHATY_PUPPET=${puppet}：请用 wechaty-puppet-service（真实微信）或不设置（本地模拟器）`,
    )
  }
  return {
    kind: 'service',
    token: token!,
    endpoint: env.WECHATY_PUPPET_SERVICE_ENDPOINT || undefined,
    authority: env.WECHATY_PUPPET_SERVICE_AUTHORITY || undefined,
    tlsDisabled:
      truthy(env.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT) ||
      truthy(env.WECHATY_PUPPET_SERVICE_NO_SSL_UNSAFE_CLIENT),
  }
}
