import { describe, expect, it } from 'vitest';
import { platformTables as tables } from '../platformTables.js';
import { clashingNumbers, crossLine, meaningsOnlyOn } from './crossLine.js';
import { lineIds } from './registry.generated.js';

const { ios } = tables;
const map = crossLine(tables);
const clash = (a: string, b: string) => clashingNumbers(map, a, b);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the links between every line', () => {
  it('covers every line that has a table', () => {
    expect(Object.keys(tables)).toEqual(lineIds.filter((id) => id !== 'android'));
  });

  it('links renumbered codes by meaning: iOS 3008 is web 3045', () => {
    const meaning = ios.find((e) => e.code === 3008)?.meaning ?? '';
    expect(Object.fromEntries(map.meanings.get(meaning) ?? [])).toMatchObject({
      web: 3045,
      ios: 3008,
      'flutter-3': 3045,
    });
  });

  it('finds the numbers whose meaning differs between two lines', () => {
    expect(clash('web', 'react-native')).toEqual([]);
    expect(clash('web', 'ios')).toEqual([]);
    expect(clash('web', 'flutter-3')).toEqual([]);
    expect(clash('web', 'flutter-1')).toEqual(range(3011, 3023));
    expect(clash('ios', 'flutter-1')).toEqual([3008, 3009, ...range(3011, 3023)]);
    expect(clash('flutter-1', 'flutter-3')).toEqual([...range(3002, 3007), ...range(3011, 3023)]);
  });

  it('counts the meanings of all lines, and those no web or Flutter 1.2.x entry had', () => {
    expect(map.meanings.size).toBe(180);
    expect(meaningsOnlyOn(map, ['ios'])).toEqual([
      'character-join-failed',
      'character-leave-failed',
    ]);
    expect(meaningsOnlyOn(map, ['ios', 'flutter-3'])).toEqual([
      'camera-access',
      'camera-access-denied',
      'change-webcam',
      'character-join-failed',
      'character-leave-failed',
      'custom-screen-share-track-disposed',
      'custom-screen-share-track-ended',
      'mic-access-denied',
      'unknown-error',
    ]);
  });
});
