import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import {
  fencedBlocks,
  type InstallLine,
  installLines,
  isNodeBuiltin,
  optOutReason,
  packageOfSpecifier,
  TS_LANGUAGES,
  tarballPrefix,
} from './markdown.js';

/** One TypeScript block of a README, as the check compiles it. */
export interface ReadmeBlock {
  /** The README's path relative to the repository root (`packages/react/README.md`). */
  readonly readme: string;
  /** 1-based position among the README's TypeScript blocks. */
  readonly index: number;
  /** The README line of the block's first code line. */
  readonly line: number;
  readonly extension: '.ts' | '.tsx';
  readonly code: string;
  /** Why the block is not compiled (its fence says `nocompile: …`); `''` when the marker gives no reason. */
  readonly optOut: string | undefined;
  /** The packages its imports load (`@org/error-codes` for `@org/error-codes/web`), node built-ins left out. */
  readonly imports: readonly { readonly specifier: string; readonly pkg: string }[];
}

/** A README with what an app following it would have installed. */
export interface Readme {
  readonly path: string;
  readonly relativePath: string;
  /** The package the README documents (the package.json beside it), if any. */
  readonly ownPackage: string | undefined;
  readonly installLines: readonly InstallLine[];
  /**
   * The packages its examples may import under pnpm's strict layout: those its
   * install lines list (a line's comment may name more: `# or: winston`), the
   * package itself, and React, which a React app has before it reads any README.
   */
  readonly installed: ReadonlySet<string>;
  readonly blocks: readonly ReadmeBlock[];
}

/** Packages every example may import without an install line: what a React app already has. */
export const PREINSTALLED: readonly string[] = ['react', 'react-dom'];

/** The READMEs the check reads: the root one, and each workspace package's and app's. */
export function listReadmes(root: string): string[] {
  const found = [join(root, 'README.md')];
  for (const group of ['packages', 'apps']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const readme = join(dir, entry.name, 'README.md');
      if (entry.isDirectory() && existsSync(readme)) found.push(readme);
    }
  }
  return found;
}

export interface ReadOptions {
  /** The repository root, which README paths are reported relative to. */
  readonly root: string;
  /**
   * The packages the check can install (the workspace's and the ones the check
   * compiles against). An install line's comment counts only names from this list,
   * and a tarball counts as the one of these whose `npm pack` name it has.
   */
  readonly knownPackages: readonly string[];
}

/** A README's TypeScript blocks and install lines. */
export function readReadme(path: string, options: ReadOptions): Readme {
  const markdown = readFileSync(path, 'utf8');
  const relativePath = relative(options.root, path).split('\\').join('/');
  const tarballs = new Map(options.knownPackages.map((name) => [tarballPrefix(name), name]));
  const lines = installLines(markdown, tarballs);
  const known = new Set(options.knownPackages);
  const manifest = join(dirname(path), 'package.json');
  const ownPackage = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name
    : undefined;
  const installed = new Set<string>(PREINSTALLED);
  if (ownPackage) installed.add(ownPackage);
  for (const line of lines) {
    for (const name of line.packages) installed.add(name);
    for (const word of line.comment.split(/[\s,;:()`'"]+/))
      if (known.has(word)) installed.add(word);
  }
  const blocks = fencedBlocks(markdown)
    .filter((block) => TS_LANGUAGES.has(block.language))
    .map((block, i): ReadmeBlock => {
      const imports = ts
        .preProcessFile(block.code, true, true)
        .importedFiles.map((file) => file.fileName)
        .filter((specifier) => !isNodeBuiltin(specifier))
        .map((specifier) => ({ specifier, pkg: packageOfSpecifier(specifier) ?? specifier }));
      return {
        readme: relativePath,
        index: i + 1,
        line: block.line,
        extension: block.language === 'tsx' ? '.tsx' : '.ts',
        code: block.code,
        optOut: optOutReason(block),
        imports,
      };
    });
  return { path, relativePath, ownPackage, installLines: lines, installed, blocks };
}

/** An import of a block that its README's install lines do not provide. */
export interface MissingInstall {
  readonly readme: string;
  readonly line: number;
  readonly specifier: string;
  readonly pkg: string;
}

/** Every import whose package the README's install lines leave out. */
export function missingInstalls(readme: Readme): MissingInstall[] {
  return readme.blocks.flatMap((block) =>
    block.imports
      .filter((i) => !readme.installed.has(i.pkg))
      .map((i) => ({ readme: readme.relativePath, line: block.line, ...i })),
  );
}
