/** Share done as a bar, with a tick where the calendar stands (时序进度); red when behind. */
export function Meter({ done, elapsed, behind }: { done: number; elapsed: number | null; behind: boolean }) {
  return (
    <div className={`meter${behind ? ' behind' : ''}`} aria-hidden>
      <span className="fill" style={{ width: `${Math.min(100, Math.max(0, done))}%` }} />
      {elapsed !== null && (
        <span className="tick" style={{ left: `calc(${Math.min(100, elapsed)}% - 1px)` }} />
      )}
    </div>
  );
}
