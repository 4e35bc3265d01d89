import { afterAll } from 'vitest';
import { setClock } from '@contract/shared/clock';

// `LEADATLAS_FAKE_NOW=2026-12-04T23:30:00+08:00 npx vitest run` runs the unit suite with the
// domain clock moved there (time flows on from that instant), as the e2e fixture does.
const fake = process.env.LEADATLAS_FAKE_NOW;
if (fake) {
  setClock(fake);
  afterAll(() => setClock(null));
}
