import { z } from 'zod';
import type { ProjectStage } from './pipelineStages';
import { id } from '../shared/fields';

/**
 * 撞单: projects of two different teams (小分队) working on one company — the same company row
 * (one 统一社会信用代码 is one row), or companies whose names meet once the way they are written
 * is set aside (as 疑似重复 finds them). Both teams and the office see it, so the office decides who follows up.
 * Projects 终止 and projects without a team do not count.
 */
export interface CollisionProject {
  id: number;
  name: string;
  stage: ProjectStage;
  teamId: number;
  teamName: string;
  ownerName: string | null;
  companyId: number;
  companyName: string;
  updatedAt: string;
}

export interface Collision {
  /** How the projects were found to share a firm: one company row, or companies whose names meet. */
  via: 'company' | 'name';
  /** The company as the first project names it. */
  companyName: string;
  /** At least two teams; the most recently updated first. */
  projects: CollisionProject[];
}

export interface CollisionList {
  collisions: Collision[];
  /** All collisions found (the list shows the first COLLISION_LIST_LIMIT). */
  total: number;
}

export const COLLISION_LIST_LIMIT = 300;

/** Without a project: the whole list; with one: the collision it is part of, if any. */
export const collisionQuery = z.strictObject({ projectId: id('项目编号').optional() });
