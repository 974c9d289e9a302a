import { useState } from 'preact/hooks';
import type { ExportKind } from '../../utils/portability/export-data';
import { downloadFile } from './download';
import type { OptionsEnv } from './env';
import { errorText } from './format';

const KINDS: { kind: ExportKind; label: string; accept: string }[] = [
  { kind: 'backup', label: 'Full backup (JSON)', accept: '.json,application/json' },
  { kind: 'opml', label: 'Sources and feeds (OPML, for RSS readers)', accept: '.opml,.xml,text/xml,text/x-opml' },
  { kind: 'ratings-csv', label: 'Ratings (CSV)', accept: '.csv,text/csv' },
  { kind: 'ratings-json', label: 'Ratings (JSON)', accept: '.json,application/json' },
];

/** Export downloads a file; import reads one, and a bad file is refused whole with the reason. */
export function ImportExport({ env, onImported }: { env: OptionsEnv; onImported(): void }) {
  const [kind, setKind] = useState<ExportKind>('backup');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const accept = KINDS.find((k) => k.kind === kind)!.accept;

  const exportNow = () =>
    env
      .send({ type: 'ExportData', kind })
      .then(downloadFile, (e: unknown) => setResult({ ok: false, text: errorText(e) }));
  const importNow = async () => {
    if (!file) return;
    try {
      const r = await env.send({ type: 'ImportData', kind, text: await file.text() });
      setResult(r.ok ? { ok: true, text: r.summary } : { ok: false, text: `Nothing was changed: ${r.message}` });
      if (r.ok) onImported();
    } catch (e) {
      setResult({ ok: false, text: errorText(e) });
    }
  };

  return (
    <div class="import-export">
      <h3>Import and export</h3>
      <label>
        What
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ExportKind)} data-testid="data-kind">
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={exportNow} data-testid="export">
        Export
      </button>
      <label>
        File to import
        <input
          type="file"
          accept={accept}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          data-testid="import-file"
        />
      </label>
      <button type="button" disabled={!file} onClick={importNow} data-testid="import">
        Import
      </button>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} data-testid="import-result" data-ok={String(result.ok)}>
          {result.text}
        </p>
      )}
    </div>
  );
}
