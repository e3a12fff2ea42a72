import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from './index.js';

describe('explain', () => {
  it('answers every meaning of a number on every platform, flagging a clash', () => {
    const answer = explain(3017);
    expect(answer.clash).toBe(true);
    expect(answer.matches.map((m) => [m.platform, m.entry.name, m.matchedBy])).toEqual([
      ['web', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED', 'code'],
      ['react-native', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED', 'code'],
      ['ios', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED', 'code'],
      ['flutter-1', 'ERROR_CREATING_VIDEO_TRACK', 'code'],
      ['flutter-3', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED', 'code'],
    ]);
    // What the same meaning is called elsewhere, whatever its number there.
    expect(answer.matches[0]?.sameMeaning.map((e) => [e.platform, e.code])).toEqual([
      ['react-native', 3017],
      ['ios', 3017],
      ['flutter-1', 3007],
      ['flutter-3', 3017],
    ]);
  });

  it('shows an iOS developer what 3008 means on iOS, beside the other lines, with the clash', () => {
    const answer = explain('3008');
    expect(answer.clash).toBe(true);
    expect(answer.matches.map((m) => [m.platform, m.entry.name])).toEqual([
      ['ios', 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED'],
      ['flutter-1', 'ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED'],
    ]);
    expect(answer.matches[0]?.sameMeaning.map((e) => [e.platform, e.code])).toEqual([
      ['web', 3045],
      ['flutter-3', 3045],
    ]);
  });

  it('answers a shared server code once per platform without a clash', () => {
    const answer = explain('4001');
    expect(answer.clash).toBe(false);
    expect(answer.matches.map((m) => m.platform)).toEqual([
      'web',
      'react-native',
      'ios',
      'flutter-1',
      'flutter-3',
    ]);
  });

  it('finds names and aliases in any case, and meaning ids', () => {
    expect(
      explain('max_participant_reached').matches.map((m) => [m.platform, m.matchedBy]),
    ).toEqual([
      ['web', 'alias'],
      ['react-native', 'alias'],
      ['ios', 'alias'],
      ['flutter-1', 'name'],
      ['flutter-3', 'alias'],
    ]);
    expect(explain(' ERROR_CAMERA_IN_USE ').matches.map((m) => m.entry.code)).toEqual([
      3023, 3023, 3023, 3003, 3023,
    ]);
    expect(new Set(explain('camera-in-use').matches.map((m) => m.matchedBy))).toEqual(
      new Set(['meaning']),
    );
    expect(explain('pubsub_publish_failed').matches.map((m) => m.platform)).toEqual([
      'web',
      'ios',
      'flutter-3',
    ]);
  });

  it.each([
    null,
    undefined,
    '',
    '   ',
    '__proto__',
    'constructor',
    'toString',
    9999,
    3017.5,
    Number.NaN,
    {},
    [],
    Symbol('x'),
    4001n,
    'x'.repeat(1 << 20),
  ])('answers nothing for %s without throwing', (input) => {
    const answer = explain(input);
    expect(answer.matches).toEqual([]);
    expect(answer.clash).toBe(false);
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.integer({ min: 2990, max: 5100 }), fc.string()),
        (input) => {
          const answer = explain(input);
          for (const m of answer.matches) expect(m.entry.platform).toBe(m.platform);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
