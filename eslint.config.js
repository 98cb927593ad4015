import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'prisma/generated/**',
      'prisma/postgres/generated/**',
      'reports/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The Wechaty boundary: only the adapter (bot/wechaty/) and the simulator talk to Wechaty.
    files: ['bot/**/*.ts'],
    ignores: ['bot/wechaty/**', 'bot/simulator/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^wechaty(-[a-z-]+)?(/.*)?$',
              message: 'Only bot/wechaty/ (and the simulator) talk to Wechaty.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['handlers/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wechaty', 'wechaty-*', 'wechaty/*'], message: 'Only bot/ talks to Wechaty.' },
            {
              group: ['**/generated/**', '@prisma/client', '**/prisma/client.js'],
              allowTypeImports: true,
              message: 'Handlers use repositories from the context.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read config from ctx.config.' },
        { object: 'Date', property: 'now', message: 'Use ctx.clock.now().' },
      ],
    },
  },
)
