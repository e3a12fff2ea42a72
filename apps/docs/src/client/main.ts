import { initCopyButtons } from './copy.js';
import { initLocaleMenu } from './localeMenu.js';
import { initThemeToggle } from './theme.js';

// Every page gets these few lines; the index alone loads its filters.
initThemeToggle();
initCopyButtons();
initLocaleMenu();

const filters = document.getElementById('index-filters');
if (filters) {
  void import('./filters.js')
    .then(({ initFilters }) => initFilters(filters))
    .then(() => import('./guideSearch.js'))
    .then(({ initGuideSearch }) => initGuideSearch(filters));
}
