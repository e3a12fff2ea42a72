import { docsPath, platformIds } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { Counterpart } from '../crossPlatform.js';
import type { PageContext } from '../pageContext.js';

/**
 * The line of a code page, and a way to every other line (the core's
 * `platformIds`): the same number where that line has it, marked where it means
 * another error there; else a link to this page's account of what that line has
 * instead (a line with a partial table says the number is unknown there).
 */
export function PlatformSwitch(props: {
  page: PageContext;
  entry: LocalizedEntry;
  counterparts: readonly Counterpart[];
}) {
  const { page, entry, counterparts } = props;
  const code = entry.code ?? '';
  return (
    <nav className="platform-switch" aria-label={page.ui.platform}>
      <ul>
        {platformIds.map((platform) => {
          const label = page.labels.platforms[platform];
          if (platform === entry.platform) {
            return (
              <li key={platform}>
                <a
                  href={docsPath(platform, code, page.locale)}
                  aria-current="page"
                  data-platform={platform}
                >
                  {label}
                </a>
              </li>
            );
          }
          const other = counterparts.find((c) => c.platform === platform);
          if (other?.sameNumber) {
            return (
              <li key={platform}>
                <a
                  href={docsPath(platform, other.sameNumber.code ?? '', page.locale)}
                  data-platform={platform}
                  {...(other.clash && { className: 'platform-clash', 'data-clash': 'true' })}
                >
                  {label}
                  {other.clash && <span className="platform-clash-note">{page.ui.clashMark}</span>}
                </a>
              </li>
            );
          }
          const note = other?.complete === false ? page.ui.switchUnknown : page.ui.switchMissing;
          return (
            <li key={platform}>
              <a href="#other-platforms" className="platform-missing" data-platform={platform}>
                {label}
                <span className="platform-missing-note">
                  {page.format(note, { platform: label, code })}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
