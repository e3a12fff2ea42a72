import { docsPath, platformIds } from '@org/error-codes';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { Inline } from '../components/Inline.js';
import { guides, tokenClaims } from '../guides/index.js';
import type { PageContext } from '../pageContext.js';
import { catalogOf } from '../platforms.js';

/** The codes a refused token gives, with a link to each line's page of each. */
const refusedCodes = [4001, 4002] as const;

/** Getting started: the API key stays on the server, the app passes a signed token. */
export function ApiKeyPage({ page }: { page: PageContext }) {
  const { locale } = page;
  const a = guides[locale].apiKey;
  const codes = refusedCodes.map((code) => {
    const line = platformIds.find((p) => catalogOf(p).some((e) => e.code === code)) ?? 'web';
    const entry = catalogOf(line).find((e) => e.code === code);
    return (
      <span key={code}>
        {code === refusedCodes[1] && ', '}
        <a href={docsPath(line, code, locale)}>
          {code} <code dir="ltr">{entry?.name}</code>
        </a>
      </span>
    );
  });
  return (
    <>
      <Breadcrumbs page={page} trail={[]} current={a.title} />
      <h1>{a.title}</h1>
      <p className="lead">{a.lead}</p>
      <section aria-labelledby="api-key">
        <h2 id="api-key">{a.keyHeading}</h2>
        {a.keyBody.map((text) => (
          <p key={text}>
            <Inline text={text} />
          </p>
        ))}
      </section>
      <section aria-labelledby="token">
        <h2 id="token">{a.tokenHeading}</h2>
        {a.tokenBody.map((text) => (
          <p key={text}>
            <Inline text={text} />
          </p>
        ))}
        <h3 id="claims">{a.claimsHeading}</h3>
        <dl className="claims">
          {tokenClaims.map((claim) => (
            <div key={claim}>
              <dt>
                <code dir="ltr">{claim}</code>
              </dt>
              <dd>
                <Inline text={a.claims[claim]} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="what-goes-wrong">
        <h2 id="what-goes-wrong">{a.wrongHeading}</h2>
        <p className="refused-codes">
          <Inline text={a.wrongBody} values={{ codes }} />
        </p>
      </section>
      <section aria-labelledby="debug">
        <h2 id="debug">{a.debugHeading}</h2>
        <ol>
          {a.debugSteps.map((text) => (
            <li key={text}>
              <Inline text={text} />
            </li>
          ))}
        </ol>
        <pre className="snippet" dir="ltr">
          <code>{`# the token's claims, decoded on your own machine
node -e "console.log(JSON.parse(Buffer.from(process.argv[1].split('.')[1], 'base64url')))" "$TOKEN"
date +%s   # now, to compare with exp`}</code>
        </pre>
      </section>
    </>
  );
}
