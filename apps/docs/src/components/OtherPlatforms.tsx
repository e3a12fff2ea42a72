import { docsPath } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { Counterpart } from '../crossPlatform.js';
import type { PageContext } from '../pageContext.js';

/** A link to another line's code: its number, wire name and title. */
function EntryLink({ page, entry }: { page: PageContext; entry: LocalizedEntry }) {
  return (
    <a className="entry-link" href={docsPath(entry.platform, entry.code ?? '', page.locale)}>
      <span className="entry-link-code">{entry.code}</span> <code dir="ltr">{entry.name}</code>{' '}
      <span className="entry-link-title">{entry.title}</span>
    </a>
  );
}

/**
 * What this code's number means on each other line (marked where it is another
 * error), and the code's twin there: the entry with the same meaning, whatever its number.
 */
export function OtherPlatforms(props: {
  page: PageContext;
  entry: LocalizedEntry;
  counterparts: readonly Counterpart[];
}) {
  const { page, entry, counterparts } = props;
  const { ui } = page;
  return (
    <section aria-labelledby="other-platforms" className="other-platforms">
      <h2 id="other-platforms">{ui.otherPlatforms}</h2>
      {counterparts.map((c) => {
        const platform = page.labels.platforms[c.platform];
        const values = { platform, code: entry.code ?? '' };
        const sameMeaning = c.sameNumber !== undefined && !c.clash;
        return (
          <div
            key={c.platform}
            className="counterpart"
            data-platform={c.platform}
            {...(c.clash && { 'data-clash': 'true' })}
          >
            {sameMeaning && c.sameNumber && (
              <p>
                {page.format(ui.sameNumberSame, values)}{' '}
                <EntryLink page={page} entry={c.sameNumber} />
              </p>
            )}
            {c.clash && c.sameNumber && (
              <p className="callout callout-warning">
                <strong className="clash-mark">{ui.clashMark}</strong>{' '}
                {page.format(ui.sameNumberOther, values)}{' '}
                <EntryLink page={page} entry={c.sameNumber} />
              </p>
            )}
            {!c.sameNumber && (
              <p>{page.format(c.complete ? ui.numberMissing : ui.numberUnknown, values)}</p>
            )}
            {c.twin && c.twin.code !== entry.code && (
              <p>
                {page.format(ui.meaningElsewhere, { platform, code: c.twin.code ?? '' })}{' '}
                <EntryLink page={page} entry={c.twin} />
              </p>
            )}
            {!c.twin && (
              <p>
                {page.format(c.complete ? ui.meaningMissing : ui.meaningUnconfirmed, { platform })}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
