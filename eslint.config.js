import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'example-app/model/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 320, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // House rule: no source file over 300 lines (tests and benchmarks only warn at 320).
    files: ['actions/**/*.ts', 'example-app/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // The core must not know about GitHub Actions: only shells (actions/shell, actions/*/main.ts)
    // may import @actions/*.
    files: ['actions/lib/**/*.ts', 'example-app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: 'Only action shells import @actions/*.' }] }],
    },
  },
  {
    // aws/ holds the SDK adapters only, and the action folders use them, never the other way:
    // an adapter may import the shared basics (errors, logger, version, oci) and other adapters.
    files: ['actions/lib/aws/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only action shells import @actions/*.' },
            {
              group: ['../*/**', '!../aws/**'],
              message: 'aws/ is SDK adapters only: import the shared basics, never an action folder.',
            },
          ],
        },
      ],
    },
  },
);
