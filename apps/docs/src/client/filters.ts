import {
  type CatalogQuery,
  formatMessage,
  type LocalizedEntry,
  parseQuery,
  queryFilters,
  type SearchableRow,
  searchCatalog,
  searchText,
  serializeQuery,
} from '@org/error-codes-i18n';
import type { SearchIndexRow } from '../searchIndex.js';

/** The fields of an entry the filters read; the server-rendered row carries them. */
type RowFields = Pick<
  LocalizedEntry,
  'platform' | 'code' | 'category' | 'source' | 'severity' | 'feature' | 'retryable'
>;

interface Row extends SearchableRow {
  haystack: string;
  readonly element: HTMLTableRowElement;
}

/**
 * The index's filters over its server-rendered table: the form and the URL are read
 * and written through the i18n query seam (`parseQuery`, `serializeQuery`), and
 * `searchCatalog` picks the rows and their order (best match first, with a "Did you
 * mean …?" when a word is found nowhere), so the site and the API search alike. The browser
 * holds no catalog: each row's fields are its data attributes, and the search
 * haystacks (`searchText` at build time) are fetched on the first search.
 */
export function initFilters(root: HTMLElement): void {
  const form = root.querySelector('form');
  const table = root.querySelector('table');
  if (!form || !table) return;
  const rows: Row[] = [...(table.tBodies[0]?.rows ?? [])].map((element) => {
    const d = element.dataset;
    const entry: RowFields = {
      platform: d.platform as RowFields['platform'],
      code: Number(d.code),
      category: d.category as RowFields['category'],
      source: d.source as RowFields['source'],
      severity: d.severity as RowFields['severity'],
      feature: (d.feature || null) as RowFields['feature'],
      retryable: d.retryable === 'true',
    };
    // Until the full haystacks arrive (or if they never do), a row is found by what it shows.
    const text = (selector: string) => element.querySelector(selector)?.textContent ?? '';
    const haystack = searchText({
      code: entry.code,
      name: text('.cell-name'),
      title: text('.cell-title'),
    });
    // Only the fields above are read by searchCatalog's filters.
    return { entry: entry as LocalizedEntry, haystack, element };
  });
  const count = root.querySelector<HTMLElement>('.result-count');
  const none = root.querySelector<HTMLElement>('.no-results');
  const offer = root.querySelector<HTMLElement>('.did-you-mean');
  const body = table.tBodies[0];
  // The page's language picks the search's synonyms and word endings.
  const locale = document.documentElement.lang;
  const dir = root.dataset.dir === 'rtl' ? 'rtl' : 'ltr';
  let haystacks: Promise<void> | undefined;
  let applied = 0;

  const loadHaystacks = () => {
    haystacks ??= fetch(root.dataset.search ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<SearchIndexRow[]>) : []))
      .then((index) => {
        const byKey = new Map(index.map(([p, c, h]) => [`${p}:${c}`, h]));
        for (const row of rows) {
          row.haystack = byKey.get(`${row.entry.platform}:${row.entry.code}`) ?? row.haystack;
        }
      })
      .catch(() => undefined);
    return haystacks;
  };

  const apply = async (query: CatalogQuery) => {
    const run = ++applied;
    if (query.q) await loadHaystacks();
    if (run !== applied) return; // a newer query has been applied meanwhile
    const result = searchCatalog(rows, query, { locale });
    const kept = new Set(result.rows);
    for (const row of rows) row.element.hidden = !kept.has(row);
    // Best match first while searching; the catalog's order otherwise.
    if (body) {
      const order = query.q ? [...result.rows, ...rows.filter((r) => !kept.has(r))] : rows;
      if (order.some((row, i) => body.rows[i] !== row.element)) {
        body.append(...order.map((row) => row.element));
      }
    }
    if (offer) showSuggestion(offer, result.suggestion);
    table.hidden = kept.size === 0;
    if (none) none.hidden = kept.size > 0;
    if (count) {
      count.textContent = formatMessage(
        root.dataset.showing,
        { shown: kept.size, total: rows.length },
        { dir },
      );
    }
  };

  const showSuggestion = (element: HTMLElement, suggestion: string | undefined) => {
    element.hidden = suggestion === undefined;
    // Leaving the search box to click the offer fires its change event, which filters
    // again: keep the same button, or the click would land on one just replaced.
    if (suggestion !== undefined && element.dataset.offered === suggestion) return;
    element.replaceChildren();
    element.dataset.offered = suggestion ?? '';
    if (suggestion === undefined) return;
    const [before = '', after = ''] = (element.dataset.text ?? '{suggestion}').split(
      '{suggestion}',
    );
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = suggestion;
    button.addEventListener('click', () => {
      const q = form.querySelector<HTMLInputElement>('[name="q"]');
      if (q) q.value = suggestion;
      update();
    });
    element.append(before, button, after);
  };

  const fromForm = (): CatalogQuery => {
    const values: Record<string, string> = {};
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
      values[field.name] = field.value;
    }
    return parseQuery(values).query;
  };

  const toForm = (query: CatalogQuery) => {
    const q = form.querySelector<HTMLInputElement>('[name="q"]');
    if (q) q.value = query.q ?? '';
    for (const key of Object.keys(queryFilters) as (keyof typeof queryFilters)[]) {
      const select = form.querySelector<HTMLSelectElement>(`[name="${key}"]`);
      if (select) select.value = query[key] === undefined ? '' : String(query[key]);
    }
  };

  const writeUrl = (query: CatalogQuery) => {
    const search = serializeQuery(query);
    const { pathname, hash } = window.location;
    if (search !== window.location.search) {
      window.history.replaceState(null, '', `${pathname}${search}${hash}`);
    }
    // The locale switcher keeps the filtered view.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) {
      link.href = `${link.dataset.keepQuery ?? link.pathname}${search}`;
    }
  };

  const update = () => {
    const query = fromForm();
    writeUrl(query);
    void apply(query);
  };

  const readUrl = () => {
    // Junk in a shared link is dropped by parseQuery; what is left is shown and kept.
    const { query } = parseQuery(window.location.search);
    toForm(query);
    writeUrl(query);
    return apply(query);
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // The reset button clears the controls after its event: filter once they are empty.
  form.addEventListener('reset', () => setTimeout(update, 0));
  form.querySelector('[name="q"]')?.addEventListener('focus', () => void loadHaystacks(), {
    once: true,
  });
  window.addEventListener('popstate', () => void readUrl());
  // Marks the table as following the URL (tests and styles can wait for it).
  void readUrl().then(() => {
    root.dataset.ready = '1';
  });
}
