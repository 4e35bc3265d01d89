import { useMemo } from 'react';
import { KanbanPage } from './KanbanPage';
import { parseProjectsDrilldown } from './drilldown';
import { ProjectsPage } from './ProjectsPage';

/** #/projects (grid, optionally drilled down) and #/projects/kanban. */
export function ProjectsRoute({ params, subpath }: { params: URLSearchParams; subpath: string[] }) {
  const key = params.toString();
  const fixed = useMemo(() => parseProjectsDrilldown(new URLSearchParams(key)) ?? undefined, [key]);
  if (subpath[0] === 'kanban') return <KanbanPage />;
  return <ProjectsPage key={key} params={params} fixed={fixed} />;
}
