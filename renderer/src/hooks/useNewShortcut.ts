import { useEffect, useRef } from 'react';

/** Ctrl+N opens the "new record" form of the page that is showing. */
export function useNewShortcut(onNew: () => void): void {
  const ref = useRef(onNew);
  useEffect(() => {
    ref.current = onNew;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        ref.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
