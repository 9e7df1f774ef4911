// API latency under loopback load (autocannon): the run list and one run's detail, against a store
// seeded with the demo runner (10 weeks, 30 generated runs), served by startServer on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, startServer } from '@upright/server';

const DURATION_S = Number(process.env.BENCH_API_SECONDS ?? 8);

interface Latency {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function load(url: string): Promise<Latency> {
  const result = await autocannon({ url, connections: 10, duration: DURATION_S });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export async function run(): Promise<Record<string, Latency | number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'upright-bench-api-'));
  const loaded = loadConfig({}, { dataDir, port: 0, demo: true, logLevel: 'silent', webDist: null });
  if (!loaded.ok) throw new Error(loaded.message);
  const server = await startServer(loaded.config);
  try {
    const list = (await (await fetch(`${server.url}api/activities?limit=50`)).json()) as {
      items: { id: string; distanceM: number }[];
      total: number;
    };
    const longest = [...list.items].sort((a, b) => b.distanceM - a.distanceM)[0];
    if (longest === undefined) throw new Error('no runs seeded');
    return {
      runsStored: list.total,
      runList: await load(`${server.url}api/activities?limit=50`),
      runDetailThinned: await load(`${server.url}api/activities/${longest.id}?maxPoints=2000`),
      runDetailFull: await load(`${server.url}api/activities/${longest.id}`),
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
