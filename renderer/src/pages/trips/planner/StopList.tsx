import { useState, type DragEvent } from 'react';
import type { TFunction } from 'i18next';
import type { StopView, VisitView } from '@contract/trips/schema';
import { moved } from './reorder';
import { StopCard, type StopActions } from './StopCard';

export interface ListActions extends Omit<
  StopActions,
  'move' | 'edit' | 'remove' | 'addVisit' | 'nearby' | 'addEvent'
> {
  reorder(stopIds: number[]): void;
  edit(stop: StopView): void;
  remove(stop: StopView): void;
  addVisit(stop: StopView): void;
  nearby(stop: StopView): void;
  addEvent(stop: StopView): void;
  markDone(v: VisitView): void;
}

/** The stops in travel order: up/down buttons, or drag a card onto another's place. */
export function StopList({ stops, t, actions }: { stops: StopView[]; t: TFunction; actions: ListActions }) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const ids = stops.map((s) => s.id);
  const drop = (e: DragEvent, to: number) => {
    e.preventDefault();
    if (dragging !== null && dragging !== to) actions.reorder(moved(ids, dragging, to));
    setDragging(null);
    setOver(null);
  };
  return (
    <div className="stop-list" data-testid="stop-list">
      {stops.map((stop, i) => (
        <div
          key={stop.id}
          draggable
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            setDragging(i);
          }}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(i);
          }}
          onDragEnd={() => {
            setDragging(null);
            setOver(null);
          }}
          onDrop={(e) => drop(e, i)}
          className={`stop-slot${over === i && dragging !== null && dragging !== i ? ' stop-slot-over' : ''}${dragging === i ? ' stop-slot-dragging' : ''}`}
        >
          <StopCard
            stop={stop}
            index={i}
            count={stops.length}
            t={t}
            actions={{
              ...actions,
              move: (delta) => actions.reorder(moved(ids, i, i + delta)),
              edit: () => actions.edit(stop),
              remove: () => actions.remove(stop),
              addVisit: () => actions.addVisit(stop),
              nearby: () => actions.nearby(stop),
              addEvent: () => actions.addEvent(stop),
            }}
          />
        </div>
      ))}
    </div>
  );
}
