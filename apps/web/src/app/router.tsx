// A tiny hash router: the app is served as static files (also from the service-worker cache when
// offline), so hash URLs need no server-side fallback.
import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

export type RouteParams = Readonly<Record<string, string>>;

export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
}

function readLocation(): Location {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

/** Matches `/runs/:id` against `/runs/42`; returns the params or null. */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

/** Moves to an in-app path such as `/plan` or `/runs/42?tab=km`. */
export function navigate(path: string, opts: { readonly replace?: boolean } = {}): void {
  const target = `#${path}`;
  if (opts.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** `href` value for an in-app link. */
export function hrefFor(path: string): string {
  return `#${path}`;
}

const LocationContext = createContext<Location>({ path: '/', query: new URLSearchParams() });

export function RouterProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const update = (): void => setLocation(readLocation());
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  return useContext(LocationContext);
}
