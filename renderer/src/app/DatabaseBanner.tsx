import { BLOCKED_MESSAGE, UPDATED_ELSEWHERE_MESSAGE } from '../data/errors';
import { useDatabaseStatus } from '../data/status';

/**
 * Shown when another window holds the database: it upgraded it (this window had to close
 * its connection and must reload), or it still has an older version open (so this one's
 * upgrade waits for it to close).
 */
export function DatabaseBanner() {
  const closed = useDatabaseStatus((state) => state.closed);
  const blocked = useDatabaseStatus((state) => state.blocked);
  if (closed) {
    return (
      <div className="banner" role="alert">
        <p>{UPDATED_ELSEWHERE_MESSAGE}</p>
        <button type="button" className="button button--primary" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (blocked) {
    return (
      <div className="banner" role="alert">
        <p>{BLOCKED_MESSAGE}</p>
      </div>
    );
  }
  return null;
}
