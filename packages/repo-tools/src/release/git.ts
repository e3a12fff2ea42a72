import { execFileSync } from 'node:child_process';

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

/**
 * The newest tag `changeset publish` made for one of these packages (`@org/error-codes@1.2.0`),
 * or undefined when nothing was released yet (or the clone has no tags).
 */
export function lastReleaseTag(root: string, packageNames: readonly string[]): string | undefined {
  const tags = lines(
    git(root, ['for-each-ref', '--sort=-creatordate', '--format=%(refname:short)', 'refs/tags']),
  );
  return tags.find((tag) => packageNames.some((name) => tag.startsWith(`${name}@`)));
}

/**
 * Files that differ from `base` in the working tree (committed, staged, unstaged or
 * untracked-but-not-ignored), repository-relative. Without a base, every file counts.
 */
export function changedFilesSince(root: string, base: string | undefined): string[] {
  const untracked = lines(git(root, ['ls-files', '--others', '--exclude-standard']));
  const tracked = base
    ? lines(git(root, ['diff', '--name-only', '--no-renames', base]))
    : lines(git(root, ['ls-files']));
  return [...new Set([...tracked, ...untracked])].sort();
}

/** A file's content at `ref`, or undefined when it did not exist there. */
export function fileAt(root: string, ref: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:${path}`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}
