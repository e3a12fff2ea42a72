type Theme = 'light' | 'dark';

/** The toggle overrides the system setting; the choice is kept in localStorage. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const current = (): Theme => {
    const chosen = root.dataset.theme;
    if (chosen === 'dark' || chosen === 'light') return chosen;
    return media.matches ? 'dark' : 'light';
  };
  const sync = () => {
    const label =
      (current() === 'dark' ? button.dataset.labelLight : button.dataset.labelDark) ?? '';
    button.setAttribute('aria-label', label);
    button.title = label;
  };
  button.addEventListener('click', () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
    sync();
  });
  media.addEventListener('change', sync);
  sync();
}
