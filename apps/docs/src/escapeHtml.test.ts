import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('L’erreur 4001 → café 日本語 عربى')).toBe('L’erreur 4001 → café 日本語 عربى');
    expect(escapeHtml('')).toBe('');
  });

  it('escapes as React does, in text and in attributes', () => {
    const junk = `<img src=x onerror="alert('1')"> & &amp; __proto__ ${'<'.repeat(1000)}`;
    expect(renderToStaticMarkup(createElement('p', null, junk))).toBe(`<p>${escapeHtml(junk)}</p>`);
    expect(renderToStaticMarkup(createElement('p', { title: junk }))).toBe(
      `<p title="${escapeHtml(junk)}"></p>`,
    );
  });
});
