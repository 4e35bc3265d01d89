// Pure: what an import says it is doing, shared by the job thread and the wizard's progress step.

/** The import's last step, counted in steps, not rows: the indexes set aside for it built again. */
export const INDEX_PHASE = '正在整理索引';

/** 撤销导入's own step, after its backup's two. */
export const UNDO_PHASE = '正在撤销导入';
