import { docsPath, platformIds } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { Counterpart } from '../crossPlatform.js';
import type { PageContext } from '../pageContext.js';

/**
 * The platform of a code page, and a way to the others: the same number on each
 * platform that has it (whatever it means there), else a link to this page's
 * explanation of what that platform has instead.
 */
export function PlatformSwitch(props: {
  page: PageContext;
  entry: LocalizedEntry;
  counterparts: readonly Counterpart[];
}) {
  const { page, entry, counterparts } = props;
  return (
    <nav className="platform-switch" aria-label={page.ui.platform}>
      <ul>
        {platformIds.map((platform) => {
          const label = page.labels.platforms[platform];
          if (platform === entry.platform) {
            return (
              <li key={platform}>
                <a
                  href={docsPath(platform, entry.code ?? '', page.locale)}
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
                >
                  {label}
                </a>
              </li>
            );
          }
          return (
            <li key={platform}>
              <a href="#other-platforms" className="platform-missing" data-platform={platform}>
                {label}
                <span className="platform-missing-note">
                  {page.format(page.ui.switchMissing, { platform: label, code: entry.code ?? '' })}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
