import { join } from 'node:path';
import ts from 'typescript';
import { isNodeBuiltin, packageOfSpecifier } from './markdown.js';
import type { Readme, ReadmeBlock } from './readmes.js';

/** A compiler error in a README block, at its README line. */
export interface BlockDiagnostic {
  readonly readme: string;
  /** The block's position among the README's TypeScript blocks. */
  readonly block: number;
  /** README line and column of the error. */
  readonly line: number;
  readonly column: number;
  /** The TypeScript error number (2307 for a module that cannot be found). */
  readonly code: number;
  readonly message: string;
}

export interface CompileEnvironment {
  /**
   * The folder whose node_modules holds the third-party packages the examples use
   * (the SDKs, React, pino…): the blocks are compiled as files of it.
   */
  readonly appDir: string;
  /** The workspace packages by name, each resolved from its own folder (its exports map and built files). */
  readonly workspacePackages: ReadonlyMap<string, string>;
  /** The tsconfig the examples compile under (an app's strict settings). */
  readonly tsconfig: string;
}

export interface CompileResult {
  /** The blocks compiled, per README. */
  readonly compiled: ReadonlyMap<string, number>;
  readonly diagnostics: readonly BlockDiagnostic[];
  /** Errors of no block: the options, a missing global type. Must be empty. */
  readonly global: readonly string[];
}

/** The compiler options: the tsconfig's (extends followed), checking only. */
export function compilerOptionsOf(tsconfig: string, appDir: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, appDir, undefined, tsconfig);
  // Without its own path the tsconfig's folder is not where `types` are looked up: the app's is.
  const { configFilePath: _, ...own } = parsed.options;
  return {
    ...own,
    noEmit: true,
    declaration: false,
    // Browser and Node examples share one program: DOM (navigator) and Node (process) globals.
    types: ['node'],
  };
}

/**
 * Type-checks every block that is not opted out in one TypeScript program, each
 * block its own module. An import in a block resolves only when its README's
 * install lines provide the package (as under pnpm's strict layout, where an app
 * sees only its own dependencies): anything else is TS2307, as in such an app.
 * The packages' own imports resolve as they are installed.
 */
export function compileBlocks(readmes: readonly Readme[], env: CompileEnvironment): CompileResult {
  const options = compilerOptionsOf(env.tsconfig, env.appDir);
  const files = new Map<string, { block: ReadmeBlock; readme: Readme }>();
  const compiled = new Map<string, number>();
  for (const readme of readmes) {
    let count = 0;
    for (const block of readme.blocks) {
      if (block.optOut !== undefined) continue;
      const slug = readme.relativePath.replace(/[^A-Za-z0-9]+/g, '-');
      files.set(
        join(env.appDir, '.readme-blocks', slug, `block-${block.index}${block.extension}`),
        {
          block,
          readme,
        },
      );
      count++;
    }
    compiled.set(readme.relativePath, count);
  }

  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getCurrentDirectory = () => env.appDir;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file)?.block.code ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, create) => {
    const entry = files.get(file);
    return entry
      ? ts.createSourceFile(file, entry.block.code, language, true)
      : getSourceFile.call(host, file, language, onError, create);
  };
  const cache = ts.createModuleResolutionCache(env.appDir, host.getCanonicalFileName, options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, opts, sourceFile) => {
    const entry = files.get(containingFile);
    return literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(sourceFile, literal, opts);
      const specifier = literal.text;
      let from = containingFile;
      if (entry && !isNodeBuiltin(specifier)) {
        const pkg = packageOfSpecifier(specifier);
        if (pkg === undefined || !entry.readme.installed.has(pkg))
          return { resolvedModule: undefined };
        // A workspace package resolves through its own name (self-reference), so its
        // exports map and built types are read exactly as an app installing it would.
        const dir = env.workspacePackages.get(pkg);
        if (dir) from = join(dir, '__readme_block__.ts');
      }
      return ts.resolveModuleName(specifier, from, opts, host, cache, redirected, mode);
    });
  };

  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const diagnostics: BlockDiagnostic[] = [];
  for (const [file, { block, readme }] of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${readme.relativePath} block ${block.index} was not compiled`);
    for (const d of [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]) {
      const at = source.getLineAndCharacterOfPosition(d.start ?? 0);
      diagnostics.push({
        readme: readme.relativePath,
        block: block.index,
        line: block.line + at.line,
        column: at.character + 1,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
      });
    }
  }
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(
    (d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
  );
  return { compiled, diagnostics, global };
}

/** A diagnostic as one line: `packages/react/README.md:210:7 TS2741 Property 'debugMode' is missing…`. */
export function formatDiagnostic(d: BlockDiagnostic): string {
  return `${d.readme}:${d.line}:${d.column} (block ${d.block}) TS${d.code} ${d.message}`;
}
