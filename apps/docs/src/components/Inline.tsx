import { Fragment, type ReactNode } from 'react';

/**
 * A guide text as React: text between backticks becomes `<code dir="ltr">` (an SDK name
 * keeps its left-to-right order in Arabic), `{name}` takes `values[name]`, each value
 * isolated with `<bdi>` so a number or a list keeps its own direction.
 */
export function Inline({
  text,
  values = {},
}: {
  text: string;
  values?: Readonly<Record<string, ReactNode>>;
}) {
  const parts = text.split(/(`[^`]*`)/);
  return (
    <>
      {parts.map((part, i) => {
        if (part.startsWith('`') && part.endsWith('`') && part.length >= 2) {
          const code = part
            .slice(1, -1)
            .replace(/\{(\w+)\}/g, (m, name: string) =>
              typeof values[name] === 'string' || typeof values[name] === 'number'
                ? String(values[name])
                : m,
            );
          return (
            <code dir="ltr" key={i}>
              {code}
            </code>
          );
        }
        return (
          <Fragment key={i}>
            {part
              .split(/\{(\w+)\}/)
              .map((piece, j) =>
                j % 2 === 1 ? (
                  piece in values ? (
                    <bdi key={j}>{values[piece]}</bdi>
                  ) : (
                    `{${piece}}`
                  )
                ) : (
                  piece
                ),
              )}
          </Fragment>
        );
      })}
    </>
  );
}
