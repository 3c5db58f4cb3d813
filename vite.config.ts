/**
 * One `vite build` for the whole extension, using Vite's Environment API:
 *
 * - `client`: the background worker and the extension pages (popup, library) as ES modules
 *   sharing chunks; `public/` copied; `manifest.json` emitted with the package's version.
 * - `content`: the content script as ONE classic IIFE file (`dist/content.js`), because a
 *   content script cannot `import` chunks; the worker runs it in a page once the page has loaded.
 * - `contentStart`: the small script the manifest injects at document_start
 *   (`dist/content-start.js`, also one IIFE), which asks the worker for `content.js`.
 *
 * Both write into `dist/` with `emptyOutDir: false`; `buildApp` cleans `dist/` once and builds
 * both in turn, so `vite build --watch` keeps both outputs. Preact JSX comes from tsconfig
 * (`jsx: react-jsx`, `jsxImportSource: preact`), which Vite's oxc transform reads.
 */
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { DOCUMENT_HIGHLIGHT_CSS } from './src/page/highlight-styles.ts';

const root = import.meta.dirname;
/** `dist/` unless ONRECORD_OUT_DIR says otherwise (parallel checkouts/runs sharing a tree). */
const outDir = resolve(root, process.env.ONRECORD_OUT_DIR ?? 'dist');
const at = (p: string): string => resolve(root, p);

/** HTML entries and the file name each gets in dist/. */
const PAGES: Record<string, string> = {
  'extension/popup/index.html': 'popup.html',
  'extension/library/index.html': 'library.html',
};

/**
 * Emits manifest.json (version from package.json, so there is one version number) and
 * highlights.css (from the same rules the painter adopts into shadow roots and frames), and moves
 * the HTML pages to the top of dist/ (popup.html, library.html). Asset URLs in the pages are
 * root-absolute (`base: '/'`), so moving the files does not break them.
 */
function extensionFiles(): Plugin {
  return {
    name: 'onrecord:extension-files',
    // After Vite's HTML plugin has emitted the pages, so they can be renamed.
    enforce: 'post',
    applyToEnvironment: (env) => env.name === 'client',
    generateBundle(_options, bundle) {
      const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as { version: string };
      const manifest = JSON.parse(readFileSync(at('manifest.json'), 'utf8')) as Record<string, unknown>;
      manifest.version = pkg.version;
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
      // The ::highlight() rules, injected by the manifest into every top-level page before it
      // renders: added later, they would restyle a huge page in one long task.
      this.emitFile({ type: 'asset', fileName: 'highlights.css', source: DOCUMENT_HIGHLIGHT_CSS });
      for (const file of Object.values(bundle)) {
        const target = PAGES[file.fileName];
        if (file.type === 'asset' && target) file.fileName = target;
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: at('public'),
  plugins: [extensionFiles()],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // The worker carries any-ascii's transliteration table (~550 kB) for identity; that is fine
    // in a worker that loads once, and it never reaches the content script.
    chunkSizeWarningLimit: 1024,
  },
  environments: {
    client: {
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: true,
        rolldownOptions: {
          input: {
            background: at('extension/background.ts'),
            popup: at('extension/popup/index.html'),
            library: at('extension/library/index.html'),
          },
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            assetFileNames: 'assets/[name]-[hash][extname]',
          },
        },
      },
    },
    content: {
      consumer: 'client',
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        cssCodeSplit: false,
        rolldownOptions: {
          input: { content: at('extension/content.ts') },
          output: {
            format: 'iife',
            entryFileNames: 'content.js',
            assetFileNames: 'assets/content-[hash][extname]',
          },
        },
      },
    },
    contentStart: {
      consumer: 'client',
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: { 'content-start': at('extension/content-start.ts') },
          output: { format: 'iife', entryFileNames: 'content-start.js' },
        },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      rmSync(outDir, { recursive: true, force: true });
      const { client, content, contentStart } = builder.environments;
      if (!client || !content || !contentStart) throw new Error('missing build environment');
      await builder.build(client);
      await builder.build(content);
      await builder.build(contentStart);
    },
  },
});
