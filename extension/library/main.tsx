/**
 * Library entry: builds the library API over the platform's messaging and mounts the Preact
 * page. Opened as a full tab (`library.html`) from the popup.
 */
import { render } from 'preact';
import { browserPlatform as platform } from '../../src/platform/browser.ts';
import { createLibraryApi } from '../../src/ui/library/library-api.ts';
import { LibraryApp } from '../../src/ui/library/library-app.tsx';

const root = document.getElementById('app');
if (root)
  render(<LibraryApp api={createLibraryApi((m) => platform.runtime.sendMessage(m))} />, root);
