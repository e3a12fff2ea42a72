import { initCopyButtons } from './copy.js';
import { initLocaleMenu } from './localeMenu.js';
import { initThemeToggle } from './theme.js';

// Every page gets these few lines; React itself loads only where the index table needs it.
initThemeToggle();
initCopyButtons();
initLocaleMenu();

const island = document.getElementById('index-island');
if (island) {
  void import('./indexIsland.js').then(({ hydrateIndex }) => hydrateIndex(island));
}
