import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = ['node:*', 'fs', 'child_process', 'execa', 'lowdb', 'lowdb/*', 'proper-lockfile', 'ink', 'react', 'chalk'];

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
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ioModules, message: 'src/domain is pure: no IO or UI imports.' }] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in; the domain never reads the clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `now` in; the domain never reads the clock.' }],
    },
  },
  {
    // UI code reaches processes and storage only through services.
    files: ['src/tui/**/*.ts', 'src/tui/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['execa', 'lowdb', 'lowdb/*', 'proper-lockfile'], message: 'The TUI talks to services, never to execa or lowdb directly.' }] }],
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
