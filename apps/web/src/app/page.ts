import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { RouteParams } from './router';

/** Every page receives the params matched from its route pattern. */
export interface PageProps {
  readonly params: RouteParams;
}

export type Page = LazyExoticComponent<ComponentType<PageProps>>;

export type NavKey = 'today' | 'plan' | 'runs' | 'progress' | 'settings';

export interface RouteDef {
  /** Pattern such as `/runs/:id`. */
  readonly path: string;
  /** Document title and heading context. */
  readonly title: string;
  /** Set on the top-level page reached from the navigation bar. */
  readonly nav?: NavKey;
  /** Nav item highlighted while on this page (e.g. a run page highlights Runs). */
  readonly section?: NavKey;
  readonly page: Page;
}

/**
 * Wraps a dynamic import so each page is its own chunk and first-load JS stays small:
 * `lazyPage(() => import('./features/runs/runs-page').then((m) => m.RunsPage))`.
 */
export function lazyPage(load: () => Promise<ComponentType<PageProps>>): Page {
  return lazy(async () => ({ default: await load() }));
}
