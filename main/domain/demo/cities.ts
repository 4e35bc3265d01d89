// The cities demo companies come from, with their telephone area codes (长途区号): a company's
// landline carries its own city's code (杭州 0571, 深圳 0755), a local company the zone's own
// (襄阳 0710). Weighted the way a central-China zone's leads cluster: the coastal belts first.

/** [city adcode (a municipality plays its own city), area code, weight]. */
// prettier-ignore
export const CITIES: readonly (readonly [number, string, number])[] = [
  // 长三角
  [310000, '021', 10], [330100, '0571', 6], [330200, '0574', 4], [330300, '0577', 2], [330400, '0573', 2],
  [330500, '0572', 1], [330600, '0575', 2], [330700, '0579', 1], [331000, '0576', 1], [320100, '025', 4],
  [320200, '0510', 3], [320300, '0516', 1], [320400, '0519', 2], [320500, '0512', 5], [320600, '0513', 1],
  [320700, '0518', 0.5], [321000, '0514', 1], [340100, '0551', 2],
  // 珠三角、海西
  [440100, '020', 4], [440300, '0755', 6], [440400, '0756', 1], [440600, '0757', 2], [441300, '0752', 1],
  [441900, '0769', 2], [442000, '0760', 1], [350100, '0591', 1], [350200, '0592', 1.5], [350500, '0595', 0.5],
  [350900, '0593', 0.3],
  // 京津冀、山东
  [110000, '010', 8], [120000, '022', 1], [130100, '0311', 0.5], [130600, '0312', 0.5], [370100, '0531', 1],
  [370200, '0532', 1.5], [370600, '0535', 0.5],
  // 湖北 (襄阳 is the zone's own city) and the rest of central China
  [420600, '0710', 3], [420100, '027', 4], [420500, '0717', 1], [420300, '0719', 1], [430100, '0731', 2],
  [410100, '0371', 2], [360100, '0791', 1], [140100, '0351', 0.2],
  // west and north-east
  [510100, '028', 2], [500000, '023', 1], [610100, '029', 1], [530100, '0871', 0.3], [450100, '0771', 0.3],
  [520100, '0851', 0.2], [150100, '0471', 0.3], [210100, '024', 0.5], [210200, '0411', 0.5],
  [220100, '0431', 0.2], [230100, '0451', 0.2],
];

export const CITY_WEIGHTS = CITIES.map(([code, , weight]) => [code, weight] as const);

const AREA_CODES = new Map(CITIES.map(([code, area]) => [code, area]));

/** The area code of a city in the table (every demo company's city is in it). */
export function areaCodeOf(cityCode: number): string {
  const area = AREA_CODES.get(cityCode);
  if (area === undefined) throw new Error(`no area code for city ${cityCode}`);
  return area;
}
