import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Konva's and react-konva's full builds register every shape and filter; the board draws ten shapes. */
const KONVA_ENTRY =
  'Import Konva and its components from client/src/canvas/konva.ts, which loads only the shapes the board draws.';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-e2e/**',
      '**/node_modules/**',
      'data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'test', property: 'only', message: 'Focused tests must not be committed.' },
        { object: 'it', property: 'only', message: 'Focused tests must not be committed.' },
        { object: 'describe', property: 'only', message: 'Focused tests must not be committed.' },
      ],
    },
  },
  {
    // The shared package is the contract between client and server: it must not know either side.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'shared/ must not import React.' },
            { group: ['konva', 'konva/*'], message: 'shared/ must not import Konva.' },
            { group: ['hono', 'hono/*', '@hono/*'], message: 'shared/ must not import Hono.' },
            {
              group: ['@werkplaats/client', '@werkplaats/server', '**/client/**', '**/server/**'],
              message: 'shared/ must not import client or server code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['konva', 'react-konva'].map((name) => ({
            name,
            allowTypeImports: true,
            message: KONVA_ENTRY,
          })),
          patterns: [
            {
              group: [
                'konva/lib/index*',
                'konva/lib/_FullInternals*',
                'react-konva/*/ReactKonva',
                'react-konva/*/ReactKonva.js',
              ],
              allowTypeImports: true,
              message: KONVA_ENTRY,
            },
          ],
        },
      ],
    },
  },
  {
    // Every word people read comes from the catalogues (shared/src/i18n), in both languages.
    files: ['client/src/**/*.tsx'],
    ignores: ['client/src/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}{2,}/u]',
          message: 'Text in components comes from the message catalogues: use t().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}{2,}/u]',
          message: 'Labels people read come from the message catalogues: use t().',
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
