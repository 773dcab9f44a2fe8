// Keeps the dependency direction of ../shared/DESIGN.md: ui → lessons → programs → shell/os → engine → storage.
// The core never imports ui/ or adapters/ (nor React, xterm or idb); the engine imports nothing from the app.
import tseslint from 'typescript-eslint'

const browserOnly = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xterm/*', 'idb', 'monaco-editor']
const zone = (dirs, forbidden) => ({
  files: dirs.map((d) => `src/${d}/**/*.ts`),
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: forbidden.map((f) => `**/${f}/**`), message: 'The core must not depend on this layer (see ../shared/DESIGN.md).' },
        { group: browserOnly, message: 'Browser libraries belong in src/adapters or src/ui.' },
      ],
    }],
  },
})

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/bench/.out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  zone(['engine'], ['ui', 'adapters', 'lessons', 'programs', 'shell', 'os', 'terminal', 'node']),
  zone(['os', 'shell'], ['ui', 'adapters', 'lessons', 'programs', 'node']),
  zone(['terminal'], ['ui', 'adapters', 'lessons', 'programs', 'node', 'engine', 'os', 'shell']),
  zone(['programs'], ['ui', 'adapters', 'lessons', 'node']),
  zone(['lessons'], ['ui', 'adapters', 'node']),
)
