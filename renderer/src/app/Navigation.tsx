import { Link, useLocation } from 'wouter';
import { DigestNotice } from '../features/reminders/DigestNotice';
import { useReminders } from '../features/reminders/useReminders';
import { HandshakeMark } from '../ui/icons';
import { ROUTES } from './routes';

function isCurrent(path: string, location: string) {
  return path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
}

export function Navigation({ businessName }: { businessName?: string }) {
  const [location] = useLocation();
  // The navigation is always on screen: it also keeps the badge and weekly digest going.
  const dueCount = useReminders();
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <HandshakeMark />
        <div>
          <p className="brand__name">Handshake</p>
          {businessName && <p className="brand__business">{businessName}</p>}
        </div>
      </div>
      <ul className="nav">
        {ROUTES.map(({ path, label, icon: Icon }) => {
          const current = isCurrent(path, location);
          const count = path === '/' && dueCount ? dueCount : undefined;
          return (
            <li key={path}>
              <Link
                href={path}
                className={current ? 'nav__link nav__link--current' : 'nav__link'}
                aria-current={current ? 'page' : undefined}
                // Read as "This week, 5 due"; seen as a small count.
                aria-label={count ? `${label}, ${count} due` : undefined}
              >
                <Icon />
                <span>{label}</span>
                {count && ' '}
                {count && (
                  <span className="nav__count" aria-hidden="true">
                    {count}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      <DigestNotice />
    </nav>
  );
}
