import { docsPath, type ErrorEntryShape } from '@org/error-codes';
import { type LocalizedEntry, queryCatalog } from '@org/error-codes-i18n';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { SeverityBadge } from '../components/Badge.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { CachedCodeTable } from '../components/CodeTable.js';
import { Fixes } from '../components/Fixes.js';
import { Guidance } from '../components/Guidance.js';
import { OtherPlatforms } from '../components/OtherPlatforms.js';
import { PlatformSwitch } from '../components/PlatformSwitch.js';
import { SnippetList } from '../components/SnippetList.js';
import type { Counterpart } from '../crossPlatform.js';
import type { PageContext } from '../pageContext.js';
import { sdkOf, sdkText } from '../platforms.js';
import { neighbours } from '../routes.js';
import { categoryPath, linePath } from '../site.js';
import { importedPackages, type Snippets } from '../snippets.js';

export interface CodePageProps {
  readonly page: PageContext;
  /** The code in the page's locale: the one read model every section reads. */
  readonly entry: LocalizedEntry;
  readonly counterparts: readonly Counterpart[];
  readonly snippets: Snippets;
}

/**
 * One code of one platform in one locale: which platform's meaning it is, what it
 * means, why it happens, what to do (grouped by who acts), what the end user sees
 * (the React package's own `<ErrorMessage>`), what the number means elsewhere, and
 * the code to handle it.
 */
export function CodePage({ page, entry, counterparts, snippets }: CodePageProps) {
  const { ui, locale, data } = page;
  const code = Number(entry.code);
  const platform = entry.platform;
  const sdk = sdkOf(platform);
  const { previous, next } = neighbours(platform, code);
  const related = queryCatalog(data.rows(platform, locale), { category: entry.category })
    .map((row) => row.entry)
    .filter((other) => other.code !== entry.code);
  const yesNo = (value: boolean) => (value ? ui.yes : ui.no);
  return (
    <>
      <Breadcrumbs
        page={page}
        trail={[{ href: linePath(platform, locale), label: entry.labels.platform }]}
        current={`${entry.labels.platform} ${entry.code}`}
      />
      <header className="code-header">
        <PlatformSwitch page={page} entry={entry} counterparts={counterparts} />
        <p className="code-kicker">
          <span className="platform-badge" data-platform={platform}>
            {entry.labels.platform}
          </span>
          <span className="code-number">{entry.code}</span>
          <code className="wire-name" dir="ltr">
            {entry.name}
          </code>
        </p>
        <h1>{entry.title}</h1>
        <p className="platform-page-note">
          {page.format(ui.platformPageNote, {
            code,
            platform: entry.labels.platform,
            sdk: sdkText(sdk),
          })}
        </p>
        <p className="badges">
          <SeverityBadge entry={entry} />
          <span className="badge">{entry.labels.category}</span>
          <span className="badge">{entry.labels.source}</span>
          {entry.retryable && <span className="badge badge-retry">{ui.retryable}</span>}
        </p>
      </header>

      <OtherPlatforms page={page} entry={entry} counterparts={counterparts} />

      <section aria-labelledby="meaning">
        <h2 id="meaning">{ui.description}</h2>
        <p className="description">{entry.description}</p>
      </section>

      <section aria-labelledby="causes">
        <h2 id="causes">{ui.causes}</h2>
        <ul className="causes">
          {entry.causes.map((cause, i) => (
            <li key={i}>{cause}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="fixes">
        <h2 id="fixes">{ui.fixes}</h2>
        <Fixes page={page} entry={entry} />
      </section>

      <section aria-labelledby="user-sees">
        <h2 id="user-sees">{ui.userSees}</h2>
        <p className="note">
          {page.format(ui.previewNote, {
            component: '<ErrorMessage>',
            pkg: '@org/error-codes-react',
          })}
        </p>
        <div className="preview">
          <ErrorCodesProvider
            platform={data.modules[platform]}
            locale={locale}
            messages={data.messages[platform][locale]}
          >
            <ErrorMessage error={code} showUserSteps className="error-message" />
          </ErrorCodesProvider>
        </div>
      </section>

      <section aria-labelledby="details">
        <h2 id="details">{ui.details}</h2>
        <dl className="fields">
          <div>
            <dt>{ui.platform}</dt>
            <dd>
              <a href={linePath(platform, locale)}>{entry.labels.platform}</a>{' '}
              <code dir="ltr">{sdkText(sdk)}</code>
            </dd>
          </div>
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
          {entry.aliases.length > 0 && (
            <div>
              <dt>{ui.aliases}</dt>
              <dd>
                {entry.aliases.map((alias) => (
                  <code dir="ltr" key={alias}>
                    {alias}
                  </code>
                ))}
              </dd>
            </div>
          )}
          <div className="field-wide">
            <dt>{ui.sdkMessage}</dt>
            <dd>
              {entry.message === null ? (
                <p className="note">{ui.noSdkMessage}</p>
              ) : (
                <blockquote className="sdk-message" lang="en" dir="ltr">
                  {entry.message}
                </blockquote>
              )}
            </dd>
          </div>
          {entry.sdkDescription !== null && (
            <div className="field-wide">
              <dt>{ui.sdkDescription}</dt>
              <dd>
                <blockquote className="sdk-description" lang="en" dir="ltr">
                  {entry.sdkDescription}
                </blockquote>
              </dd>
            </div>
          )}
          <div>
            <dt>{ui.category}</dt>
            <dd>
              {entry.category && (
                <a href={categoryPath(entry.category, locale)}>{entry.labels.category}</a>
              )}
            </dd>
          </div>
          <div>
            <dt>{ui.source}</dt>
            <dd>{entry.labels.source}</dd>
          </div>
          <div>
            <dt>{ui.severity}</dt>
            <dd>
              <SeverityBadge entry={entry} />
            </dd>
          </div>
          <div>
            <dt>{ui.retryable}</dt>
            <dd>{yesNo(entry.retryable)}</dd>
          </div>
          <div>
            <dt>{ui.feature}</dt>
            <dd>{entry.labels.feature ?? ui.none}</dd>
          </div>
        </dl>
      </section>

      <Guidance page={page} entry={entry} />

      <section aria-labelledby="handle-it">
        <h2 id="handle-it">{ui.handleIt}</h2>
        <p className="note">
          {page.format(ui.snippetsChecked, {
            packages: importedPackages([...snippets.app, ...snippets.server]).join(', '),
          })}
        </p>
        <h3 id="in-the-app">{ui.inTheApp}</h3>
        {snippets.app.some((s) => s.language !== 'ts' && s.language !== 'tsx') && (
          <p className="note">{ui.nativeNote}</p>
        )}
        <SnippetList page={page} snippets={snippets.app} />
        <h3 id="on-the-server">{ui.onTheServer}</h3>
        <SnippetList page={page} snippets={snippets.server} />
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{ui.related}</h2>
          <CachedCodeTable page={page} entries={related} />
        </section>
      )}

      <nav className="pager" aria-label={`${ui.previous} / ${ui.next}`}>
        {previous ? (
          <PagerLink page={page} entry={previous} rel="prev" label={ui.previous} />
        ) : (
          <span />
        )}
        {next && <PagerLink page={page} entry={next} rel="next" label={ui.next} />}
      </nav>
    </>
  );
}

/** A previous / next link of the pager: its label, then the code and wire name. */
function PagerLink(props: {
  page: PageContext;
  entry: ErrorEntryShape;
  rel: 'prev' | 'next';
  label: string;
}) {
  const { page, entry, rel, label } = props;
  return (
    <a
      href={docsPath(entry.platform, entry.code, page.locale)}
      rel={rel}
      className={`pager-${rel}`}
    >
      <span className="pager-label">{label}</span>
      <span className="pager-code">
        {entry.code} <code dir="ltr">{entry.name}</code>
      </span>
    </a>
  );
}
