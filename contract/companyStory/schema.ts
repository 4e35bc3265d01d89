import type { AttachmentCount } from '../attachments/schema';
import type { ContactRow } from '../contacts/schema';
import type { FollowUpItem } from '../followUps/schema';
import type { InteractionRow } from '../interactions/schema';
import type { ProjectRow } from '../projects/schema';
import type { ReceptionRow } from '../receptions/schema';
import type { ServiceIssueRow } from '../serviceIssues/schema';
import type { TripStatus, VisitStatus } from '../trips/schema';
import type { Company } from '../companies/schema';

/** One visit to a company on an outbound trip, as the company's page lists it. */
export interface CompanyTripVisit {
  visitId: number;
  tripId: number;
  title: string;
  tripStatus: TripStatus;
  startsOn: string;
  endsOn: string;
  leaderName: string | null;
  placeName: string;
  plannedOn: string | null;
  status: VisitStatus;
}

/** How many of each the company has; each is the total of the list it heads. */
export interface CompanyStoryCounts {
  /** = 项目数 in the companies grid = the projects list filtered to the company. */
  projects: number;
  /** = 联系人 in the companies grid = the contacts list filtered to the company. */
  contacts: number;
  /** 洽谈/走访 records of the company, however old. */
  interactions: number;
  /** Project follow-ups and meeting next steps not yet done, due or not. */
  followUps: number;
  /** 诉求 not yet closed (待办, 办理中). */
  openIssues: number;
  /** Trips with a visit (planned or done, not cancelled) to the company. */
  trips: number;
  /** Delegations received from the company. */
  receptions: number;
  /** 附件 on the company, its projects, meetings, 诉求 and contacts (= attachments.count). */
  attachments: AttachmentCount;
}

/** Everything the company's page shows, read in one call. */
export interface CompanyStory {
  company: Company;
  /** '浙江省 杭州市 滨江区'; '' when the headquarters is not on file. */
  hqRegion: string;
  /** 负责人 of its live projects, the one with most projects first. */
  owners: string[];
  counts: CompanyStoryCounts;
  /** Key contacts first. */
  contacts: ContactRow[];
  /** Furthest along first, then the biggest. */
  projects: ProjectRow[];
  /** The newest few, newest first. */
  interactions: InteractionRow[];
  /** Soonest due first. */
  followUps: FollowUpItem[];
  /** Due first. */
  openIssues: ServiceIssueRow[];
  /** Newest trip first. */
  tripVisits: CompanyTripVisit[];
  /** Newest first. */
  receptions: ReceptionRow[];
}

/** How many rows of each part the page carries; the counts are always whole. */
export const STORY_LIMITS = {
  contacts: 200,
  projects: 200,
  interactions: 6,
  issues: 50,
  receptions: 20,
} as const;
