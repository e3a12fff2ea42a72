import type { PageContext } from '../pageContext.js';
import { indexPath } from '../site.js';

export function Breadcrumbs(props: {
  page: PageContext;
  trail?: readonly { href: string; label: string }[];
  current: string;
}) {
  const { page, trail = [], current } = props;
  return (
    <nav className="breadcrumbs" aria-label={page.ui.breadcrumb}>
      <ol>
        <li>
          <a href={indexPath(page.locale)}>{page.ui.allCodes}</a>
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
