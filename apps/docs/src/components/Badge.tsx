import type { ErrorSeverity } from '@org/error-codes';
import type { UiStrings } from '../ui/index.js';

export function SeverityBadge({ severity, ui }: { severity: ErrorSeverity; ui: UiStrings }) {
  return <span className={`badge badge-${severity}`}>{ui.severities[severity]}</span>;
}
