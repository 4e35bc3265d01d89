import { CATEGORY_LABELS, OWNER_LABELS } from '@contract/attachments/schema';
import { INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import { LEADER_LEVEL_LABELS, STAFF_ROLE_LABELS, TEAM_KIND_LABELS } from '@contract/people/schema';
import { KEY_LEVEL_LABELS } from '@contract/projects/schema';
import { STAGE_LABELS } from '@contract/projects/pipelineStages';
import { ISSUE_CATEGORY_LABELS, ISSUE_STATUS_LABELS } from '@contract/serviceIssues/schema';
import { INDICATORS } from '@contract/targets/indicators';
import { EVENT_KIND_LABELS, TRIP_STATUS_LABELS, VISIT_STATUS_LABELS } from '@contract/trips/schema';

const INDICATOR_LABELS = Object.fromEntries(Object.entries(INDICATORS).map(([code, i]) => [code, i.name]));

/**
 * Coded values as the pages show them, per record kind and field: the history says
 * "方式：外出走访", never "方式：visit_out". Field names repeat across kinds (kind, status), so the
 * record kind comes first.
 */
const BY_ENTITY: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  project: { stage: STAGE_LABELS, keyLevel: KEY_LEVEL_LABELS },
  interaction: { kind: INTERACTION_KIND_LABELS },
  trip: { status: TRIP_STATUS_LABELS },
  stopVisit: { status: VISIT_STATUS_LABELS },
  stopEvent: { kind: EVENT_KIND_LABELS },
  serviceIssue: { category: ISSUE_CATEGORY_LABELS, status: ISSUE_STATUS_LABELS },
  staff: { role: STAFF_ROLE_LABELS, leaderLevel: LEADER_LEVEL_LABELS },
  team: { kind: TEAM_KIND_LABELS },
  target: { indicator: INDICATOR_LABELS },
  attachment: { category: CATEGORY_LABELS, ownerKind: OWNER_LABELS },
};

/** The label of a coded value, or undefined when the field is not coded. */
export function codedValueLabel(entity: string, field: string, value: string): string | undefined {
  const labels = BY_ENTITY[entity]?.[field];
  return labels && Object.hasOwn(labels, value) ? labels[value] : undefined;
}
