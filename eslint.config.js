import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { allowedImports } from './eslint-rules/allowedImports.js';

const houseRules = { rules: { 'allowed-imports': allowedImports } };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      '.tmp/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'eslint-rules/**/*.js', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, house: houseRules },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer talks only to window.api: besides its own files it may import the contract,
      // static JSON data and the browser packages below. No Node, no Electron, no main/.
      'house/allowed-imports': [
        'error',
        {
          inside: ['renderer'],
          data: '^resources/.*\\.json$',
          alias: ['@contract/'],
          packages: [
            '@ag-grid-community/locale',
            '@ant-design/icons',
            'ag-grid-community',
            'ag-grid-react',
            'antd',
            'dayjs',
            'echarts',
            'i18next',
            'pdfjs-dist',
            'react',
            'react-dom',
            'react-i18next',
            'zod',
          ],
          why: 'the renderer may import only @contract/…, its own files and browser packages',
        },
      ],
    },
  },
  {
    files: ['contract/**/*.ts'],
    plugins: { house: houseRules },
    rules: {
      // The contract runs in the renderer and in main alike: nothing from either side.
      'house/allowed-imports': [
        'error',
        {
          inside: ['contract'],
          data: '^resources/.*\\.json$',
          packages: ['zod'],
          why: 'contract/ may import only its own files, static JSON data and zod',
        },
      ],
    },
  },
  {
    files: ['main/domain/**/*.ts', 'main/db/**/*.ts', 'main/api/**/*.ts', 'main/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'domain, db, api and sync stay plain Node' }] },
      ],
    },
  },
);
