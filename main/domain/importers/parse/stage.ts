import { toHalfWidth } from '@contract/shared/companyName';
import {
  PROJECT_STAGES,
  STAGE_LABELS,
  stageIndex,
  type ProjectStage,
} from '@contract/projects/pipelineStages';

// Words offices use for each stage, furthest first (達产 beats 投产 beats 开工 …).
const WORDS: [ProjectStage, string[]][] = [
  ['dropped', ['终止', '放弃', '中止', '搁置', '流失', '退出', '取消', '不再推进']],
  ['full', ['达产', '满产', '全面投产', '全部投产']],
  ['producing', ['投产', '试生产', '试产', '投运', '运营']],
  ['started', ['开工', '在建', '建设中', '施工', '动工', '开建', '竣工']],
  ['registered', ['注册', '落户', '设立公司', '工商登记', '成立公司', '落地']],
  ['signed', ['签约', '签订', '签署', '已签']],
  ['negotiating', ['洽谈', '在谈', '谈判', '磋商', '商谈']],
  ['visit', ['考察', '踏勘', '来访', '实地']],
  ['contact', ['接洽', '对接', '接触', '沟通', '联系']],
  ['lead', ['线索', '储备', '意向', '谋划', '信息', '跟踪', '初步']],
];
// Right before a stage word: not reached (未签约); earlier in its clause: only planned (拟签约, 计划9月开工).
const NOT = /(未|尚未|未能|没有|暂未|还未|不)$/;
const UPCOMING = /(拟|计划|准备|待|即将|正在办理|办理|推进|争取|力争|筹备|申请|预计)/;

export interface StageReading {
  stage: ProjectStage;
  /** True when the text is just a stage name: nothing else worth keeping in the notes. */
  exact: boolean;
  /** True when the text names the stage as the app does (签约, 已签约, signed): no mapping to show. */
  named?: true;
}

/**
 * A stage from what the 项目进展 column says: a stage name (签约, 已签约, 在谈, 洽谈中 …) or a
 * sentence ("已签约，正在办理注册"). The furthest stage actually reached wins; words after 未 or
 * 拟 do not count as reached. Null when nothing is recognised.
 */
export function parseStage(text: string): StageReading | null {
  const s = toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
  if (!s) return null;
  if ((PROJECT_STAGES as readonly string[]).includes(s))
    return { stage: s as ProjectStage, exact: true, named: true };
  const bare = s.replace(/^(已经|已|正在|处于)/, '').replace(/(中|阶段|期|完成|完毕|了|项目)+$/, '');
  for (const stage of PROJECT_STAGES) {
    if (STAGE_LABELS[stage] === bare) return { stage, exact: true, named: true };
  }
  let best: ProjectStage | null = null;
  const better = (st: ProjectStage): boolean =>
    best === null || (best !== 'dropped' && (st === 'dropped' || stageIndex(st) > stageIndex(best)));
  for (const [stage, words] of WORDS) {
    for (const word of words) {
      for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
        const before = s.slice(Math.max(0, at - 4), at);
        if (NOT.test(before)) continue;
        // "计划9月开工": a plan anywhere earlier in the same clause.
        const clause =
          s
            .slice(0, at)
            .split(/[,;。、!?]/)
            .pop() ?? '';
        let reached = stage;
        if (UPCOMING.test(clause) && stage !== 'dropped')
          reached = PROJECT_STAGES[Math.max(0, stageIndex(stage) - 1)] as ProjectStage;
        if (better(reached)) best = reached;
      }
    }
  }
  if (best === null) return null;
  const exact = WORDS.some(([, words]) => words.includes(bare));
  return { stage: best, exact };
}
