/** Records a sync list can open, by the history's name for them: the list that opens them. */
export const OPENS: Readonly<Record<string, string>> = {
  company: '/companies',
  project: '/projects',
  contact: '/contacts',
  serviceIssue: '/serviceIssues',
};
