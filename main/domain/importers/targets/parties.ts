import type { Values } from '../convert';
import { rowCompany, type PlanContext } from './common';

export interface Parties {
  companyId: number | null;
  projectId: number | null;
  companyName: string | null;
}

/**
 * The company and project a meeting or an issue is about. The company is found or created; the
 * project is only looked up (a meeting does not start a project). Returns an error message when
 * neither can be determined.
 */
export function parties(ctx: PlanContext, values: Values): Parties | string {
  const companyName = (values.companyName as string | undefined) ?? null;
  const code = (values.companyCreditCode as string | undefined) ?? null;
  const projectName = (values.projectName as string | undefined) ?? null;
  const known = ctx.resolver.findCompany(companyName, code);
  let projectId = projectName ? (ctx.resolver.project(known?.id ?? null, projectName) ?? null) : null;
  if (!companyName && !known && projectId === null) {
    return projectName ? `未找到项目“${projectName}”，请填写企业名称` : '请填写企业名称或项目名称';
  }
  const company = rowCompany(ctx, values);
  if (projectName && projectId === null && company)
    projectId = ctx.resolver.project(company.id, projectName) ?? null;
  if (projectId === null && companyName === null && !company) return '请填写企业名称或项目名称';
  // A project given without its company: the meeting belongs to the project's company.
  const companyId = company?.id ?? (projectId !== null ? ctx.resolver.projectCompany(projectId) : null);
  return { companyId, projectId, companyName: company?.name ?? null };
}
