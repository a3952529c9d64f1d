import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import * as reactThree from '@react-three/eslint-plugin';

const frameworkImports = ['react', 'react-dom', 'react-dom/*', 'three', 'three/*', 'zustand', 'zustand/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test/bench/results.*', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, '@react-three': reactThree },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@react-three/no-clone-in-loop': 'error',
      '@react-three/no-new-in-loop': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from data: use text nodes.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never assign innerHTML: use textContent or DOM nodes.',
        },
      ],
    },
  },
  {
    // The domain core stays pure so it can be tested and reused anywhere (cart, kiosk, counter, Node tools).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...frameworkImports, '@react-three/*'],
              message: 'src/domain is pure TypeScript: no React, three, zustand or @react-three imports.',
            },
            {
              group: ['**/server/**', '**/server'],
              message: 'src/domain is shared by the app and the server: it imports neither.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    // The store server runs in Node only: it shares the pure domain with the app, never the browser layers.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...frameworkImports,
                '@react-three/*',
                '**/ui/**',
                '**/scene/**',
                '**/viewer/**',
                '**/xr/**',
                '**/surfaces/**',
              ],
              message:
                'src/server is Node only: it may import src/domain, never browser code (ui, scene, viewer, xr, surfaces).',
            },
          ],
        },
      ],
    },
  },
  {
    // Nothing in the browser bundle may pull in server code (Node APIs, the database, secrets handling).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/server'],
              message: 'Browser code never imports src/server (Node only).',
            },
          ],
        },
      ],
    },
  },
);
