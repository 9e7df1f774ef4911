// Bench: the web app's first-load JavaScript (gzip), against its budget.
import { buildWeb } from '../apps/web/scripts/build-web';
import { FIRST_LOAD_BUDGET_GZIP_BYTES, formatKiB, measureFirstLoad } from '../apps/web/scripts/bundle-size';

export async function run(): Promise<void> {
  const load = await measureFirstLoad(await buildWeb());
  console.log(
    `web first-load JS: ${formatKiB(load.gzipBytes)} gzip (${formatKiB(load.bytes)} raw, ${load.chunks.length} files; budget ${formatKiB(FIRST_LOAD_BUDGET_GZIP_BYTES)})`,
  );
}
