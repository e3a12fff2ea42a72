import { docsPath } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { Counterpart } from '../crossPlatform.js';
import type { PageContext } from '../pageContext.js';

/** A link to another platform's code: its number, wire name and title. */
function EntryLink({ page, entry }: { page: PageContext; entry: LocalizedEntry }) {
  return (
    <a className="entry-link" href={docsPath(entry.platform, entry.code ?? '', page.locale)}>
      <span className="entry-link-code">{entry.code}</span> <code dir="ltr">{entry.name}</code>{' '}
      <span className="entry-link-title">{entry.title}</span>
    </a>
  );
}

/** What this code's number means on each other platform, and where its meaning lives there. */
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
        return (
          <div key={c.platform} className="counterpart" data-platform={c.platform}>
            {c.sameNumber && c.sameNumberSameMeaning && (
              <p>
                {page.format(ui.sameNumberSame, values)}{' '}
                <EntryLink page={page} entry={c.sameNumber} />
              </p>
            )}
            {c.sameNumber && !c.sameNumberSameMeaning && (
              <p className="callout callout-warning">
                {page.format(ui.sameNumberOther, values)}{' '}
                <EntryLink page={page} entry={c.sameNumber} />
              </p>
            )}
            {!c.sameNumber && <p>{page.format(ui.numberMissing, values)}</p>}
            {c.sameMeaningElsewhere && (
              <p>
                {page.format(ui.meaningElsewhere, {
                  platform,
                  code: c.sameMeaningElsewhere.code ?? '',
                })}{' '}
                <EntryLink page={page} entry={c.sameMeaningElsewhere} />
              </p>
            )}
            {!c.sameNumberSameMeaning && !c.sameMeaningElsewhere && (
              <p>{page.format(ui.meaningMissing, { platform })}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
