// ESLint flat config: typescript-eslint on everything, plus the dependency direction of
// STYLE.md enforced with import-x's no-restricted-paths zones.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const zones = [
  // src/ never imports the browser entry points.
  { target: './src', from: './extension', message: 'src/ must not import from extension/' },
  // core is pure: it imports nothing else of ours.
  {
    target: './src/core',
    from: './src',
    except: ['./core'],
    message: 'src/core imports nothing else of ours',
  },
  { target: './src/identity', from: ['./src/page', './src/ui', './src/store', './src/platform', './src/messaging'] },
  { target: './src/store', from: ['./src/page', './src/ui', './src/platform', './src/messaging'] },
  { target: './src/export', from: ['./src/page', './src/ui', './src/platform'] },
  { target: './src/page', from: ['./src/store', './src/ui', './src/platform', './src/identity'] },
  { target: './src/ui', from: ['./src/store', './src/platform'] },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'artifacts/**', 'test-results/**', '.tmp/**', 'scratch/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
