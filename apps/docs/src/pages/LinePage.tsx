import { isPlatformId, type LineId } from '@org/error-codes';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { CodeTable } from '../components/CodeTable.js';
import { Inline } from '../components/Inline.js';
import { guides } from '../guides/index.js';
import type { PageContext } from '../pageContext.js';
import { lineInfo, lineLabel, sdkText } from '../platforms.js';
import { downloads, howErrorsPath } from '../site.js';

/**
 * One SDK version line, as the core's registry (`lines`) describes it: its SDK
 * package, registry and versions, the packages that ship it too, how many codes
 * its table holds and whether that is all of them, the entry point to import,
 * where the table was read from, the registry's note, and its codes. A line
 * without a table (Android) says so and lists nothing.
 */
export function LinePage({ page, line }: { page: PageContext; line: LineId }) {
  const { ui, locale, data } = page;
  const info = lineInfo(line);
  const label = lineLabel(line, page.labels);
  const entries = isPlatformId(line) ? data.entries(line, locale) : [];
  const yesNo = (value: boolean) => (value ? ui.yes : ui.no);
  return (
    <>
      <Breadcrumbs page={page} current={label} />
      <p className="code-kicker">
        <span className="platform-badge" data-platform={line}>
          {ui.lines}
        </span>
      </p>
      <h1>{label}</h1>
      <p className="lead">
        <code dir="ltr">{sdkText(info.sdk)}</code>
      </p>
      {isPlatformId(line) && (
        <p>
          <a href={howErrorsPath(line, locale)} className="how-errors-link">
            <Inline text={guides[locale].howErrorsLink} values={{ platform: label }} />
          </a>
        </p>
      )}
      {info.hasTable && !info.complete && (
        <p className="callout callout-warning" id="incomplete">
          {ui.incompleteNote}
        </p>
      )}
      {!info.hasTable && (
        <p className="callout" id="no-table">
          {ui.noTable}
        </p>
      )}

      <section aria-labelledby="line-details">
        <h2 id="line-details">{ui.details}</h2>
        <dl className="fields" id="line-fields">
          <div>
            <dt>{ui.sdkPackage}</dt>
            <dd>
              <code dir="ltr">{info.sdk.package}</code>
            </dd>
          </div>
          <div>
            <dt>{ui.registry}</dt>
            <dd>
              <code dir="ltr">{info.sdk.registry}</code>
            </dd>
          </div>
          <div>
            <dt>{ui.versions}</dt>
            <dd>
              <code dir="ltr">{info.sdk.versions}</code>
            </dd>
          </div>
          {info.alsoIn.length > 0 && (
            <div>
              <dt>{ui.alsoIn}</dt>
              <dd>
                {info.alsoIn.map((other) => (
                  <code dir="ltr" key={other.package}>
                    {other.package} {other.versions}
                  </code>
                ))}
              </dd>
            </div>
          )}
          <div>
            <dt>{ui.codes}</dt>
            <dd data-field="codes">{info.codes}</dd>
          </div>
          <div>
            <dt>{ui.complete}</dt>
            <dd data-field="complete">{yesNo(info.hasTable && info.complete)}</dd>
          </div>
          <div>
            <dt>{ui.entryPoint}</dt>
            <dd>{info.entryPoint ? <code dir="ltr">{info.entryPoint}</code> : ui.none}</dd>
          </div>
          <div>
            <dt>{ui.tableSource}</dt>
            <dd>{info.source ? <code dir="ltr">{info.source}</code> : ui.none}</dd>
          </div>
          {info.note && (
            <div className="field-wide">
              <dt>{ui.lineNote}</dt>
              <dd>
                <blockquote className="line-note" lang="en" dir="ltr">
                  {info.note}
                </blockquote>
              </dd>
            </div>
          )}
          {isPlatformId(line) && (
            <div className="field-wide">
              <dt>{ui.downloads}</dt>
              <dd>
                <a href={downloads.messages(line, locale)} download>
                  {page.format(ui.downloadMessages, { platform: label })}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </section>

      {entries.length > 0 && (
        <section aria-labelledby="line-codes">
          <h2 id="line-codes">{page.format(ui.codesOfLine, { count: entries.length })}</h2>
          <CodeTable page={page} entries={entries} showCategory />
        </section>
      )}
    </>
  );
}
