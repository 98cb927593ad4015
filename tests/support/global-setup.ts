// vitest globalSetup: migrate one SQLite template and one PostgreSQL template database per run, drop both after.
import type { TestProject } from 'vitest/node'
import { createTemplates } from './database-templates.js'

export default async function setup(project: TestProject) {
  const { templates, dispose } = await createTemplates()
  project.provide('databaseTemplates', templates)
  return dispose
}
