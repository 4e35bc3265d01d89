// Pure: labels for the kind picker, list badges and report breakdowns.

export const INTERACTION_KINDS = [
  'call',
  'visit_out',
  'visit_in',
  'promotion',
  'signing',
  'breakfast',
  'tea',
  'salon',
  'meeting',
  'online',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  call: '电话',
  visit_out: '走访',
  visit_in: '来访考察',
  promotion: '推介会',
  signing: '签约仪式',
  breakfast: '早餐会',
  tea: '下午茶',
  salon: '夜沙龙',
  meeting: '会谈',
  online: '视频会议',
  other: '其他',
};
