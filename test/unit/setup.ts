// Real Dexie over an in-memory IndexedDB: the data layer is tested without mocks.
import 'fake-indexeddb/auto';

// dexie-export-import expects browser globals that Node lacks.
const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;
if (typeof g.FileReader === 'undefined') {
  class NodeFileReader {
    result: string | ArrayBuffer | null = null;
    onload: ((event: { target: NodeFileReader }) => void) | null = null;
    onerror: ((error: unknown) => void) | null = null;
    private finish(promise: Promise<string | ArrayBuffer>) {
      promise.then(
        (value) => {
          this.result = value;
          this.onload?.({ target: this });
        },
        (error: unknown) => this.onerror?.(error),
      );
    }
    readAsText(blob: Blob) {
      this.finish(blob.text());
    }
    readAsArrayBuffer(blob: Blob) {
      this.finish(blob.arrayBuffer());
    }
  }
  g.FileReader = NodeFileReader;
}
