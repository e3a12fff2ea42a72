import { docsPath, type PlatformId, platformIds } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import {
  aliasedEntries,
  meaningMatrix,
  numberMatrix,
  platformCounts,
  sharedMeaningCount,
} from '../crossPlatform.js';
import type { PageContext } from '../pageContext.js';
import { platformInfo, sdkText } from '../platforms.js';
import { linePath } from '../site.js';

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
          <a href={linePath(p, page.locale)}>{page.labels.platforms[p]}</a>
        </th>
      ))}
    </>
  );
}

/** An empty cell: the line's table has no such entry (unknown there where the table is partial). */
function NoneCell({ page, platform }: { page: PageContext; platform: PlatformId }) {
  return platformInfo(platform).complete ? (
    <td className="cell-none">{page.ui.none}</td>
  ) : (
    <td className="cell-none cell-unknown">{page.ui.unknown}</td>
  );
}

/**
 * The one table VideoSDK does not publish: every number on every line and what it
 * means there (a number that means different errors is marked), every error with
 * its number on each line (an error whose number moves is marked), and every wire
 * name with another spelling. All of it from the core's `numbers()` and `meanings()`.
 */
export function CrossPlatformPage({ page }: { page: PageContext }) {
  const { ui, labels, locale } = page;
  const byNumber = numberMatrix(page.data, locale);
  const byMeaning = meaningMatrix(page.data, locale);
  const aliased = aliasedEntries(page.data, locale);
  const clashes = byNumber.filter((row) => row.clash).length;
  const moved = byMeaning.filter((row) => row.moved).length;
  const href = (e: LocalizedEntry) => docsPath(e.platform, e.code ?? '', locale);
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
                <th scope="col">{ui.complete}</th>
                <th scope="col">{ui.onlyHere}</th>
              </tr>
            </thead>
            <tbody>
              {platformCounts().map((row) => (
                <tr key={row.platform} data-platform={row.platform}>
                  <th scope="row">
                    <a href={linePath(row.platform, locale)}>{labels.platforms[row.platform]}</a>
                  </th>
                  <td>
                    <code dir="ltr">{sdkText(platformInfo(row.platform).sdk)}</code>
                  </td>
                  <td>{row.codes}</td>
                  <td>{platformInfo(row.platform).complete ? ui.yes : ui.no}</td>
                  <td>{row.only}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p>{page.format(ui.sharedMeanings, { count: sharedMeaningCount() })}</p>
      </section>

      <section aria-labelledby="numbers">
        <h2 id="numbers">{ui.numbersHeading}</h2>
        <p>{page.format(ui.numbersLead, { count: byNumber.length, clashes })}</p>
        <TableScroll>
          <table className="cross-table matrix" id="number-matrix">
            <thead>
              <tr>
                <th scope="col">{ui.code}</th>
                <PlatformHeads page={page} />
              </tr>
            </thead>
            <tbody>
              {byNumber.map((row) => (
                <tr
                  key={row.code}
                  id={`number-${row.code}`}
                  data-code={row.code}
                  {...(row.clash && { className: 'row-clash', 'data-clash': 'true' })}
                >
                  <th scope="row">
                    {row.code}
                    {row.clash && <span className="mark mark-clash">{ui.clashMark}</span>}
                  </th>
                  {platformIds.map((p) => {
                    const e = row.entries[p];
                    if (!e) return <NoneCell key={p} page={page} platform={p} />;
                    return (
                      <td key={p} data-meaning={e.meaning}>
                        <a href={href(e)}>{e.title}</a>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="meanings">
        <h2 id="meanings">{ui.meaningsHeading}</h2>
        <p>{page.format(ui.meaningsLead, { count: byMeaning.length, moved })}</p>
        <TableScroll>
          <table className="cross-table matrix" id="meaning-matrix">
            <thead>
              <tr>
                <th scope="col">{ui.title}</th>
                <PlatformHeads page={page} />
              </tr>
            </thead>
            <tbody>
              {byMeaning.map((row) => (
                <tr
                  key={row.meaning}
                  id={`meaning-${row.meaning}`}
                  data-meaning={row.meaning}
                  {...(row.moved && { className: 'row-moved', 'data-moved': 'true' })}
                >
                  <th scope="row">
                    {titleOf(row.entries)}
                    {row.moved && <span className="mark mark-moved">{ui.movedMark}</span>}
                  </th>
                  {platformIds.map((p) => {
                    const e = row.entries[p];
                    if (!e) return <NoneCell key={p} page={page} platform={p} />;
                    return (
                      <td key={p} className="cell-code">
                        <a href={href(e)}>{e.code}</a>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
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
                    <a href={href(e)}>{e.code}</a>
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
