import { type CliIo, type Explained, run } from '@org/error-codes-cli';

const io: CliIo = {
  stdout: { write: (text: string) => text.length, isTTY: false },
  stderr: { write: (text: string) => text.length },
  env: { LANG: 'de_DE.UTF-8' },
};
const status: Promise<number> = run(['3017', '--json'], io);
const platform: Explained['platform'] = 'flutter-3';
// @ts-expect-error `flutter` is gone: two lines, flutter-1 and flutter-3.
const gone: Explained['platform'] = 'flutter';
const twins: readonly { platform: string; code: number }[] = ({} as Explained).sameMeaning;
// @ts-expect-error argv is a list: the types are real, not `any`.
run('3017', io);

export { gone, platform, status, twins };
