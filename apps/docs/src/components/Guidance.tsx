import { docsPath, oftenExplainedBy, retryDelays } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import { sdkVersion, webDelivery } from '../delivery.generated.js';
import { guides } from '../guides/index.js';
import type { PageContext } from '../pageContext.js';
import { apiKeyPath, howErrorsPath } from '../site.js';
import { Inline } from './Inline.js';

/** The meanings whose cause is usually the token: the auth category's. */
const tokenMeanings = new Set(['invalid-api-key', 'invalid-token']);

/** "1 s, 2 s, 4 s": the waits of a retry policy. */
export const waitsText = (delays: readonly number[]) =>
  delays.map((ms) => `${ms / 1000} s`).join(', ');

/** How a web code is delivered, or undefined on another line. */
export function webDeliveryOf(entry: Pick<LocalizedEntry, 'platform' | 'code'>) {
  return entry.platform === 'web' ? webDelivery.get(Number(entry.code)) : undefined;
}

/**
 * A code page's answers beyond the texts: how the code reaches the app (for the web
 * line, read from the installed js-sdk), what `retryable` means and the entry's retry
 * policy, the codes that often explain a vague one, and the API key page for a
 * token's codes.
 */
export function Guidance({ page, entry }: { page: PageContext; entry: LocalizedEntry }) {
  const { locale } = page;
  const g = guides[locale];
  const platform = entry.platform;
  const delivery = webDeliveryOf(entry);
  const howErrors = howErrorsPath(platform, locale);
  const event = "meeting.on('error')";
  const hook = 'useMeeting({ onError })';
  const statement = delivery
    ? {
        emitted: g.deliveryEmitted,
        thrown: g.deliveryThrown,
        both: g.deliveryBoth,
        unknown: entry.source === 'server' ? g.deliveryServer : g.deliveryTableOnly,
      }[delivery.delivery]
    : g.deliveryOther;
  const calls = delivery?.thrownBy.slice(0, 6) ?? [];
  const explainedBy = oftenExplainedBy(entry);
  const policy = entry.retryable ? retryDelays(entry.retry) : [];
  return (
    <>
      <section aria-labelledby="reaches">
        <h2 id="reaches">{g.reachHeading}</h2>
        <p className="delivery" data-delivery={delivery?.delivery ?? 'line'}>
          <Inline
            text={statement}
            values={{ version: sdkVersion, event, hook, platform: entry.labels.platform }}
          />{' '}
          {delivery && delivery.delivery !== 'emitted' && calls.length > 0 && (
            <Inline
              text={g.thrownBy}
              values={{
                calls: calls.map((name, i) => (
                  <span key={name}>
                    {i > 0 && ', '}
                    <code dir="ltr">{`${name}()`}</code>
                  </span>
                )),
              }}
            />
          )}
        </p>
        <p>
          <a href={howErrors} className="how-errors-link">
            <Inline text={g.howErrorsLink} values={{ platform: entry.labels.platform }} />
          </a>
        </p>
        <p className="retry-definition">
          <Inline text={g.retryableMeans} /> <a href={`${howErrors}#retrying`}>{g.howToRetry}</a>
        </p>
        <p className="retry-policy">
          {policy.length > 0 ? (
            <Inline
              text={g.retryPolicy}
              values={{ waits: waitsText(policy), attempts: policy.length }}
            />
          ) : (
            <Inline text={g.notRetryable} />
          )}
        </p>
        {entry.category === 'auth' && (
          <p className="api-key-pointer">
            {tokenMeanings.has(entry.meaning ?? '') && <Inline text={g.apiKeyPointer} />}{' '}
            <a href={apiKeyPath(locale)}>{g.apiKey.title}</a>
          </p>
        )}
      </section>
      {explainedBy.length > 0 && (
        <section aria-labelledby="explained-by">
          <h2 id="explained-by">{g.explainedByHeading}</h2>
          <p className="note">{g.explainedByLead}</p>
          <ul className="explained-by">
            {explainedBy.map((other) => (
              <li key={other.code}>
                <a href={docsPath(platform, other.code, locale)}>
                  {other.code} <code dir="ltr">{other.name}</code>
                </a>{' '}
                {page.data.entry(platform, other.code, locale)?.title}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
