import type { LocalizedEntry } from '@org/error-codes-i18n';

/** The severity of an entry, named in its locale. */
export function SeverityBadge({ entry }: { entry: LocalizedEntry }) {
  return <span className={`badge badge-${entry.severity}`}>{entry.labels.severity}</span>;
}
