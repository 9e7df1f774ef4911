// The route table. One line per page; pages load lazily so each is its own chunk.
// Issue-7 pages (runs, progress, run mode, report) add their lines in the second block.
import { lazyPage } from './app/page';
import type { RouteDef } from './app/page';

export const ROUTES: readonly RouteDef[] = [
  {
    path: '/',
    title: 'Today',
    nav: 'today',
    page: lazyPage(() => import('./features/today/today-page').then((m) => m.TodayPage)),
  },
  {
    path: '/plan',
    title: 'Plan',
    nav: 'plan',
    page: lazyPage(() => import('./features/plan/plan-page').then((m) => m.PlanPage)),
  },
  {
    path: '/settings',
    title: 'Settings',
    nav: 'settings',
    page: lazyPage(() => import('./features/settings/settings-page').then((m) => m.SettingsPage)),
  },
  {
    path: '/start',
    title: 'Screening',
    section: 'today',
    page: lazyPage(() => import('./features/screening/screening-page').then((m) => m.ScreeningPage)),
  },
  {
    path: '/exercises/:id',
    title: 'Exercise',
    section: 'plan',
    page: lazyPage(() => import('./features/exercises/exercise-page').then((m) => m.ExercisePage)),
  },
  {
    path: '/session/:id',
    title: 'Guided session',
    section: 'today',
    page: lazyPage(() => import('./features/session/session-page').then((m) => m.SessionPage)),
  },
  {
    path: '/check-in',
    title: 'Check-in',
    section: 'today',
    page: lazyPage(() => import('./features/today/check-in-page').then((m) => m.CheckInPage)),
  },
  {
    path: '/tape',
    title: 'Tape guide',
    section: 'plan',
    page: lazyPage(() => import('./features/tape/tape-page').then((m) => m.TapePage)),
  },

  // Runs, progress, run mode, physio report (issue 7):
  {
    path: '/runs',
    title: 'Runs',
    nav: 'runs',
    page: lazyPage(() => import('./features/runs/runs-page').then((m) => m.RunsPage)),
  },
  {
    path: '/runs/:id',
    title: 'Run',
    section: 'runs',
    page: lazyPage(() => import('./features/runs/run-page').then((m) => m.RunPage)),
  },
  {
    path: '/run',
    title: 'Run mode',
    section: 'runs',
    page: lazyPage(() => import('./features/run-mode/run-mode-page').then((m) => m.RunModePage)),
  },
  {
    path: '/progress',
    title: 'Progress',
    nav: 'progress',
    page: lazyPage(() => import('./features/progress/progress-page').then((m) => m.ProgressPage)),
  },
  {
    path: '/report',
    title: 'Physio report',
    section: 'progress',
    page: lazyPage(() => import('./features/report/report-page').then((m) => m.ReportPage)),
  },
];
