import type { ReactNode } from 'react';
import type { NavKey } from './page';

// 24x24 stroke icons drawn for Upright; decorative (the link text names the destination).
const PATHS: Readonly<Record<NavKey, string>> = {
  today:
    'M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8',
  plan: 'M4 5h16v15H4zM4 10h16M9 3v4M15 3v4M8 14h3M8 17h6',
  runs: 'M13 4a2 2 0 1 0 0.01 0M9 21l3-6l3 2v4M6 12l3-3l4 1l3 3l3 1M12 15l-2-4',
  progress: 'M4 20V4M4 20h16M8 16l4-5l3 3l5-7',
  settings:
    'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6M19 12l2-1l-1-3l-2 .3l-1.3-1.3l.3-2l-3-1l-1 2h-2l-1-2l-3 1l.3 2L6 8.3L4 8l-1 3l2 1v0l-2 1l1 3l2-.3l1.3 1.3l-.3 2l3 1l1-2h2l1 2l3-1l-.3-2l1.3-1.3l2 .3l1-3z',
};

export function NavIcon({ name }: { readonly name: NavKey }): ReactNode {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
