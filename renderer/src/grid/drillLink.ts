import { drillInput, figureArea, type DrillArea, type DrillInput } from '@contract/indicators/drillSchema';

/**
 * A link from a figure (dashboard card, chart segment, 目标任务 row) to the list of its records:
 * `#/<list>?dd=<label>&d.fig=<figure>&d.from=…&d.to=…&d.asOf=…[&d.team=…][&d.key=<json>][&d.dim=…]`.
 * The list hands the figure, period and team to the domain, which picks the records with the
 * same definition the figure was counted by; nothing about the definition travels in the link.
 */
export function drillUrl(label: string, d: DrillInput): string {
  const p = new URLSearchParams({
    dd: label,
    'd.fig': d.figure,
    'd.from': String(d.from),
    'd.to': String(d.to),
  });
  if (d.asOf) p.set('d.asOf', String(d.asOf));
  if (d.teamId !== undefined && d.teamId !== null) p.set('d.team', String(d.teamId));
  if (d.key !== undefined) p.set('d.key', JSON.stringify(d.key));
  if (d.dimension) p.set('d.dim', d.dimension);
  return `#/${figureArea(d.figure)}?${p.toString()}`;
}

export interface DrillLink {
  label: string;
  drill: DrillInput;
  area: DrillArea;
}

function jsonOrUndefined(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return Symbol('invalid');
  }
}

/** The drill-down a list was opened with; null for a plain link or one that does not parse. */
export function parseDrillLink(params: URLSearchParams): DrillLink | null {
  const figure = params.get('d.fig');
  if (!figure) return null;
  const raw: Record<string, unknown> = {
    figure,
    from: params.get('d.from') ?? '',
    to: params.get('d.to') ?? '',
  };
  const asOf = params.get('d.asOf');
  if (asOf) raw.asOf = asOf;
  const team = params.get('d.team');
  if (team) raw.teamId = Number(team);
  const key = jsonOrUndefined(params.get('d.key'));
  if (key !== undefined) raw.key = key;
  const dim = params.get('d.dim');
  if (dim) raw.dimension = dim;
  const parsed = drillInput.safeParse(raw);
  if (!parsed.success) return null;
  return { label: params.get('dd') || '明细', drill: parsed.data, area: figureArea(parsed.data.figure) };
}
