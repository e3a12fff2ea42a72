/** ANSI styles, or none: colours only on a terminal, and never with NO_COLOR set. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  code(text: string): string;
}

const plain: Paint = { bold: (t) => t, dim: (t) => t, code: (t) => t };
const ansi: Paint = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  code: (t) => `\u001b[36m${t}\u001b[39m`,
};

/** https://no-color.org: any non-empty NO_COLOR turns colours off. */
export function paintFor(io: {
  readonly stdout: { readonly isTTY?: boolean | undefined };
  readonly env: Readonly<Record<string, string | undefined>>;
}): Paint {
  return io.stdout.isTTY === true && !io.env.NO_COLOR ? ansi : plain;
}
