// Lint: typescript-eslint type-checked rules, zero warnings, plus the import-direction rules that keep
// the architecture honest (core has no I/O; core never imports formats or apps; web never imports server).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'stream',
  'zlib',
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'test-results/**', 'apps/web/public/sw.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-params': ['error', 4],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'core is pure: no I/O.' },
            {
              group: ['@upright/formats', '@upright/server', '@upright/web', '@upright/cli'],
              message: 'core imports nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core takes `now` from its caller.' },
        { object: 'Math', property: 'random', message: 'core takes an `rng` from its caller.' },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'fetch',
        'process',
        'setTimeout',
        'setInterval',
      ],
    },
  },
  {
    files: ['packages/formats/src/**/*.ts', 'packages/api-contract/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@upright/server', '@upright/web', '@upright/cli'],
              message: 'packages never import apps.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@upright/server', '@upright/server/*', '@upright/cli'],
              message: 'web talks to the server only over HTTP through api-contract.',
            },
            { group: nodeBuiltins, message: 'web runs in the browser.' },
          ],
        },
      ],
    },
  },
);
