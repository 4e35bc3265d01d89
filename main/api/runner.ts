import { inProcessJobRunner, type JobRunner } from '../jobs/jobRunner';
import type { ApiContext } from './context';

/** Where a job runs: the app's worker thread, or this thread where none is built. */
export const runnerOf = (ctx: ApiContext): JobRunner => ctx.jobRunner ?? inProcessJobRunner;
