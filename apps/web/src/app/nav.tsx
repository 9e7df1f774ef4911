import type { ReactNode } from 'react';
import { NavIcon } from './nav-icons';
import type { NavKey, RouteDef } from './page';
import { hrefFor } from './router';

const ORDER: readonly NavKey[] = ['today', 'plan', 'runs', 'progress', 'settings'];

/** Main navigation: a bottom bar on phones, a side rail on wide screens (see base.css). */
export function Nav({
  routes,
  current,
}: {
  readonly routes: readonly RouteDef[];
  readonly current: NavKey | null;
}): ReactNode {
  const items = ORDER.flatMap((key) => {
    const route = routes.find((r) => r.nav === key);
    return route ? [{ key, route }] : [];
  });
  return (
    <nav className="nav" aria-label="Main">
      <a className="nav-brand" href={hrefFor('/')}>
        <img src="./icons/icon.svg" alt="" width="28" height="28" />
        <span>Upright</span>
      </a>
      <ul className="nav-list">
        {items.map(({ key, route }) => (
          <li key={key}>
            <a
              className="nav-link"
              href={hrefFor(route.path)}
              aria-current={current === key ? 'page' : undefined}
            >
              <NavIcon name={key} />
              <span>{route.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
