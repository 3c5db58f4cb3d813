/**
 * Getting the collection in and out: export (all, or what the current filter shows) in five
 * formats, import of our JSON with a report of what was added and skipped and why, and full
 * backup/restore of the database. Restore replaces everything, so it asks for a second click.
 */
import { useState } from 'preact/hooks';
import type {
  ExportFormatView,
  ImportReportView,
  ItemFilterView,
  ItemSortView,
} from '../../messaging/collection.ts';
import { EXPORT_FORMAT_VIEWS } from '../../messaging/collection-views.ts';
import { safeText } from '../shared/safe-text.ts';
import { downloadText, readFileText } from './download.ts';
import { errorText, type LibraryApi } from './library-api.ts';
import { plural } from './labels.ts';
import type { PersistState } from './persist.ts';

const FORMAT_LABELS: Readonly<Record<ExportFormatView, string>> = {
  csv: 'CSV (spreadsheets)',
  json: 'JSON (On Record, can be imported)',
  'web-annotation': 'W3C Web Annotation (JSON-LD)',
  'csl-json': 'CSL-JSON (Zotero, pandoc)',
  ris: 'RIS (Zotero, EndNote)',
};

export interface TransferPanelProps {
  api: LibraryApi;
  filter: ItemFilterView;
  sort: ItemSortView | undefined;
  filtered: boolean;
  persist: PersistState | null;
  onStatus: (message: string) => void;
  /** After an import or restore: reload the list. */
  onChanged: () => void;
  download?: typeof downloadText;
}

function Report({ report }: { report: ImportReportView }) {
  return (
    <div class="report" role="status" data-testid="import-report">
      <p>
        Imported {plural(report.added, 'item')} of {report.total}; skipped {report.skipped.length}.
      </p>
      {report.skipped.length ? (
        <ul>
          {report.skipped.slice(0, 200).map((s) => (
            <li key={s.index}>
              Item {s.index + 1}
              {s.quote ? <span dir="auto"> (“{safeText(s.quote, 60)}”)</span> : null}:{' '}
              {safeText(s.reason, 200)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function TransferPanel({
  api,
  filter,
  sort,
  filtered,
  persist,
  onStatus,
  onChanged,
  download = downloadText,
}: TransferPanelProps) {
  const [format, setFormat] = useState<ExportFormatView>('csv');
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [restoreFile, setRestoreFile] = useState<File | null>(null);

  const exportNow = async (useFilter: boolean): Promise<void> => {
    const r = await api.request({
      type: 'collection/export',
      format,
      filter: useFilter ? filter : null,
      ...(sort ? { sort } : {}),
    });
    if (!r.ok) return onStatus(errorText(r));
    download(r.value.filename, r.value.mime, r.value.text);
    onStatus(`Exported ${plural(r.value.count, 'item')} as ${r.value.filename}.`);
  };

  const importFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setReport(null);
    let text: string;
    try {
      text = await readFileText(file);
    } catch (e) {
      return onStatus(e instanceof Error ? e.message : String(e));
    }
    const r = await api.request({ type: 'collection/import', text });
    if (!r.ok) return onStatus(`Nothing was imported: ${errorText(r)}`);
    setReport(r.value);
    onStatus(`Imported ${plural(r.value.added, 'item')}, skipped ${r.value.skipped.length}.`);
    onChanged();
  };

  const backup = async (): Promise<void> => {
    const r = await api.request({ type: 'collection/backup' });
    if (!r.ok) return onStatus(errorText(r));
    download(r.value.filename, r.value.mime, r.value.text);
    onStatus(`Backup saved as ${r.value.filename}.`);
  };

  const restore = async (): Promise<void> => {
    const file = restoreFile;
    setRestoreFile(null);
    if (!file) return;
    try {
      const r = await api.request({
        type: 'collection/restore',
        text: await readFileText(file, 512 * 1024 * 1024),
      });
      if (!r.ok) return onStatus(`Nothing was restored: ${errorText(r)}`);
      const counts = Object.entries(r.value.tables)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ');
      onStatus(`Restored the backup (${counts}).`);
      onChanged();
    } catch (e) {
      onStatus(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export, import, backup</h2>
      <div class="inline-form">
        <label class="field">
          <span>Format</span>
          <select
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as ExportFormatView)}
          >
            {EXPORT_FORMAT_VIEWS.map((f) => (
              <option value={f} key={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void exportNow(false)}>
          Export all
        </button>
        <button type="button" onClick={() => void exportNow(true)} disabled={!filtered}>
          Export what the filter shows
        </button>
      </div>
      <label class="field">
        <span>Import an On Record JSON export</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </label>
      {report ? <Report report={report} /> : null}
      <div class="inline-form">
        <button type="button" onClick={() => void backup()}>
          Back up everything
        </button>
        <label class="field">
          <span>Restore a backup (replaces everything)</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="restore-file"
            onChange={(e) => setRestoreFile(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        {restoreFile ? (
          <button type="button" class="danger" onClick={() => void restore()}>
            Replace the whole database with {safeText(restoreFile.name, 60)}
          </button>
        ) : null}
      </div>
      <p class="muted" data-testid="persist">
        {persist === 'persistent'
          ? 'Storage is persistent: the browser will not clear the collection to free space.'
          : persist === 'best-effort'
            ? 'The browser has not granted persistent storage, so it may clear the collection when space runs low. Back up regularly.'
            : persist === 'unsupported'
              ? 'This browser cannot keep storage persistent. Back up regularly.'
              : ''}
      </p>
    </section>
  );
}
