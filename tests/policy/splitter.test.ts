import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../../handlers/policy/kb.js'
import { importPolicyText } from '../../handlers/policy/importer.js'
import { splitArticles } from '../../handlers/policy/splitter.js'
import { retrieve, buildIndex } from '../../handlers/policy/search/retrieval.js'
import { tempKb } from './support.js'

describe('splitArticles', () => {
  it('splits by 第X条 and keeps the preamble', () => {
    const text =
      '关于支持创业的办法\n第一条 为了支持返乡创业，制定本办法。\n第二条 个人创业担保贷款最高50万元。\n继续说明。\n第十二条 本办法自印发之日起施行。'
    const articles = splitArticles(text)
    expect(articles.map((a) => a.label)).toEqual(['前言', '第一条', '第二条', '第十二条'])
    expect(articles[2]?.text).toContain('继续说明')
  })

  it('splits by 一、 when there are no 第X条, keeping （一） items inside their article', () => {
    const text =
      '一、财政支持\n（一）创业补贴。正常经营满6个月给予5000元。\n（二）场地补贴。\n二、金融支持\n（一）创业担保贷款。'
    const articles = splitArticles(text)
    expect(articles.map((a) => a.label)).toEqual(['一', '二'])
    expect(articles[0]?.text).toContain('（二）场地补贴')
    expect(articles[0]?.heading).toBe('财政支持')
  })

  it('splits by （一） and by 1. when those are the top level', () => {
    expect(splitArticles('（一）补贴。\n（二）贷款。').map((a) => a.label)).toEqual(['（一）', '（二）'])
    expect(splitArticles('1. 补贴5000元。\n2. 贷款50万元，期限3年。\n3、培训').map((a) => a.label)).toEqual([
      '1',
      '2',
      '3',
    ])
  })

  it('does not take a decimal like 2025.5 for a list number', () => {
    expect(splitArticles('2025.5 起施行\n说明').map((a) => a.label)).toEqual(['全文'])
  })
})

describe('importPolicyText', () => {
  let kb: ReturnType<typeof tempKb>
  beforeEach(() => (kb = tempKb()))
  afterEach(() => kb.cleanup())

  it('writes an official document the retriever finds, and archives the previous version', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    const v1 = '川办规〔2025〕6号\n第一条 返乡创业的农民工可以申请孵蛋补贴800元。\n第二条 其他事项。'
    const first = importPolicyText({
      kbDir: kb.dir,
      fileName: '测试办法.txt',
      text: v1,
      title: '测试办法',
      now,
    })
    expect(first).toMatchObject({ docId: '测试办法', articles: 3, archived: null }) // 前言 + 2 articles

    const v2 = '第一条 返乡创业的农民工可以申请孵蛋补贴900元。\n第二条 其他事项。\n第三条 施行日期。'
    const second = importPolicyText({
      kbDir: kb.dir,
      fileName: '测试办法.txt',
      text: v2,
      title: '测试办法',
      now,
    })
    expect(second.archived).not.toBeNull()
    expect(existsSync(second.archived!)).toBe(true)
    expect(readFileSync(second.archived!, 'utf8')).toContain('800元')
    expect(readdirSync(path.join(kb.dir, 'archive'))).toHaveLength(1)

    const loaded = loadKnowledgeBase(kb.dir)
    const doc = loaded.documents.find((d) => d.id === '测试办法')
    expect(doc).toMatchObject({ status: '官方', title: '测试办法' })
    const hits = retrieve(buildIndex(loaded), '孵蛋补贴有多少')
    expect(hits[0]?.article.id).toBe('测试办法#第一条')
    expect(hits[0]?.article.text).toContain('900元')
  })

  it('refuses an empty file', () => {
    expect(() =>
      importPolicyText({ kbDir: kb.dir, fileName: 'x.txt', text: '  \n', now: new Date() }),
    ).toThrow('没有可用的正文')
  })

  it('loads every shipped document as a 示例 compiled from public reports, with each unit’s reliability', () => {
    writeFileSync(path.join(kb.dir, 'notes.txt'), 'not a document')
    const loaded = loadKnowledgeBase(kb.dir)
    expect(loaded.documents.map((d) => d.id).sort()).toEqual(['guide', 'sc2015', 'sc2018-22', 'sc2025-6'])
    for (const doc of loaded.documents) {
      expect(doc.status).toBe('示例')
      expect(doc.note).toMatch(/^示例知识库，依据(公开报道|官方网站和公开报道)整理/)
      expect(doc.note).toContain('以官方原文为准')
    }
    expect(loaded.documents.find((d) => d.id === 'sc2018-22')?.docNumber).toContain('未核实')
    for (const a of loaded.articles) {
      expect(a.reliability, a.id).not.toBe('')
      if (a.reliability.startsWith('低')) expect(a.text, a.id).toContain('未经核实')
      expect(a.text, a.id).not.toMatch(/^(问法|可靠性)：/m)
    }
    expect(loaded.articles.find((a) => a.id === 'guide#贷款利率')?.asks).toContain('LPR是什么')
    expect(loaded.articles.find((a) => a.id === 'sc2025-6#贷款额度')?.text).toContain('50万元')
  })
})
