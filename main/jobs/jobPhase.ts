/** A step of a job as people read it, with how far it is where that is counted (total 0: not counted). */
export interface JobPhase {
  label: string;
  done: number;
  total: number;
}
