import { API_ROUTES, ImportDto } from '@datenlotse/contracts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Api } from './api';

const POLL_MS = 250;

/** The server's resident memory in MB from /proc (Linux), or null when it cannot be read. */
function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Uploads a contact CSV, runs it with the proposed mapping, polls until it is done and prints how long each
 * step took and the peak RSS of the server process (when --pid is given); undoes the import afterwards.
 */
export async function benchImport(
  api: Api,
  file: string,
  options: { pid: number | null; undo: boolean },
): Promise<void> {
  let peak = 0;
  const sample = () => {
    const mb = options.pid ? rssMb(options.pid) : null;
    if (mb !== null) peak = Math.max(peak, mb);
  };
  const sampler = setInterval(sample, 100);
  const before = options.pid ? rssMb(options.pid) : null;
  const started = Date.now();
  try {
    const bytes = readFileSync(file);
    const uploaded = await api.upload<ImportDto>(
      `${API_ROUTES.imports}?kind=contacts`,
      new Blob([bytes], { type: 'text/csv' }),
      basename(file),
    );
    const uploadSeconds = (Date.now() - started) / 1000;
    const uploadPeak = peak;
    await api.post(`${API_ROUTES.imports}/${uploaded.id}/run`, { mapping: uploaded.suggestedMapping });
    let current = uploaded;
    do {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      current = await api.get<ImportDto>(`${API_ROUTES.imports}/${uploaded.id}`);
    } while (current.status === 'running' || current.status === 'uploaded');
    const totalSeconds = (Date.now() - started) / 1000;
    sample();
    console.log('');
    console.log(
      `import of ${basename(file)} (${(bytes.length / 1e6).toFixed(1)} MB, ${uploaded.rowCount} rows):`,
    );
    console.log(`  upload and parse     ${uploadSeconds.toFixed(1)} s`);
    console.log(`  check and write      ${(totalSeconds - uploadSeconds).toFixed(1)} s`);
    console.log(
      `  total                ${totalSeconds.toFixed(1)} s  → ${current.status}, ${current.created} created, ${current.updated} updated`,
    );
    if (current.error) console.log(`  error: ${current.error}`);
    if (options.pid) {
      console.log(
        `  server RSS           ${before?.toFixed(0)} MB before, peak ${uploadPeak.toFixed(0)} MB in the upload, ` +
          `${peak.toFixed(0)} MB overall (pid ${options.pid})`,
      );
    }
    if (options.undo && (current.status === 'completed' || current.status === 'failed')) {
      const undoStarted = Date.now();
      await api.post(`${API_ROUTES.imports}/${uploaded.id}/undo`);
      sample();
      console.log(
        `  undo                 ${((Date.now() - undoStarted) / 1000).toFixed(1)} s  (peak RSS ${peak.toFixed(0)} MB)`,
      );
    }
  } finally {
    clearInterval(sampler);
  }
}
