import { docsPath, type PlatformId, platformIds } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import {
  aliasedEntries,
  clashingNumbers,
  movedMeanings,
  platformCounts,
  sharedMeaningCount,
} from '../crossPlatform.js';
import type { PageContext } from '../pageContext.js';
import { sdkOf } from '../platforms.js';

/** A cell naming one platform's entry: its code and wire name, linked to its page, and its title. */
function EntryCell({ page, entry }: { page: PageContext; entry: LocalizedEntry | undefined }) {
  if (!entry) return <td className="cell-none">{page.ui.none}</td>;
  return (
    <td>
      <a href={docsPath(entry.platform, entry.code ?? '', page.locale)} className="entry-link">
        <span className="entry-link-code">{entry.code}</span> <code dir="ltr">{entry.name}</code>
      </a>
      <span className="entry-title">{entry.title}</span>
    </td>
  );
}

/** A wide table scrolls sideways on a narrow screen; the scrolling region is keyboard-reachable. */
function TableScroll({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-scroll" tabIndex={0}>
      {children}
    </div>
  );
}

function PlatformHeads({ page }: { page: PageContext }) {
  return (
    <>
      {platformIds.map((p) => (
        <th scope="col" key={p}>
          {page.labels.platforms[p]}
        </th>
      ))}
    </>
  );
}

/** One row of an `EntriesTable`: a heading cell, then one platform's entry per column. */
interface EntriesRow {
  readonly key: string;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly head: ReactNode;
  readonly entries: Partial<Record<PlatformId, LocalizedEntry>>;
}

/** A table whose rows name, under a heading cell, each platform's entry in a column of its own. */
function EntriesTable(props: {
  page: PageContext;
  id: string;
  firstHead: string;
  rows: readonly EntriesRow[];
}) {
  const { page, id, firstHead, rows } = props;
  return (
    <TableScroll>
      <table className="cross-table" id={id}>
        <thead>
          <tr>
            <th scope="col">{firstHead}</th>
            <PlatformHeads page={page} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} {...row.attributes}>
              <th scope="row">{row.head}</th>
              {platformIds.map((p) => (
                <EntryCell key={p} page={page} entry={row.entries[p]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The one table VideoSDK does not publish: where its platforms disagree. Every
 * number whose meaning differs between platforms, every meaning whose number
 * differs, and every wire name with another spelling.
 */
export function CrossPlatformPage({ page }: { page: PageContext }) {
  const { ui, labels, locale } = page;
  const clashes = clashingNumbers(page.data, locale);
  const moved = movedMeanings(page.data, locale);
  const aliased = aliasedEntries(page.data, locale);
  const titleOf = (entries: Partial<Record<PlatformId, LocalizedEntry>>) =>
    platformIds.map((p) => entries[p]).find((e) => e !== undefined)?.title ?? '';
  return (
    <>
      <Breadcrumbs page={page} current={ui.crossPlatform} />
      <h1>{ui.crossPlatform}</h1>
      <p className="lead">{ui.crossPlatformLead}</p>

      <section aria-labelledby="platforms">
        <h2 id="platforms">{ui.codesPerPlatform}</h2>
        <TableScroll>
          <table className="cross-table" id="platform-table">
            <thead>
              <tr>
                <th scope="col">{ui.platform}</th>
                <th scope="col">{ui.sdk}</th>
                <th scope="col">{ui.codes}</th>
                <th scope="col">{ui.onlyHere}</th>
              </tr>
            </thead>
            <tbody>
              {platformCounts().map((row) => (
                <tr key={row.platform} data-platform={row.platform}>
                  <th scope="row">{labels.platforms[row.platform]}</th>
                  <td>
                    <code dir="ltr">
                      {sdkOf(row.platform).package} {sdkOf(row.platform).version}
                    </code>
                  </td>
                  <td>{row.codes}</td>
                  <td>{row.only}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p>{page.format(ui.sharedMeanings, { count: sharedMeaningCount() })}</p>
      </section>

      <section aria-labelledby="clashes">
        <h2 id="clashes">{ui.clashesHeading}</h2>
        <p>{page.format(ui.clashesLead, { count: clashes.length })}</p>
        <EntriesTable
          page={page}
          id="clash-table"
          firstHead={ui.code}
          rows={clashes.map((row) => ({
            key: String(row.code),
            attributes: { id: `number-${row.code}`, 'data-code': row.code },
            head: row.code,
            entries: row.entries,
          }))}
        />
      </section>

      <section aria-labelledby="moved">
        <h2 id="moved">{ui.movedHeading}</h2>
        <p>{page.format(ui.movedLead, { count: moved.length })}</p>
        <EntriesTable
          page={page}
          id="moved-table"
          firstHead={ui.title}
          rows={moved.map((row) => ({
            key: row.meaning,
            attributes: { id: `meaning-${row.meaning}`, 'data-meaning': row.meaning },
            head: titleOf(row.entries),
            entries: row.entries,
          }))}
        />
      </section>

      <section aria-labelledby="aliases">
        <h2 id="aliases">{ui.aliasesHeading}</h2>
        <p>{ui.aliasesLead}</p>
        <TableScroll>
          <table className="cross-table" id="alias-table">
            <thead>
              <tr>
                <th scope="col">{ui.platform}</th>
                <th scope="col">{ui.code}</th>
                <th scope="col">{ui.name}</th>
                <th scope="col">{ui.aliases}</th>
              </tr>
            </thead>
            <tbody>
              {aliased.map((e) => (
                <tr key={`${e.platform}-${e.code}`} data-platform={e.platform} data-code={e.code}>
                  <td>{e.labels.platform}</td>
                  <td className="cell-code">
                    <a href={docsPath(e.platform, e.code ?? '', locale)}>{e.code}</a>
                  </td>
                  <td className="cell-name">
                    <code dir="ltr">{e.name}</code>
                  </td>
                  <td className="cell-name">
                    {e.aliases.map((alias) => (
                      <a key={alias} href={docsPath(e.platform, alias, locale)}>
                        <code dir="ltr">{alias}</code>
                      </a>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
