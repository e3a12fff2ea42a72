import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ComponentType, createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { listWorkspacePackages } from '../release/workspace.js';

// The part of each package's public surface the harness reads, as the test uses it.
// The packages cannot be dependencies of this one (they take their vitest config
// from it), so their built modules are loaded by path and typed here.

interface WebEntry {
  readonly code: number;
  readonly name: string;
  readonly message: string | null;
  readonly meaning: string;
}

export interface Normalized {
  readonly known: boolean;
  readonly platform: string;
  readonly code: unknown;
  readonly name: string;
  readonly message: string;
  readonly receivedMessage: string | undefined;
}

export interface Localized {
  readonly known: boolean;
  readonly code: unknown;
  readonly name: string;
  readonly locale: string;
  readonly userTitle: string;
  readonly userMessage: string;
}

interface WebTable {
  readonly platform: unknown;
  findError(input: unknown): WebEntry | undefined;
  normalizeError(payload: unknown): Normalized;
}

interface Texts {
  loadMessages(platform: 'web', locale: string): Promise<unknown>;
  localizeEntry(subject: unknown, messages: unknown): Localized;
}

interface ReactFaces {
  readonly ErrorCodesProvider: ComponentType<{
    platform: WebTable;
    messages: unknown;
    children?: ReactNode;
  }>;
  readonly ErrorMessage: ComponentType<{ error: unknown }>;
}

/** One SDK error read by the web table, the texts and `<ErrorMessage>`. */
export interface WebReading {
  readonly entry: WebEntry | undefined;
  readonly normalized: Normalized;
  readonly localized: Localized;
  /** `<ErrorMessage error={…}>` inside the web provider, server-rendered. */
  readonly html: string;
}

export interface WebFaces {
  read(error: unknown): WebReading;
  /** React's markup for a fragment, to find a text in `html` as React escapes it. */
  markup(type: string, text: string): string;
}

/** The built ESM file a workspace package's exports map gives for `subpath`. */
function builtFile(root: string, name: string, subpath: string): string {
  const pkg = listWorkspacePackages(root).find((p) => p.manifest.name === name);
  if (!pkg) throw new Error(`no workspace package ${name}`);
  const target = (pkg.manifest.exports as Record<string, { import?: { default?: string } }>)[
    subpath
  ]?.import?.default;
  if (!target) throw new Error(`${name} exports no ESM ${subpath}`);
  const file = join(pkg.dir, target);
  if (!existsSync(file)) {
    throw new Error(`${name} is not built (${file} is missing): run pnpm --filter ${name} build`);
  }
  return file;
}

const importBuilt = <T>(root: string, name: string, subpath = '.') =>
  import(pathToFileURL(builtFile(root, name, subpath)).href) as Promise<T>;

/** Loads the built web table, texts and React component, with the web texts in `locale`. */
export async function loadWebFaces(root: string, locale: string): Promise<WebFaces> {
  const [web, texts, react] = await Promise.all([
    importBuilt<WebTable>(root, '@org/error-codes', './web'),
    importBuilt<Texts>(root, '@org/error-codes-i18n'),
    importBuilt<ReactFaces>(root, '@org/error-codes-react'),
  ]);
  const messages = await texts.loadMessages('web', locale);
  return {
    read(error) {
      const normalized = web.normalizeError(error);
      return {
        entry: web.findError((error as { code?: unknown } | null)?.code),
        normalized,
        localized: texts.localizeEntry(normalized, messages),
        html: renderToStaticMarkup(
          createElement(
            react.ErrorCodesProvider,
            { platform: web, messages },
            createElement(react.ErrorMessage, { error }),
          ),
        ),
      };
    },
    markup: (type, text) => renderToStaticMarkup(createElement(type, null, text)),
  };
}
