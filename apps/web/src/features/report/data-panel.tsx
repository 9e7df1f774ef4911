import { useState } from 'react';
import type { ReactNode } from 'react';
import { EXPORT_FILE_NAME } from '@upright/api-contract';
import type { DeleteAllResponse } from '@upright/api-contract';
import { errorText } from '../../errors';
import { deleteAllData, EXPORT_HREF } from './report-api';

type DeleteState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm'; readonly understood: boolean }
  | { readonly kind: 'deleting' }
  | { readonly kind: 'done'; readonly deleted: DeleteAllResponse['deleted'] }
  | { readonly kind: 'error'; readonly code: string };

/** Forgets this device's cached copies too, so nothing of the runner's stays behind. */
function forgetLocalCopies(): void {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith('upright.')) window.localStorage.removeItem(key);
    }
  } catch {
    // Storage unavailable: nothing cached to forget.
  }
  if ('caches' in window) {
    void caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.includes('api')).map((k) => caches.delete(k))));
  }
}

function DeleteAll(): ReactNode {
  const [state, setState] = useState<DeleteState>({ kind: 'idle' });
  const run = async (): Promise<void> => {
    setState({ kind: 'deleting' });
    const result = await deleteAllData();
    if (!result.ok) {
      setState({ kind: 'error', code: result.error.code });
      return;
    }
    forgetLocalCopies();
    setState({ kind: 'done', deleted: result.value.deleted });
  };
  switch (state.kind) {
    case 'idle':
    case 'error':
      return (
        <>
          {state.kind === 'error' ? <p className="alert danger">{errorText(state.code)}</p> : null}
          <button
            type="button"
            className="button danger"
            onClick={() => setState({ kind: 'confirm', understood: false })}
          >
            Delete all my data…
          </button>
        </>
      );
    case 'confirm':
      return (
        <div className="alert danger" role="group" aria-labelledby="delete-confirm-heading">
          <h3 id="delete-confirm-heading">Delete everything?</h3>
          <p>
            This removes your runs and their original files, screenings, plans and check-ins from this
            Upright. It cannot be undone. Export first if you want a copy.
          </p>
          <label className="choice">
            <input
              type="checkbox"
              checked={state.understood}
              onChange={(e) => setState({ kind: 'confirm', understood: e.currentTarget.checked })}
            />
            I understand that everything will be deleted
          </label>
          <div className="row">
            <button
              type="button"
              className="button danger"
              disabled={!state.understood}
              onClick={() => void run()}
            >
              Delete everything
            </button>
            <button type="button" className="button secondary" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      );
    case 'deleting':
      return (
        <p role="status" className="loading">
          Deleting…
        </p>
      );
    case 'done':
      return (
        <p role="status" className="alert info">
          Deleted {state.deleted.activities} runs, {state.deleted.screenings} screenings,{' '}
          {state.deleted.plans} plan versions and {state.deleted.checkIns} check-ins.
        </p>
      );
  }
}

/** Export all and delete all: kept off the printed report. */
export function DataPanel(): ReactNode {
  return (
    <section className="card no-print" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        Download everything Upright holds about you: a JSON file with your profile, screenings, plans,
        check-ins and run analyses, plus every original activity file as you uploaded it.
      </p>
      <p>
        <a className="button secondary" href={EXPORT_HREF} download={EXPORT_FILE_NAME}>
          Export all data (zip)
        </a>
      </p>
      <DeleteAll />
    </section>
  );
}
