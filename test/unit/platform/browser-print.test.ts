// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge } from '../../../renderer/src/platform/browser';

afterEach(() => vi.unstubAllGlobals());

describe('printToPdf in the browser', () => {
  it('opens the browser’s print dialog and says so', async () => {
    // happy-dom has no print(); the test stands in for the browser's.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const bridge = createBrowserBridge({ version: '1.2.3', showNotice: () => undefined });
    expect(await bridge.printToPdf({ suggestedName: 'Partner directory.pdf' })).toEqual({
      status: 'print-dialog',
    });
    expect(print).toHaveBeenCalledOnce();
  });
});
