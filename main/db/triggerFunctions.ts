import type Database from './driver';
import { registerSyncFunctions } from '../sync/syncFunctions';
import { registerFigureTracking } from './figureVersions';

/**
 * The functions the schema's triggers call: team sync's change capture (migration 12) and the
 * versions of the dashboard's kept figures (migration 15). Every connection that may write
 * registers them (applyPragmas, or a test's raw connection): without them no write to a table
 * they watch goes through, so no write can go unrecorded.
 */
export function registerTriggerFunctions(db: Database.Database): void {
  registerSyncFunctions(db);
  registerFigureTracking(db);
}
