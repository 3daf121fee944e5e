// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Process boundaries (ARCHITECTURE.md): each folder may only reach what runs where it runs.
const rendererForbidden = {
  paths: [
    {
      name: 'electron',
      message: 'The renderer never imports electron: use renderer/src/platform.',
    },
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'The renderer runs in a browser: no Node modules.',
    })),
  ],
};
const sharedForbidden = {
  paths: [
    'react',
    'react-dom',
    'dexie',
    'dexie-react-hooks',
    'dexie-export-import',
    'electron',
    ...nodeBuiltins,
  ].map((name) => ({
    name,
    message: 'shared/ is pure, isomorphic TypeScript: no React, Dexie, Electron or Node.',
  })),
  patterns: [{ group: ['react-dom/*', 'dexie/*'], message: 'shared/ is pure TypeScript.' }],
};
const mainNetwork = [
  'http',
  'https',
  'net',
  'node:http',
  'node:https',
  'node:net',
  'http2',
  'node:http2',
];
const mainForbidden = {
  paths: [
    ...mainNetwork.map((name) => ({
      name,
      message: 'The main process never opens a network connection.',
    })),
    {
      name: 'electron',
      importNames: ['net'],
      message: 'The main process never opens a network connection.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this app does not use: it flags hooks such as
      // TanStack Virtual's useVirtualizer that the compiler could not memoise.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', rendererForbidden],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedForbidden] },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', mainForbidden],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The main process never opens a network connection.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'globalThis',
          property: 'fetch',
          message: 'The main process never opens a network connection.',
        },
      ],
    },
  },
  {
    files: [
      'test/**/*.{ts,tsx}',
      'scripts/**/*.mjs',
      '*.config.{js,ts}',
      'electron.vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
