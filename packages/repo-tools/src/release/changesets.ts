import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';

export type BumpType = 'major' | 'minor' | 'patch' | 'none';

export interface Changeset {
  /** File name without `.md`, as Changesets names it. */
  readonly id: string;
  readonly releases: readonly { readonly name: string; readonly type: BumpType }[];
  readonly summary: string;
}

export interface ChangesetReadResult {
  readonly changesets: Changeset[];
  /** Files Changesets itself would refuse (`changeset version` stops on them), with the reason. */
  readonly invalid: { readonly file: string; readonly error: string }[];
}

/**
 * Parses changeset files with Changesets' own parser, so a file the guard accepts is
 * a file `changeset version` accepts. Keys are file names (`brave-owls.md`).
 */
export function parseChangesets(files: Readonly<Record<string, string>>): ChangesetReadResult {
  const changesets: Changeset[] = [];
  const invalid: { file: string; error: string }[] = [];
  for (const [file, contents] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    try {
      const { releases, summary } = parseChangeset(contents);
      changesets.push({ id: file.replace(/\.md$/, ''), releases, summary });
    } catch (error) {
      invalid.push({ file, error: (error as Error).message.split('\n')[0] ?? String(error) });
    }
  }
  return { changesets, invalid };
}

/** The pending changeset files of a `.changeset` folder (every `.md` but its README). */
export function readChangesetFiles(changesetDir: string): Record<string, string> {
  if (!existsSync(changesetDir)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(changesetDir)) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    files[name] = readFileSync(join(changesetDir, name), 'utf8');
  }
  return files;
}
