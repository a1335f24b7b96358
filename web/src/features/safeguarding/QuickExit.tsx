import { useEffect } from 'react';

/**
 * The GOV.UK "exit this page" pattern for a person at risk: a "Leave this page" button that stays at the top of the
 * screen however far they scroll, and the Esc key anywhere on the page, both call `onExit` at once.
 */
export function QuickExit({ onExit }: { onExit: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' && event.key !== 'Esc') return;
      event.preventDefault();
      onExit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit]);
  return (
    <button type="button" className="pf-exit-button" onClick={onExit} aria-keyshortcuts="Escape">
      Leave this page
    </button>
  );
}
