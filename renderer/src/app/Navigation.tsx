import { Link, useLocation } from 'wouter';
import { HandshakeMark } from '../ui/icons';
import { ROUTES } from './routes';

function isCurrent(path: string, location: string) {
  return path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
}

export function Navigation({ businessName }: { businessName?: string }) {
  const [location] = useLocation();
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
          return (
            <li key={path}>
              <Link
                href={path}
                className={current ? 'nav__link nav__link--current' : 'nav__link'}
                aria-current={current ? 'page' : undefined}
              >
                <Icon />
                <span>{label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
