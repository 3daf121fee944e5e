import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markNow, markPainted, measureWork } from '../../../renderer/src/app/perf';

const entries = (name: string) => performance.getEntriesByName(name) as PerformanceMark[];

describe('performance marks for the bench', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('names marks handshake:… and carries the key that tells them apart', () => {
    markNow('search:results', 'da');
    markNow('search:results', 'dan');
    expect(entries('handshake:search:results').map((mark) => mark.detail)).toEqual([
      { key: 'da' },
      { key: 'dan' },
    ]);
  });

  it('marks a painted moment only after the next frame, not when asked', async () => {
    markPainted('people:sorted', 'lastTouch:desc');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(entries('handshake:people:sorted')).toEqual([]);
    const asked = performance.now();
    for (const frame of frames) frame(performance.now());
    await vi.waitFor(() => expect(entries('handshake:people:sorted')).toHaveLength(1));
    const [mark] = entries('handshake:people:sorted');
    expect(mark!.startTime).toBeGreaterThanOrEqual(asked);
    expect(mark!.detail).toEqual({ key: 'lastTouch:desc' });
  });

  it('measures a computation and returns its result', () => {
    const result = measureWork('this-week:compute', () => [1, 2, 3].map((n) => n * 2));
    expect(result).toEqual([2, 4, 6]);
    const [measure] = performance.getEntriesByName('handshake:this-week:compute');
    expect(measure?.entryType).toBe('measure');
    expect(measure!.duration).toBeGreaterThanOrEqual(0);
  });

  it('measures an async computation until it settles, failed or not', async () => {
    let finish: (value: string) => void = () => undefined;
    const pending = measureWork(
      'this-week:compute',
      () => new Promise<string>((r) => (finish = r)),
    );
    expect(performance.getEntriesByName('handshake:this-week:compute')).toEqual([]);
    finish('due');
    await expect(pending).resolves.toBe('due');
    const failing = measureWork('this-week:compute', () => Promise.reject(new Error('closed')));
    await expect(failing).rejects.toThrow('closed');
    expect(performance.getEntriesByName('handshake:this-week:compute')).toHaveLength(2);
  });

  it('times a promise from another Promise implementation too (Dexie swaps it in live queries)', async () => {
    class OtherPromise<T> {
      constructor(private readonly inner: Promise<T>) {}
      then<R>(onValue: (value: T) => R, onError?: (error: unknown) => R) {
        return new OtherPromise(this.inner.then(onValue, onError));
      }
    }
    let finish: (value: number) => void = () => undefined;
    const other = new OtherPromise(new Promise<number>((resolve) => (finish = resolve)));
    const timed = measureWork('this-week:compute', () => other);
    expect(timed).not.toBeInstanceOf(Promise);
    expect(performance.getEntriesByName('handshake:this-week:compute')).toEqual([]);
    finish(7);
    expect(await timed).toBe(7);
    expect(performance.getEntriesByName('handshake:this-week:compute')).toHaveLength(1);
  });
});
