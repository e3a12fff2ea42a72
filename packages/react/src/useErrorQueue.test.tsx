import * as flutter1 from '@org/error-codes/flutter-1';
import { messages as en } from '@org/error-codes-i18n/locales/flutter-1/en';
import { act, render, renderHook, screen } from '@testing-library/react';
import { type ReactNode, useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useErrorQueue } from './useErrorQueue.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

/** A stand-in for an SDK meeting object: real listeners, called as the SDK would. */
const handlers = new Set<(e: unknown) => void>();
const meeting = {
  on: (_event: 'error', fn: (e: unknown) => void) => handlers.add(fn),
  off: (_event: 'error', fn: (e: unknown) => void) => handlers.delete(fn),
};
function Toasts() {
  const { items, push, dismiss } = useErrorQueue();
  useEffect(() => {
    meeting.on('error', push);
    return () => {
      meeting.off('error', push);
    };
  }, [push]);
  return (
    <section aria-label="Notifications">
      {items.map((item) => (
        <ErrorMessage key={item.id} error={item.error}>
          {(m) => (
            <>
              <strong>{m.title}</strong>
              {item.count > 1 && <span> ×{item.count}</span>}
              <button type="button" onClick={() => dismiss(item.id)}>
                Dismiss
              </button>
            </>
          )}
        </ErrorMessage>
      ))}
    </section>
  );
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <ErrorCodesProvider platform={flutter1} messages={en}>
    {children}
  </ErrorCodesProvider>
);

describe('useErrorQueue', () => {
  it('pushes, dismisses and clears', () => {
    const { result } = renderHook(() => useErrorQueue(), { wrapper });
    let id = 0;
    act(() => {
      id = result.current.push({ code: 4001, message: 'Invalid API key' });
      result.current.push(3001);
    });
    expect(result.current.items.map((i) => [i.code, i.severity, i.count])).toEqual([
      [4001, 'fatal', 1],
      [3001, 'warning', 1],
    ]);
    expect(result.current.items[0]).toMatchObject({
      id,
      error: { code: 4001, message: 'Invalid API key' },
      firstAt: 1_000_000,
      lastAt: 1_000_000,
    });
    act(() => result.current.dismiss(id));
    expect(result.current.items.map((i) => i.code)).toEqual([3001]);
    act(() => result.current.clear());
    expect(result.current.items).toEqual([]);
  });

  it('shows the same code once within the window, counting repeats in any spelling', () => {
    const { result } = renderHook(() => useErrorQueue({ windowMs: 1000 }), { wrapper });
    act(() => {
      result.current.push({ code: 4001 });
      advance(600);
      result.current.push('4001');
      advance(600); // 600 ms after the last push: still the same burst
      result.current.push({ code: 'INVALID_API_KEY', message: 'latest' });
    });
    expect(result.current.items).toHaveLength(1);
    expect(result.current.items[0]).toMatchObject({
      count: 3,
      firstAt: 1_000_000,
      lastAt: 1_001_200,
      error: { code: 'INVALID_API_KEY', message: 'latest' },
    });
    act(() => {
      advance(1001);
      result.current.push(4001);
    });
    expect(result.current.items.map((i) => i.count)).toEqual([3, 1]);
  });

  it('dedupes unknown codes by the code received', () => {
    const { result } = renderHook(() => useErrorQueue(), { wrapper });
    act(() => {
      result.current.push({ code: 4999 });
      result.current.push({ code: 4999 });
      result.current.push({ code: 4998 });
      result.current.push(undefined);
    });
    expect(result.current.items.map((i) => [i.code, i.count])).toEqual([
      [4999, 2],
      [4998, 1],
      [undefined, 1],
    ]);
  });

  it('caps the length, dropping the oldest of the lowest severity first', () => {
    const { result } = renderHook(() => useErrorQueue({ max: 3 }), { wrapper });
    act(() => {
      result.current.push(4001); // fatal
      result.current.push(3001); // warning
      result.current.push(3003); // error
      result.current.push(3002); // warning: the oldest warning (3001) goes
      result.current.push(3004); // error: the remaining warning (3002) goes
      result.current.push(3005); // error: the oldest error (3003) goes
    });
    expect(result.current.items.map((i) => i.code)).toEqual([4001, 3004, 3005]);
  });

  it('keeps a burst of 1000 events to a few items', () => {
    const { result } = renderHook(() => useErrorQueue(), { wrapper });
    act(() => {
      for (let i = 0; i < 1000; i++) result.current.push({ code: [3001, 4002, 5001][i % 3] });
    });
    expect(result.current.items.map((i) => [i.code, i.count])).toEqual([
      [3001, 334],
      [4002, 333],
      [5001, 333],
    ]);
  });

  it('never throws on junk pushes and ignores dismissing unknown ids', () => {
    const { result } = renderHook(() => useErrorQueue({ max: 100 }), { wrapper });
    const junk = [null, '__proto__', 'x'.repeat(100_000), Number.NaN, {}, [], Symbol('s')];
    act(() => {
      for (const j of junk) result.current.push(j);
      result.current.dismiss(-1);
      result.current.dismiss(Number.NaN);
    });
    expect(result.current.items.every((i) => i.severity === 'error')).toBe(true);
    expect(result.current.items.length).toBeGreaterThan(0);
  });

  it('rejects invalid options with a clear RangeError', () => {
    // React reports the render error on console.error too; the assertion is the throw.
    // React 18 also rethrows it as a window error event, which jsdom prints unless handled.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const swallow = (e: ErrorEvent) => e.preventDefault();
    window.addEventListener('error', swallow);
    for (const options of [
      { max: 0 },
      { max: Number.NaN },
      { windowMs: -1 },
      { windowMs: Infinity },
    ]) {
      expect(() => renderHook(() => useErrorQueue(options), { wrapper })).toThrow(RangeError);
    }
    expect(() => renderHook(() => useErrorQueue({ max: '3' as never }), { wrapper })).toThrow(
      /max must be/,
    );
    window.removeEventListener('error', swallow);
  });

  it('keeps push, dismiss and clear stable across renders', () => {
    const { result, rerender } = renderHook(() => useErrorQueue(), { wrapper });
    const { push, dismiss, clear } = result.current;
    act(() => {
      push(4001);
    });
    rerender();
    expect(result.current.push).toBe(push);
    expect(result.current.dismiss).toBe(dismiss);
    expect(result.current.clear).toBe(clear);
  });

  it('drives a toast area from an SDK error handler', () => {
    handlers.clear();
    const { unmount } = render(
      <ErrorCodesProvider platform={flutter1} messages={en}>
        <Toasts />
      </ErrorCodesProvider>,
    );
    act(() => {
      for (const fn of handlers) {
        fn({ code: 4003, message: 'x' });
        fn({ code: 4003, message: 'x' });
        fn({ code: 3001, message: 'y' });
      }
    });
    expect(screen.getByRole('alert').textContent).toContain(
      `${en.meanings[flutter1.getError(4003).meaning].title} ×2`,
    );
    expect(screen.getByRole('status').textContent).toContain(
      en.meanings[flutter1.getError(3001).meaning].title,
    );
    act(() => screen.getAllByRole('button', { name: 'Dismiss' })[0]?.click());
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();
    expect(handlers.size).toBe(0);
  });
});
