import type { PageContext } from '../pageContext.js';
import type { Snippet } from '../snippets.js';

/** Copyable examples: readable without JavaScript, a copy button with it. */
export function SnippetList({
  page,
  snippets,
}: {
  page: PageContext;
  snippets: readonly Snippet[];
}) {
  const { ui } = page;
  return (
    <>
      {snippets.map((snippet) => (
        <figure className="snippet" key={snippet.id} id={`snippet-${snippet.id}`}>
          <figcaption>
            <span dir="ltr">{snippet.label}</span>
            <button
              type="button"
              className="copy js-only"
              data-copy={`snippet-${snippet.id}-code`}
              data-copied={ui.copied}
            >
              {ui.copy}
              <span className="visually-hidden"> {snippet.label}</span>
            </button>
          </figcaption>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <pre dir="ltr" tabIndex={0}>
            <code id={`snippet-${snippet.id}-code`} className={`language-${snippet.language}`}>
              {snippet.code}
            </code>
          </pre>
        </figure>
      ))}
    </>
  );
}
