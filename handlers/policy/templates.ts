// Prompt templates and fixed replies live in prompts/ so a secretary can edit the wording.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const defaultPromptsDir = fileURLToPath(new URL('../../prompts', import.meta.url))

export type ReplyName =
  | 'decline'
  | 'offtopic'
  | 'injection'
  | 'ratelimited'
  | 'ratelimitedGroup'
  | 'empty'
  | 'whereToAsk'
  | 'official'
  | 'sample'

export interface Templates {
  system: string
  user: string
  replies: Record<ReplyName, string>
}

function parseReplies(text: string): Record<ReplyName, string> {
  const entries = text
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.trimStart().startsWith('#') && l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()])
  return Object.fromEntries(entries) as Record<ReplyName, string>
}

export function loadTemplates(dir: string = defaultPromptsDir): Templates {
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8').trim()
  return {
    system: read('policy-system.txt'),
    user: read('policy-user.txt'),
    replies: parseReplies(read('policy-replies.txt')),
  }
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')
}
