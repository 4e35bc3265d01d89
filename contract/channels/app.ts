import { z } from 'zod';
import type { IntegrityStatus } from '../backups/schema';
import { command, query } from './define';

export const DEMO_SIZES = ['S', 'M', 'L'] as const;
export type DemoSize = (typeof DEMO_SIZES)[number];

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** Where the database file is, as the interface shows it (home folder as ~). */
  databaseLocation: string;
  /** True until the first company, project or contact exists: the app offers demo data. */
  empty: boolean;
  counts: Record<'companies' | 'contacts' | 'projects' | 'interactions' | 'trips', number>;
  user: string;
}

export interface DemoResult {
  size: DemoSize;
  counts: Record<string, number>;
  millis: number;
}

export const appChannels = {
  'app.info': query<AppInfo>()(z.strictObject({})),
  /** What the background integrity check has found (also pushed as the 'integrity' event). */
  'app.integrity': query<IntegrityStatus>()(z.strictObject({})),
  'demo.load': command<DemoResult>()(z.strictObject({ size: z.enum(DEMO_SIZES).default('S') })),
};
