import { useState } from 'react';
import { Button } from '../../ui/Button';

/**
 * Long lists in the import dialog (10,000 rows) show a page at a time: the DOM stays small
 * and every row is still reachable with the keyboard, which a virtualised table inside a
 * modal dialog would make harder.
 */
export function usePaged<T>(items: readonly T[], pageSize: number) {
  const [shown, setShown] = useState(pageSize);
  const visible = items.slice(0, shown);
  const remaining = items.length - visible.length;
  const more =
    remaining > 0 ? (
      <Button
        variant="ghost"
        className="import__more"
        onClick={() => setShown((count) => count + pageSize)}
      >
        Show {Math.min(pageSize, remaining).toLocaleString()} more ({remaining.toLocaleString()} not
        shown)
      </Button>
    ) : null;
  return { visible, more };
}

/** "1 person", "2 people": counts in the owner's locale. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
