import { indexPath, type SiteLocale } from '../site.js';
import type { UiStrings } from '../ui/index.js';

export function Breadcrumbs(props: {
  locale: SiteLocale;
  ui: UiStrings;
  trail?: readonly { href: string; label: string }[];
  current: string;
}) {
  const { locale, ui, trail = [], current } = props;
  return (
    <nav className="breadcrumbs" aria-label={ui.breadcrumb}>
      <ol>
        <li>
          <a href={indexPath(locale)}>{ui.allCodes}</a>
        </li>
        {trail.map((step) => (
          <li key={step.href}>
            <a href={step.href}>{step.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
