// The trip dossier (出访手册) of a 30-company trip rendered to PDF through 'print.pdf', as the
// 导出 PDF button does: the browser harness on the benchmark's database, Debian's Chromium
// printing the renderer's own print route. Target: under 3 s once the browser is running.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiContext } from '../main/api/context';
import type { PdfResult } from '@contract/channels/print';
import { CHROMIUM_PATH } from '../tests/harness/chromium';
import { startHarness } from '../tests/harness/server';
import { call } from './context';
import { timeAsync, type Plan } from './measure';
import { row, summarise, type BenchRow } from './stats';

const NAME = 'trip dossier PDF, 30 companies';
const LIMIT = { p50Ms: 3000 };
export const DOSSIER_COMPANIES = 30;

/** 宁海 → 余姚 → 杭州 → 嘉兴 → 上海, six companies at each, as in the seeds' May 2021 trip. */
const STOPS = [
  { adcode: 330226, placeName: '宁海县', arriveOn: '2021-05-19', departOn: '2021-05-19' },
  { adcode: 330281, placeName: '余姚市', arriveOn: '2021-05-20', departOn: '2021-05-20' },
  { adcode: 330100, placeName: '杭州市', arriveOn: '2021-05-21', departOn: '2021-05-23' },
  { adcode: 330400, placeName: '嘉兴市', arriveOn: '2021-05-24', departOn: '2021-05-24' },
  { adcode: 310000, placeName: '上海市', arriveOn: '2021-05-25', departOn: '2021-05-26' },
];

/** Adds the trip to the benchmark's database; returns its id. */
export async function makeDossierTrip(ctx: ApiContext, companies = DOSSIER_COMPANIES): Promise<number> {
  const page = (await call(ctx, 'companies.list', {
    limit: companies,
    sort: [{ col: 'id', dir: 'asc' }],
  })) as {
    rows: { id: number }[];
  };
  if (page.rows.length < companies) throw new Error(`the database has only ${page.rows.length} companies`);
  const trip = (await call(ctx, 'trips.create', {
    title: '长三角招商考察（出访手册基准）',
    startsOn: '2021-05-19',
    endsOn: '2021-05-26',
    homeAdcode: 420625,
    purpose: '走访长三角重点企业，推介开发区投资环境',
  })) as { id: number };
  const perStop = Math.ceil(companies / STOPS.length);
  for (const [i, stop] of STOPS.entries()) {
    const added = (await call(ctx, 'trips.addStop', { tripId: trip.id, ...stop })) as { id: number };
    for (const c of page.rows.slice(i * perStop, (i + 1) * perStop)) {
      await call(ctx, 'trips.addVisit', { stopId: added.id, companyId: c.id, plannedOn: stop.arriveOn });
    }
  }
  return trip.id;
}

const pdfPages = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

/**
 * Times 'print.pdf' on the dossier route: the first print (browser start and first page load)
 * is reported in the note, the timed runs are the ones a person waits for after that.
 */
export async function benchDossier(ctx: ApiContext, plan: Plan): Promise<BenchRow[]> {
  const rendererDir = resolve(
    process.env.LEADATLAS_RENDERER_DIR ?? join(process.env.LEADATLAS_OUT ?? 'out', 'renderer'),
  );
  if (!existsSync(join(rendererDir, 'index.html'))) {
    return [
      row(
        'dossier',
        NAME,
        null,
        null,
        LIMIT,
        `not measured: no built renderer in ${rendererDir} (npx electron-vite build)`,
      ),
    ];
  }
  if (!existsSync(CHROMIUM_PATH)) {
    return [row('dossier', NAME, null, null, LIMIT, `not measured: Chromium not found at ${CHROMIUM_PATH}`)];
  }
  const tripId = await makeDossierTrip(ctx);
  const harness = await startHarness({ dbPath: ctx.databasePath, rendererDir });
  try {
    const print = async (): Promise<Buffer> => {
      const res = await fetch(`${harness.url}__api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'print.pdf', input: { route: `/print/trip/${tripId}` } }),
      });
      const body = (await res.json()) as
        { ok: true; value: PdfResult } | { ok: false; error: { message: string } };
      if (!body.ok) throw new Error(`print.pdf: ${body.error.message}`);
      return Buffer.from(body.value.base64 ?? '', 'base64');
    };
    const t = performance.now();
    const first = await print();
    const cold = performance.now() - t;
    const summary = await timeAsync(plan, () => print());
    const note = `${pdfPages(first)} pages, ${Math.round(first.length / 1024)} KB; first print incl. browser start ${Math.round(cold)} ms`;
    return [
      row('dossier', NAME, summary, null, LIMIT, note),
      await firstPrintAfterStart(ctx.databasePath, rendererDir, tripId),
    ];
  } finally {
    await harness.close();
  }
}

/** How long after the first page shows a person first presses 导出PDF, at the earliest. */
const FIRST_PRINT_AFTER_MS = 10_000;

/**
 * The first dossier of a session, as the app runs it: the print page is loaded while the app is
 * idle after its first page shows (warmPrinter), and the print is asked for some seconds later.
 * One sample per run: a session has one first print.
 */
async function firstPrintAfterStart(dbPath: string, rendererDir: string, tripId: number): Promise<BenchRow> {
  const harness = await startHarness({ dbPath, rendererDir, warmPrinter: true });
  const events = new AbortController();
  try {
    // The app's first page opens the event stream: that starts the idle-time work.
    const stream = await fetch(`${harness.url}__api/events`, { signal: events.signal });
    void stream.body?.cancel().catch(() => undefined);
    await new Promise((done) => setTimeout(done, FIRST_PRINT_AFTER_MS));
    const t = performance.now();
    const res = await fetch(`${harness.url}__api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'print.pdf', input: { route: `/print/trip/${tripId}` } }),
    });
    const body = (await res.json()) as { ok: boolean; error?: { message: string } };
    if (!body.ok) throw new Error(`print.pdf: ${body.error?.message}`);
    const ms = performance.now() - t;
    return row(
      'dossier',
      `${NAME}: the first of a session`,
      summarise([ms]),
      null,
      LIMIT,
      `asked ${FIRST_PRINT_AFTER_MS / 1000} s after the first page showed; the print page is loaded while the app is idle`,
    );
  } finally {
    events.abort();
    await harness.close();
  }
}
