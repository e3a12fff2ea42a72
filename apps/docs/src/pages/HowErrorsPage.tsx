import {
  DEFAULT_RETRY_POLICY,
  docsPath,
  FEW_SECONDS_RETRY_POLICY,
  type PlatformId,
  retryDelays,
} from '@org/error-codes';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { waitsText } from '../components/Guidance.js';
import { Inline } from '../components/Inline.js';
import { sdkVersion, webDelivery } from '../delivery.generated.js';
import type { CodeDelivery } from '../delivery.js';
import { guides } from '../guides/index.js';
import { lineFacts } from '../guides/lineFacts.js';
import type { PageContext } from '../pageContext.js';
import { linePath } from '../site.js';

/**
 * How errors reach an app on one line: which objects emit them, which calls throw or
 * reject, what the SDK does with no error event, what to listen to; on the web line
 * also every code by how js-sdk delivers it. Then what `retryable` means and the
 * retry policies.
 */
export function HowErrorsPage({ page, platform }: { page: PageContext; platform: PlatformId }) {
  const { locale } = page;
  const g = guides[locale];
  const label = page.labels.platforms[platform];
  const facts = lineFacts[platform];
  const policies = [
    { name: 'DEFAULT_RETRY_POLICY', policy: DEFAULT_RETRY_POLICY, text: g.policyDefault },
    {
      name: 'FEW_SECONDS_RETRY_POLICY',
      policy: FEW_SECONDS_RETRY_POLICY,
      text: g.policyFewSeconds,
    },
  ];
  const list = (items: readonly string[]) => (
    <ul>
      {items.map((item) => (
        <li key={item}>
          <Inline text={item} />
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <Breadcrumbs
        page={page}
        trail={[{ href: linePath(platform, locale), label }]}
        current={g.reachHeading}
      />
      <h1>
        <Inline text={g.howErrorsTitle} values={{ platform: label }} />
      </h1>
      <p className="lead">{g.howErrorsLead}</p>
      <div lang="en" dir="ltr" className="line-facts" data-platform={platform}>
        {locale !== 'en' && <p className="note">{g.englishNote}</p>}
        <h2 id="emitted">Errors the SDK emits</h2>
        {list(facts.emit)}
        <h2 id="thrown">Calls that throw or reject</h2>
        {list(facts.thrown)}
        <h2 id="no-error-event">Without an error event</h2>
        {list(facts.silent)}
        <h2 id="listen">What to listen to</h2>
        {list(facts.listen)}
        {platform === 'web' && <WebCodes page={page} />}
      </div>
      <section aria-labelledby="retrying">
        <h2 id="retrying">{g.retryHeading}</h2>
        {g.retryBody.map((text) => (
          <p key={text}>
            <Inline text={text} />
          </p>
        ))}
        <ul>
          {policies.map(({ name, policy, text }) => (
            <li key={name}>
              <Inline
                text={text}
                values={{
                  name,
                  waits: waitsText(retryDelays(policy)),
                  attempts: policy.maxAttempts,
                }}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

const deliveryOrder = ['thrown', 'both', 'emitted', 'unknown'] as const;
const deliveryHeading: Record<CodeDelivery['delivery'], string> = {
  thrown: 'Thrown or rejected only: never on the error event',
  both: 'Both emitted and thrown',
  emitted: 'Emitted only',
  unknown:
    'Never named in the bundle (the server’s codes, which the SDK relays to the error event, and codes only in its tables)',
};

/** The web line's codes grouped by how the installed js-sdk delivers each. */
function WebCodes({ page }: { page: PageContext }) {
  const groups = new Map<CodeDelivery['delivery'], number[]>();
  for (const [code, { delivery }] of webDelivery) {
    groups.set(delivery, [...(groups.get(delivery) ?? []), code]);
  }
  return (
    <>
      <h2 id="by-code">Every code, by how js-sdk {sdkVersion} delivers it</h2>
      <p className="note">
        Read from the installed <code>@videosdk.live/js-sdk</code> {sdkVersion} bundle: every place
        it names an error constant, followed to a <code>throw</code>, a rejection or the error event
        (<code>packages/error-codes/scripts/readDelivery.ts</code>).
      </p>
      <dl className="delivery-groups">
        {deliveryOrder.map((delivery) => {
          const codes = groups.get(delivery) ?? [];
          return (
            <div key={delivery} data-delivery={delivery}>
              <dt>
                {deliveryHeading[delivery]} ({codes.length})
              </dt>
              <dd>
                {codes.map((code, i) => (
                  <span key={code}>
                    {i > 0 && ' '}
                    <a href={docsPath('web', code, page.locale)}>{code}</a>
                  </span>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
