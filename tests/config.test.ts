import { describe, expect, it } from 'vitest'
import { choosePuppet, ConfigError, loadConfig } from '../bot/config.js'
import { describeDatabase } from '../prisma/provider.js'

describe('configuration', () => {
  it('has working defaults: SQLite under ./data, no model, Asia/Shanghai', () => {
    const config = loadConfig({})
    expect(config.databaseUrl).toBe('file:./data/zhibu.db')
    expect(config.llm).toBeNull()
    expect(config.timeZone).toBe('Asia/Shanghai')
  })

  it('reads admins, model settings and pacing', () => {
    const config = loadConfig({
      BOT_ADMIN_IDS: 'wxid_a, wxid_b，wxid_c',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'https://api.deepseek.com/v1',
      OPENAI_MODEL: 'deepseek-chat',
      OUTBOUND_DAILY_CAP: '50',
    })
    expect(config.botAdminIds).toEqual(['wxid_a', 'wxid_b', 'wxid_c'])
    expect(config.llm).toMatchObject({ model: 'deepseek-chat', baseURL: 'https://api.deepseek.com/v1' })
    expect(config.outbound.dailyCap).toBe(50)
  })

  it('explains bad values in Chinese', () => {
    expect(() => loadConfig({ OUTBOUND_DAILY_CAP: '很多' })).toThrow(ConfigError)
    expect(() => loadConfig({ OPENAI_BASE_URL: 'not a url', OPENAI_API_KEY: 'k' })).toThrow(
      /OPENAI_BASE_URL 必须是网址/,
    )
    expect(() => loadConfig({ TZ: 'UTC' })).toThrow(/Asia\/Shanghai/)
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:p@h/db' })).toThrow(/DATABASE_URL 应为 SQLite 文件/)
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '100' })).toThrow(/DATABASE_POOL_SIZE 最多 20/)
  })

  it('runs on PostgreSQL when DATABASE_URL says so, with a small pool, and never shows its password', () => {
    const url = 'postgresql://zhibu:secret@db.internal:5432/zhibu'
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ databaseUrl: url, databasePoolSize: 3 })
    expect(loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '5' }).databasePoolSize).toBe(5)
    expect(describeDatabase(url)).toBe('PostgreSQL zhibu@db.internal:5432/zhibu')
  })

  it('chooses the simulator without a token and the puppet service with one', () => {
    expect(choosePuppet({})).toEqual({ kind: 'simulator' })
    expect(
      choosePuppet({
        WECHATY_PUPPET_SERVICE_TOKEN: 'insecure_abc',
        WECHATY_PUPPET_SERVICE_ENDPOINT: '10.0.0.2:8788',
        WECHATY_PUPPET_SERVICE_NO_SSL_UNSAFE_CLIENT: 'true',
      }),
    ).toEqual({
      kind: 'service',
      token: 'insecure_abc',
      endpoint: '10.0.0.2:8788',
      authority: undefined,
      tlsDisabled: true,
    })
    expect(
      choosePuppet({ WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: '' }),
    ).toEqual({
      kind: 'simulator',
    })
    expect(() =>
      choosePuppet({ WECHATY_PUPPET: 'wechaty-puppet-wechat4u', WECHATY_PUPPET_SERVICE_TOKEN: 'x' }),
    ).toThrow(/不支持/)
  })
})
