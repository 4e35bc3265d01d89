import { ComingSoon } from '../ComingSoon';

export function KanbanPage() {
  return <ComingSoon area="projects" />;
}
