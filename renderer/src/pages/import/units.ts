import type { AmountUnit } from '@contract/importers/schema';

export const UNIT_LABELS: Record<AmountUnit, string> = { yuan: '元', wan: '万元', yi: '亿元' };
