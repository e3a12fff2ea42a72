/** Copy buttons of the snippets; the result is announced to screen readers. */
export function initCopyButtons(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
      'button[data-copy]',
    );
    if (!button) return;
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!source) return;
    void copyText(source).then((ok) => {
      if (!ok) return;
      const announcer = document.getElementById('announcer');
      const label = button.dataset.copied ?? '';
      if (announcer) announcer.textContent = label;
      button.classList.add('copied');
      setTimeout(() => {
        button.classList.remove('copied');
        if (announcer) announcer.textContent = '';
      }, 2000);
    });
  });
}

async function copyText(source: HTMLElement): Promise<boolean> {
  const text = source.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an insecure origin, a denied prompt): select the text
    // so the reader can copy it with the keyboard.
    const selection = window.getSelection();
    if (!selection) return false;
    const range = document.createRange();
    range.selectNodeContents(source);
    selection.removeAllRanges();
    selection.addRange(range);
    return false;
  }
}
