import { expectTypeOf, it } from 'vitest';
import { type LineId, type LineLookup, lineFor, lines } from '../index.js';

it('LineId is the union of the registry ids, written nowhere by hand', () => {
  expectTypeOf<LineId>().toEqualTypeOf<
    'web' | 'react-native' | 'ios' | 'flutter-1' | 'flutter-3' | 'android'
  >();
  expectTypeOf(lines[0].id).toEqualTypeOf<'web'>();
});

it('lineFor takes anything and answers a result to narrow on ok', () => {
  expectTypeOf(lineFor).parameters.toEqualTypeOf<[unknown, unknown]>();
  expectTypeOf(lineFor('videosdk', '3.8.0')).toEqualTypeOf<LineLookup>();
  const r = lineFor('videosdk', '3.8.0');
  if (r.ok) expectTypeOf(r.line.id).toEqualTypeOf<LineId>();
  else expectTypeOf(r.reason).toEqualTypeOf<string>();
});
