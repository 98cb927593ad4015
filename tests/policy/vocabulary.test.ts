import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Jieba } from '@node-rs/jieba'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importPolicyText } from '../../handlers/policy/importer.js'
import { defaultKbDir, loadKnowledgeBase, vocabularyFile } from '../../handlers/policy/kb.js'
import { buildIndex, retrieve } from '../../handlers/policy/search/retrieval.js'
import { policyTerms, tokenize, tokensWith } from '../../handlers/policy/search/tokenizer.js'
import { buildVocabulary, readFullDictionary } from '../../handlers/policy/vocabulary.js'
import { tempKb } from './support.js'

const fullDictionaryTokens = () => {
  const dict = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'))
  const full = Jieba.withDict(dict)
  full.loadDict(Buffer.from(policyTerms.map((t) => `${t} 2000`).join('\n')))
  return (text: string) => tokensWith(full, text)
}

let reference: ((text: string) => string[]) | null = null

/** The shipped knowledge base's texts that the segmenter cuts otherwise than the full dictionary. */
function cutDifferently(): string[] {
  reference ??= fullDictionaryTokens()
  const cut = reference
  const texts = loadKnowledgeBase().articles.flatMap((a) => [a.heading, a.text, ...a.asks])
  return texts.filter((t) => tokenize(t).join('/') !== cut(t).join('/'))
}

describe('the segmenter vocabulary', () => {
  it('is up to date with the knowledge base and the synonym tables (else run npm run policy:vocabulary)', () => {
    const shipped = readFileSync(vocabularyFile(defaultKbDir), 'utf8')
    expect(shipped === buildVocabulary(loadKnowledgeBase()), 'npm run policy:vocabulary').toBe(true)
  })

  it('cuts every text of the knowledge base exactly as jieba’s full dictionary does', () => {
    buildIndex(loadKnowledgeBase())
    expect(cutDifferently()).toEqual([])
  })

  describe('after an import', () => {
    let kb: ReturnType<typeof tempKb>
    beforeEach(() => (kb = tempKb()))
    afterEach(() => kb.cleanup())

    it('holds the new document’s words, so a question about them finds it', () => {
      const word = '猕猴桃'
      expect(readFileSync(vocabularyFile(kb.dir), 'utf8')).not.toContain(`\n${word} `)
      expect(readFullDictionary().counts.has(word)).toBe(true)
      importPolicyText({
        kbDir: kb.dir,
        fileName: '水果办法.txt',
        text: '第一条 返乡种猕猴桃的农民工可以申请果苗补贴600元。\n第二条 其他事项。',
        now: new Date('2026-11-27T12:00:00Z'),
      })
      expect(readFileSync(vocabularyFile(kb.dir), 'utf8')).toContain(`\n${word} `)
      const index = buildIndex(loadKnowledgeBase(kb.dir))
      expect(tokenize('种猕猴桃有补贴吗')).toContain(word)
      expect(retrieve(index, '种猕猴桃有啥子补贴')[0]?.article.id).toBe('水果办法#第一条')
      // the added words keep the total count: the shipped texts are still cut as the full dictionary cuts them
      expect(cutDifferently()).toEqual([])
    })
  })
})
