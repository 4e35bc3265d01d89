import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { closeAll, devices, type Device } from '../../unit/sync/devices';
import { startOffice, type Office } from './office';

/** A server and `laptops` laptops for the tests of a describe block: fresh for each test, or shared. */
export function withOffice(
  laptops: number,
  fresh: 'each' | 'all' = 'each',
): { office: Office; all: Device[] } {
  const setup = {} as { office: Office; all: Device[] };
  (fresh === 'each' ? beforeEach : beforeAll)(async () => {
    setup.office = await startOffice();
    setup.all = devices(laptops);
  });
  (fresh === 'each' ? afterEach : afterAll)(async () => {
    closeAll(setup.all);
    await setup.office.close();
  });
  return setup;
}
