import type { ReactNode } from 'react';

/** The few line icons the app frame needs, drawn inline (no icon font or library); decorative, so hidden from assistive technology. */
type Props = { size?: number };

const svg = (size: number, children: ReactNode) => (
  <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

export function SearchIcon({ size = 20 }: Props) {
  return svg(size, <><circle cx="11" cy="11" r="7" /><path d="m20 20-3.5-3.5" /></>);
}

export function UserIcon({ size = 20 }: Props) {
  return svg(size, <><circle cx="12" cy="8" r="4" /><path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" /></>);
}
