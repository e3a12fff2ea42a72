import { type PageIndex, pageIndexPath, pageMatches } from '../pageSearch.js';

/**
 * The guide pages the index's search words find ("JWT" → API key vs token), listed
 * above the code table. It reads the same search field as the code filters, and the
 * pages' own index (`/search/pages-<locale>.json`), fetched on the first search.
 */
export function initGuideSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const form = root.querySelector('form');
  if (!input || !form) return;
  const box = document.createElement('nav');
  box.className = 'guide-results';
  box.hidden = true;
  const heading = document.createElement('p');
  heading.className = 'guide-results-label';
  const list = document.createElement('ul');
  box.append(heading, list);
  form.after(box);
  let index: Promise<PageIndex | undefined> | undefined;
  const load = () => {
    index ??= fetch(pageIndexPath(document.documentElement.lang))
      .then((r) => (r.ok ? (r.json() as Promise<PageIndex>) : undefined))
      .catch(() => undefined);
    return index;
  };
  let run = 0;
  const show = async () => {
    const mine = ++run;
    const query = input.value;
    const found = query.trim() ? await load() : undefined;
    if (mine !== run) return;
    const rows = found?.rows.filter(([, , haystack]) => pageMatches(haystack, query)) ?? [];
    box.hidden = rows.length === 0;
    heading.textContent = found?.label ?? '';
    box.setAttribute('aria-label', found?.label ?? '');
    list.replaceChildren(
      ...rows.map(([path, title]) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = path;
        link.textContent = title;
        item.append(link);
        return item;
      }),
    );
  };
  input.addEventListener('input', () => void show());
  form.addEventListener('reset', () => setTimeout(() => void show(), 0));
  // A shared link's ?q= is in the field once the filters have read the URL.
  setTimeout(() => void show(), 0);
  window.addEventListener('popstate', () => setTimeout(() => void show(), 0));
}
