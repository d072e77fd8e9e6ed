// The frontend's lint rules: the recommended JavaScript and TypeScript rules, the rules of React hooks and the JSX
// accessibility rules (the UI must meet WCAG 2.1 AA; axe-core checks the rendered pages in the browser tests).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['src/main/frontend/generated/**', 'src/main/bundles/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/main/frontend/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      // The classic hook rules only: the React Compiler rules of eslint-plugin-react-hooks 7 (immutability and the
      // like) forbid writing a Hilla signal's value, which is how signals are meant to be used.
      'react-hooks/rules-of-hooks': 'error',
      // Views load on mount or when a key changes and read signals inside; listing the view's own functions as
      // dependencies would reload on every render.
      'react-hooks/exhaustive-deps': 'off',
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region must be reachable by keyboard (axe's scrollable-region-focusable), so a list that
      // scrolls may take tabIndex 0.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['ul'], roles: ['region', 'tabpanel'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/test/browser/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
