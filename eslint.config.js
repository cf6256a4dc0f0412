import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE = 'src/domain is pure: no IO or UI imports.';
const CLOCK = 'Pass `now` in; the domain never reads the clock.';
// Every Node builtin, with and without the node: prefix, and the IO and UI packages.
const ioPackages = ['node:*', 'execa', 'lowdb', 'lowdb/*', 'proper-lockfile', 'ink', 'ink-*', 'react', 'react/*', 'chalk'];
const domainDir = fileURLToPath(new URL('./src/domain/', import.meta.url));

/** A relative import from src/domain must land inside src/domain (`../store/...` from the domain is IO by the back door). */
const domainStaysInside = {
  meta: { type: 'problem', schema: [], messages: { escapes: 'src/domain is pure: "{{source}}" leads out of src/domain; pass what it provides in as an argument.' } },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      if (!resolve(dirname(context.filename), source).startsWith(domainDir)) context.report({ node: node.source, messageId: 'escapes', data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'ops/**', '.warroom/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly',
        AbortController: 'readonly', fetch: 'readonly', performance: 'readonly', setImmediate: 'readonly',
        TextEncoder: 'readonly', TextDecoder: 'readonly', structuredClone: 'readonly', AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain is pure: no IO, no UI, no clock. Time is passed in.
    files: ['src/domain/**/*.ts'],
    plugins: { warroom: { rules: { 'domain-stays-inside': domainStaysInside } } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinModules.map((name) => ({ name, message: PURE })),
        patterns: [{ group: ioPackages, message: PURE }],
      }],
      'warroom/domain-stays-inside': 'error',
      'no-restricted-globals': ['error',
        { name: 'performance', message: CLOCK },
        ...['process', 'fetch', 'setTimeout', 'setInterval', 'setImmediate'].map((name) => ({ name, message: `src/domain is pure: ${name} is IO; pass the value or a callback in.` })),
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK },
        { selector: "CallExpression[callee.name='Date']", message: CLOCK },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: CLOCK }],
    },
  },
  {
    // UI code reaches processes and storage only through services.
    files: ['src/tui/**/*.ts', 'src/tui/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['execa', 'lowdb', 'lowdb/*', 'proper-lockfile'], message: 'The TUI talks to services, never to execa or lowdb directly.' }],
        // Data on screen must be printable only: escape sequences in a note would reach every console.
        paths: [{ name: 'ink', importNames: ['Text'], message: 'Use Text from src/tui/components/Text.tsx: it shows data as printable text only.' }],
      }],
    },
  },
  {
    // Non-interactive subcommands must not pull Ink/React onto their import path.
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/commands/console.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['ink', 'react', '../tui/*', '../../tui/*'], message: 'Load the console lazily (src/cli/commands/console.ts) so subcommands stay fast.' }] }],
    },
  },
  // The shipped checks are extensionless Node ESM programs; lint them like the rest.
  { files: ['checks/check_*'], languageOptions: { sourceType: 'module' } },
);
