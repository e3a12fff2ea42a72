import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from './index.js';

describe('explain', () => {
  it('answers every meaning of a number on every platform, flagging a clash', () => {
    const answer = explain(3017);
    expect(answer.clash).toBe(true);
    expect(answer.matches.map((m) => [m.platform, m.entry.name, m.matchedBy])).toEqual([
      ['web', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED', 'code'],
      ['flutter', 'ERROR_CREATING_VIDEO_TRACK', 'code'],
    ]);
    // What the same meaning is called elsewhere.
    expect(answer.matches[0]?.sameMeaning.map((e) => [e.platform, e.code])).toEqual([
      ['flutter', 3007],
    ]);
  });

  it('answers a shared server code once per platform without a clash', () => {
    const answer = explain('4001');
    expect(answer.clash).toBe(false);
    expect(answer.matches.map((m) => m.platform)).toEqual(['web', 'flutter']);
  });

  it('finds names and aliases in any case, and meaning ids', () => {
    expect(
      explain('max_participant_reached').matches.map((m) => [m.platform, m.matchedBy]),
    ).toEqual([
      ['web', 'alias'],
      ['flutter', 'name'],
    ]);
    expect(explain(' ERROR_CAMERA_IN_USE ').matches.map((m) => m.entry.code)).toEqual([3023, 3003]);
    expect(explain('camera-in-use').matches.map((m) => m.matchedBy)).toEqual([
      'meaning',
      'meaning',
    ]);
    expect(explain('pubsub_publish_failed').matches.map((m) => m.platform)).toEqual(['web']);
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
