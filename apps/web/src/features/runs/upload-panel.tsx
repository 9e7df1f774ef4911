import { useCallback, useRef, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { errorText } from '../../errors';
import {
  collectFromEntries,
  collectFromFileList,
  entriesFromDataTransfer,
  UPLOAD_ACCEPT,
} from './collect-files';
import type { CollectedFiles } from './collect-files';
import { xhrUploadTransport } from './runs-api';
import { runUploads, summarize } from './upload-queue';
import type { ImportOutcome, UploadItem, UploadTransport } from './upload-queue';

function OutcomeLine({ outcome }: { readonly outcome: ImportOutcome }): ReactNode {
  switch (outcome.kind) {
    case 'imported':
      return (
        <li className="upload-outcome ok">
          <span className="upload-name">{outcome.name}</span> <strong>imported</strong>
        </li>
      );
    case 'duplicate':
      return (
        <li className="upload-outcome">
          <span className="upload-name">{outcome.name}</span> <strong>already there</strong>
        </li>
      );
    case 'failed':
      return (
        <li className="upload-outcome failed">
          <span className="upload-name">{outcome.name}</span> <strong>failed:</strong>{' '}
          {errorText(outcome.code)} <span className="muted">({outcome.code})</span>
        </li>
      );
  }
}

function ItemRow({ item }: { readonly item: UploadItem }): ReactNode {
  if (item.outcomes.length > 0)
    return item.outcomes.map((o, i) => <OutcomeLine key={`${o.name}-${i}`} outcome={o} />);
  const label =
    item.status === 'processing' ? 'reading…' : item.status === 'uploading' ? 'uploading…' : 'waiting';
  return (
    <li className="upload-outcome">
      <span className="upload-name">{item.path}</span> <span className="muted">{label}</span>
    </li>
  );
}

function UploadStatus({
  items,
  skipped,
}: {
  readonly items: readonly UploadItem[];
  readonly skipped: number;
}): ReactNode {
  const s = summarize(items);
  const pct = s.totalBytes === 0 ? 100 : Math.round((100 * s.loadedBytes) / s.totalBytes);
  return (
    <div className="upload-status">
      <label className="upload-progress-label">
        {s.finished ? 'Upload finished' : `Uploading ${items.length} file${items.length === 1 ? '' : 's'}`}
        <progress max={100} value={pct} aria-label="Upload progress">
          {pct} %
        </progress>
      </label>
      <p role="status" aria-live="polite" className="upload-summary">
        {s.imported} imported · {s.duplicate} already there · {s.failed} failed
        {skipped > 0 ? ` · ${skipped} other file${skipped === 1 ? '' : 's'} skipped` : ''}
      </p>
      <ul className="upload-list" tabIndex={0} aria-label="Result for each file">
        {items.map((item) => (
          <ItemRow key={item.path} item={item} />
        ))}
      </ul>
    </div>
  );
}

export interface UploadPanelProps {
  /** Called once a batch has finished, so the list can reload. */
  readonly onFinished: () => void;
  readonly transport?: UploadTransport;
}

export function UploadPanel({ onFinished, transport = xhrUploadTransport }: UploadPanelProps): ReactNode {
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const [skipped, setSkipped] = useState(0);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

  const start = useCallback(
    async (collected: CollectedFiles) => {
      setSkipped(collected.skipped);
      if (collected.files.length === 0) {
        setItems([]);
        return;
      }
      setBusy(true);
      await runUploads({ files: collected.files, transport, onChange: setItems });
      setBusy(false);
      onFinished();
    },
    [transport, onFinished],
  );

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    const { entries, files } = entriesFromDataTransfer(e.dataTransfer);
    void collectFromEntries(entries).then((fromEntries) => {
      const loose = collectFromFileList(files);
      return start({
        files: [...fromEntries.files, ...loose.files],
        skipped: fromEntries.skipped + loose.skipped,
      });
    });
  };

  const onPicked = (input: HTMLInputElement | null): void => {
    if (input?.files) void start(collectFromFileList(Array.from(input.files)));
    if (input) input.value = '';
  };

  return (
    <section className="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Add runs</h2>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>Drop FIT, TCX or GPX files here, a folder of them, or a whole Garmin or Strava export zip.</p>
        <div className="row">
          <button type="button" className="button" disabled={busy} onClick={() => filesRef.current?.click()}>
            Choose files
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => folderRef.current?.click()}
          >
            Choose a folder
          </button>
        </div>
        <input
          ref={filesRef}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          className="visually-hidden"
          aria-label="Activity files or export zip"
          tabIndex={-1}
          onChange={(e) => onPicked(e.currentTarget)}
        />
        <input
          ref={folderRef}
          type="file"
          multiple
          className="visually-hidden"
          aria-label="Folder of activity files"
          tabIndex={-1}
          {...{ webkitdirectory: '' }}
          onChange={(e) => onPicked(e.currentTarget)}
        />
      </div>
      {items.length > 0 || skipped > 0 ? <UploadStatus items={items} skipped={skipped} /> : null}
    </section>
  );
}
