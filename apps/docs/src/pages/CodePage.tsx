import { docsPath, type ErrorEntry, platform } from '@org/error-codes';
import { formatMessage, type LocaleMessages, localizeError } from '@org/error-codes-i18n';
import { SeverityBadge } from '../components/Badge.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { CodeTable } from '../components/CodeTable.js';
import { ErrorPreview } from '../components/ErrorPreview.js';
import { neighbours, relatedCodes } from '../routes.js';
import { categoryPath, type SiteLocale } from '../site.js';
import type { Snippet } from '../snippets.js';
import type { UiStrings } from '../ui/index.js';

export interface CodePageProps {
  readonly entry: ErrorEntry;
  readonly locale: SiteLocale;
  readonly ui: UiStrings;
  readonly messages: LocaleMessages;
  readonly snippets: readonly Snippet[];
}

/** One code in one locale: meaning, what the user sees, fields, snippets, related codes. */
export function CodePage({ entry, locale, ui, messages, snippets }: CodePageProps) {
  const text = localizeError(entry.code, messages);
  const { previous, next } = neighbours(entry.code);
  const related = relatedCodes(entry);
  const yesNo = (value: boolean) => (value ? ui.yes : ui.no);
  return (
    <>
      <Breadcrumbs
        locale={locale}
        ui={ui}
        trail={[
          { href: categoryPath(entry.category, locale), label: ui.categories[entry.category] },
        ]}
        current={String(entry.code)}
      />
      <header className="code-header">
        <p className="code-kicker">
          <span className="code-number">{entry.code}</span>
          <code className="wire-name" dir="ltr">
            {entry.name}
          </code>
        </p>
        <h1>{text.title}</h1>
        <p className="badges">
          <SeverityBadge severity={entry.severity} ui={ui} />
          <span className="badge">{ui.categories[entry.category]}</span>
          <span className="badge">{ui.sources[entry.source]}</span>
          {entry.retryable && <span className="badge badge-retry">{ui.retryable}</span>}
        </p>
      </header>

      {entry.source === 'client' && (
        <p className="callout">
          {formatMessage(ui.clientCodeNote, { sdk: platform.sdk, version: platform.sdkVersion })}
        </p>
      )}

      <section aria-labelledby="meaning">
        <h2 id="meaning">{ui.description}</h2>
        <p className="description">{text.description}</p>
      </section>

      <section aria-labelledby="user-sees">
        <h2 id="user-sees">{ui.userSees}</h2>
        <div className="preview">
          <ErrorPreview code={entry.code} locale={locale} messages={messages} />
        </div>
      </section>

      <section aria-labelledby="details">
        <h2 id="details">{ui.details}</h2>
        <dl className="fields">
          <div>
            <dt>{ui.code}</dt>
            <dd>{entry.code}</dd>
          </div>
          <div>
            <dt>{ui.wireName}</dt>
            <dd>
              <code dir="ltr">{entry.name}</code>
            </dd>
          </div>
          <div className="field-wide">
            <dt>{ui.sdkMessage}</dt>
            <dd>
              <blockquote className="sdk-message" lang="en" dir="ltr">
                {entry.message}
              </blockquote>
            </dd>
          </div>
          <div>
            <dt>{ui.category}</dt>
            <dd>
              <a href={categoryPath(entry.category, locale)}>{ui.categories[entry.category]}</a>
            </dd>
          </div>
          <div>
            <dt>{ui.source}</dt>
            <dd>{ui.sources[entry.source]}</dd>
          </div>
          <div>
            <dt>{ui.severity}</dt>
            <dd>
              <SeverityBadge severity={entry.severity} ui={ui} />
            </dd>
          </div>
          <div>
            <dt>{ui.retryable}</dt>
            <dd>{yesNo(entry.retryable)}</dd>
          </div>
          <div>
            <dt>{ui.feature}</dt>
            <dd>{entry.feature ? ui.features[entry.feature] : ui.none}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="handle-it">
        <h2 id="handle-it">{ui.handleIt}</h2>
        {snippets.map((snippet) => (
          <figure className="snippet" key={snippet.id} id={`snippet-${snippet.id}`}>
            <figcaption>
              <span>{snippet.label}</span>
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
            {/* Scrollable, so focusable by keyboard. */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <pre dir="ltr" tabIndex={0}>
              <code id={`snippet-${snippet.id}-code`} className={`language-${snippet.language}`}>
                {snippet.code}
              </code>
            </pre>
          </figure>
        ))}
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{ui.related}</h2>
          <CodeTable entries={related} locale={locale} ui={ui} messages={messages} />
        </section>
      )}

      <nav className="pager" aria-label={`${ui.previous} / ${ui.next}`}>
        {previous ? (
          <PagerLink entry={previous} rel="prev" label={ui.previous} locale={locale} />
        ) : (
          <span />
        )}
        {next && <PagerLink entry={next} rel="next" label={ui.next} locale={locale} />}
      </nav>
    </>
  );
}

/** A previous / next link of the pager: its label, then the code and wire name. */
function PagerLink(props: {
  entry: ErrorEntry;
  rel: 'prev' | 'next';
  label: string;
  locale: SiteLocale;
}) {
  const { entry, rel, label, locale } = props;
  return (
    <a href={docsPath(entry.code, locale)} rel={rel} className={`pager-${rel}`}>
      <span className="pager-label">{label}</span>
      <span className="pager-code">
        {entry.code} <code dir="ltr">{entry.name}</code>
      </span>
    </a>
  );
}
