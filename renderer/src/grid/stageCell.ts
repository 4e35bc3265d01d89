import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { STAGE_LABELS, type ProjectStage } from '@contract/projects/pipelineStages';
import { STAGE_COLORS } from '../format/stages';

/**
 * The stage as a coloured tag in a grid cell, drawn as one plain element. A React tag per cell
 * (antd's Tag, with its style hooks) made every scroll of a 100,000-row grid draw dozens of
 * components at once; this looks the same (.stage-chip in styles.css) at a fraction of the cost.
 */
export class StageCell implements ICellRendererComp {
  private readonly chip = document.createElement('span');

  init(params: ICellRendererParams): void {
    this.chip.className = 'stage-chip';
    this.refresh(params);
  }

  getGui(): HTMLElement {
    return this.chip;
  }

  refresh(params: ICellRendererParams): boolean {
    const stage = params.value as ProjectStage | null | undefined;
    this.chip.hidden = !stage;
    this.chip.textContent = stage ? STAGE_LABELS[stage] : '';
    this.chip.style.setProperty('--stage', stage ? STAGE_COLORS[stage] : 'transparent');
    return true;
  }
}
