// Pure: '接待考察企业63家、客商232人次', the seeds' phrasing, for banners and reports alike.

export interface ReceptionTotals {
  /** Delegations received. */
  receptions: number;
  /** Distinct companies; a delegation with no company on file counts as one of its own. */
  companies: number;
  /** Visitor-person-times (客商人次): headcounts summed. */
  visitors: number;
}

export function formatReceptionTotals(t: ReceptionTotals): string {
  return `接待考察企业${t.companies}家、客商${t.visitors}人次`;
}
