// Pure: a stop is a place; a visit planned there to a company based somewhere else is most likely
// a slip of the picker (two companies of one name, the wrong stop). Warn, never refuse: a
// company's branch may well sit in the stop's city while its headquarters are on file elsewhere.
import { cityOf, provinceOf } from '../shared/regions';

/** The stop's city (or province, for a stop that is a whole province) and the company's, when they differ. */
export function visitElsewhere(stopAdcode: number, companyAdcode: number | null): string | null {
  if (companyAdcode == null) return null;
  const stopCity = cityOf(stopAdcode);
  const [here, there] = stopCity
    ? [stopCity, cityOf(companyAdcode)]
    : [provinceOf(stopAdcode), provinceOf(companyAdcode)];
  if (!here || !there || here.adcode === there.adcode) return null;
  return `该企业总部在${there.name}，不在本站所在的${here.name}`;
}
