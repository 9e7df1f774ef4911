import { Suspense, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { ROUTES } from '../routes';
import { SettingsProvider } from '../settings/settings-context';
import { PageErrorBoundary } from './error-boundary';
import { Nav } from './nav';
import type { RouteDef } from './page';
import { RouterProvider, hrefFor, matchPath, useLocation } from './router';
import type { RouteParams } from './router';

function findRoute(path: string): { route: RouteDef; params: RouteParams } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

function NotFound(): ReactNode {
  return (
    <div className="card">
      <h1>Page not found</h1>
      <p>
        That address is not part of Upright. <a href={hrefFor('/')}>Go to Today</a>.
      </p>
    </div>
  );
}

function Shell(): ReactNode {
  const location = useLocation();
  const found = findRoute(location.path);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  const title = found?.route.title ?? 'Not found';
  useEffect(() => {
    document.title = `${title} · Upright`;
    // Move focus to the new page for keyboard and screen-reader users (not on first load).
    if (first.current) first.current = false;
    else mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [location.path, title]);
  const Page = found?.route.page;
  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <Nav routes={ROUTES} current={found ? (found.route.nav ?? found.route.section ?? null) : null} />
      <main id="main" className="main" ref={mainRef} tabIndex={-1}>
        <PageErrorBoundary resetKey={location.path}>
          <Suspense
            fallback={
              <p className="loading" role="status">
                Loading…
              </p>
            }
          >
            {Page && found ? <Page params={found.params} /> : <NotFound />}
          </Suspense>
        </PageErrorBoundary>
      </main>
    </div>
  );
}

export function App(): ReactNode {
  return (
    <SettingsProvider>
      <RouterProvider>
        <Shell />
      </RouterProvider>
    </SettingsProvider>
  );
}
