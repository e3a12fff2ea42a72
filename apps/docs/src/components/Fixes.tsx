import { actors, type LocalizedEntry } from '@org/error-codes-i18n';
import type { PageContext } from '../pageContext.js';

/** The fix steps of an entry grouped by who acts, in the order `actors` gives; each group keeps the steps' order. */
export function Fixes({ page, entry }: { page: PageContext; entry: LocalizedEntry }) {
  const groups = actors
    .map((actor) => ({ actor, steps: entry.fixes.filter((s) => s.by === actor) }))
    .filter((g) => g.steps.length > 0);
  return (
    <div className="fixes">
      {groups.map(({ actor, steps }) => (
        <div key={actor} className={`fix-group fix-${actor}`}>
          <h3 id={`fix-${actor}`}>{page.labels.actors[actor]}</h3>
          <ol>
            {steps.map((step, i) => (
              <li key={i}>{step.text}</li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
