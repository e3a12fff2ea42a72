/** The locale menu is a <details>: close it with Escape or a click elsewhere, as menus do. */
export function initLocaleMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('.locale-menu');
  if (!menu) return;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
