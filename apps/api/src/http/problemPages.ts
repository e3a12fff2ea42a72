/**
 * `GET /problems/` and `GET /problems/:slug`: what each problem `type` means. RFC 9457
 * (§3.1.1) asks that a type URI, when dereferenced, document the problem for people,
 * so each is a small HTML page built from `problemTypes`: title, status, when it
 * happens, what to do. Pages link with absolute URLs on the same base as the `type`
 * URIs, so they work behind a proxy that mounts the API under a path.
 */
import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';
import type { FastifyInstance } from 'fastify';
import { commonProblems, htmlResponse, notModified, problemResponse } from './openapi.js';
import {
  excerpt,
  PROBLEMS_PATH,
  type ProblemSlug,
  problemTypes,
  problemTypeUri,
  sendProblem,
} from './problem.js';
import {
  HTML_CONTENT_TYPE,
  type Representation,
  represent,
  sendRepresentation,
} from './representation.js';

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}' +
  'code{font-size:.9em;background:#f2f2f2;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}' +
  'table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:.4rem;border-bottom:1px solid #ddd}' +
  'a{color:#0645ad}@media (prefers-color-scheme:dark){body{color:#eee;background:#161616}code{background:#2a2a2a}a{color:#8ab4f8}td,th{border-color:#444}}';

/** Only the inline style above may apply: no script, no outside resource, no framing. */
const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** The table's texts mark code with backticks, as in Markdown. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function page(title: string, content: string): Representation {
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
  return represent(body, {
    contentType: HTML_CONTENT_TYPE,
    headers: { 'content-security-policy': PAGE_CSP, 'content-language': 'en' },
  });
}

const slugs = Object.keys(problemTypes) as ProblemSlug[];

const ABOUT =
  'Every error of the error codes lookup API is an RFC 9457 problem: <code>application/problem+json</code> with <code>type</code> (the address of one of these pages), <code>title</code>, <code>status</code>, <code>detail</code> (what was wrong with this request), <code>instance</code> (the request path) and <code>requestId</code> (the id in the server logs). Errors are never cached.';

interface Pages {
  readonly baseUrl: string;
  readonly index: Representation;
  readonly bySlug: ReadonlyMap<string, Representation>;
}

function buildPages(baseUrl: string, referencePath: string): Pages {
  const indexUrl = `${baseUrl}${PROBLEMS_PATH}`;
  const rows = slugs
    .map((slug) => {
      const { status, title, when } = problemTypes[slug];
      return `<tr><td>${status}</td><td><a href="${escapeHtml(problemTypeUri(baseUrl, slug))}"><code>${slug}</code></a><br>${escapeHtml(title)}</td><td>${prose(when)}</td></tr>`;
    })
    .join('\n');
  const index = page(
    'Problem types — error codes lookup API',
    `<h1>Problem types</h1>
<p>${ABOUT}</p>
<table>
<thead><tr><th>status</th><th>type</th><th>when</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>The routes and their parameters: <a href="${escapeHtml(`${baseUrl}${referencePath}`)}">API reference</a>.</p>`,
  );
  const bySlug = new Map<string, Representation>();
  for (const slug of slugs) {
    const { status, title, when, whatToDo } = problemTypes[slug];
    bySlug.set(
      slug,
      page(
        `${status} ${title} — error codes lookup API`,
        `<p><a href="${escapeHtml(indexUrl)}">Problem types</a> of the error codes lookup API</p>
<h1>${escapeHtml(title)}</h1>
<table>
<tr><th>type</th><td><code>${escapeHtml(problemTypeUri(baseUrl, slug))}</code></td></tr>
<tr><th>status</th><td>${status}</td></tr>
<tr><th>title</th><td>${escapeHtml(title)}</td></tr>
</table>
<h2>When it happens</h2>
<p>${prose(when)}</p>
<h2>What to do</h2>
<p>${prose(whatToDo)}</p>
<p>${ABOUT}</p>`,
      ),
    );
  }
  return { baseUrl, index, bySlug };
}

export async function problemRoutes(
  app: FastifyInstance,
  { referencePath }: { referencePath: string },
) {
  // The base is known once the server listens (PORT=0 picks the port): build on first use.
  let pages: Pages | undefined;
  const current = (): Pages => {
    if (pages?.baseUrl !== app.problemBaseUrl) {
      pages = buildPages(app.problemBaseUrl, referencePath);
    }
    return pages;
  };

  app.get(
    PROBLEMS_PATH,
    {
      schema: {
        tags: ['service'],
        summary: 'The problem types this API answers with',
        description: 'An HTML page listing every problem `type`, its status and when it happens.',
        response: {
          200: htmlResponse('The list of problem types.'),
          304: notModified,
          ...commonProblems,
        },
      },
    },
    (request, reply) => sendRepresentation(request, reply, current().index),
  );

  app.get<{ Params: { slug: string } }>(
    `${PROBLEMS_PATH}:slug`,
    {
      schema: {
        tags: ['service'],
        summary: 'What one problem type means',
        description:
          'The page a problem `type` URI points to: title, status, when it happens, what to do.',
        params: {
          type: 'object',
          required: ['slug'],
          properties: { slug: { type: 'string', enum: slugs, examples: ['invalid-request'] } },
        },
        response: {
          200: htmlResponse('The problem type, explained.'),
          304: notModified,
          404: problemResponse('Not a problem type of this API.'),
          ...commonProblems,
        },
      },
      // An unknown slug is a missing page (404), not a malformed request.
      attachValidation: true,
    },
    (request, reply) => {
      const representation = current().bySlug.get(request.params.slug);
      if (request.validationError !== undefined || representation === undefined) {
        return sendProblem(
          request,
          reply,
          'not-found',
          `This API has no problem type ${excerpt(String(request.params.slug))}; the list is at ${app.problemBaseUrl}${PROBLEMS_PATH}.`,
        );
      }
      return sendRepresentation(request, reply, representation);
    },
  );
}
