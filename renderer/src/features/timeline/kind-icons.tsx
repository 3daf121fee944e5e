/**
 * A small line icon for each kind of interaction, drawn like ui/icons.tsx (bundled, never
 * fetched). Decorative: the kind's name is always written beside it.
 */
import type { ReactNode } from 'react';
import type { InteractionKind } from '../../../../shared/records';
import { Icon } from '../../ui/icons';

const PATHS: Record<InteractionKind, ReactNode> = {
  // The app's own mark (ui/icons.tsx HandshakeMark), redrawn on this 24-unit grid.
  handshake: (
    <path d="M3.2 13.7l4.4-4.35 2.95 1.45 2.9-2.95 3.4 1.45 3.9 3.95-4.9 4.9-2.45-1.95-1.95 1.45-2.5-1.95-1.95 1.45z" />
  ),
  call: (
    <path d="M5.5 3.5h3l1.5 4-2 1.5a11 11 0 0 0 7 7l1.5-2 4 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 3.5 5.5a2 2 0 0 1 2-2z" />
  ),
  video: (
    <>
      <rect x="2.5" y="6" width="13" height="12" rx="2.5" />
      <path d="M15.5 10.5l6-3.5v10l-6-3.5" />
    </>
  ),
  email: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2.5" />
      <path d="M3.5 7l8.5 6.5L20.5 7" />
    </>
  ),
  event: (
    <>
      <rect x="3" y="4.5" width="18" height="16" rx="2.5" />
      <path d="M3 9.5h18M8 2.5v4M16 2.5v4" />
      <path d="M12 12l1.2 2.3 2.5.4-1.8 1.8.4 2.5-2.3-1.2-2.3 1.2.4-2.5-1.8-1.8 2.5-.4z" />
    </>
  ),
  note: (
    <>
      <path d="M6 3h8.5L19 7.5V21H6z" />
      <path d="M14 3v5h5M9 12.5h7M9 16.5h5" />
    </>
  ),
  'thank-you': (
    <path d="M12 20s-8-4.8-8-10.3A4.3 4.3 0 0 1 12 7.4a4.3 4.3 0 0 1 8 2.3C20 15.2 12 20 12 20z" />
  ),
  gift: (
    <>
      <rect x="3" y="8" width="18" height="4" rx="1" />
      <path d="M4.5 12v8.5h15V12M12 8v12.5" />
      <path d="M12 8C10.5 4.5 7 4.3 7 6.3 7 8 12 8 12 8zM12 8c1.5-3.5 5-3.7 5-1.7C17 8 12 8 12 8z" />
    </>
  ),
};

export function KindIcon({ kind }: { kind: InteractionKind }) {
  return <Icon size={18}>{PATHS[kind]}</Icon>;
}
