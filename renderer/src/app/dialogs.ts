import { create } from 'zustand';
import type { InteractionKind } from '../../../shared/records';

/**
 * Which app-wide dialog is open. Buttons, keyboard shortcuts and the command palette all
 * open dialogs through this store, so each dialog is built once and opened from anywhere.
 */
export type DialogRequest =
  | { kind: 'add-person'; partnerId?: string; name?: string }
  | { kind: 'add-partner'; name?: string }
  | { kind: 'add-reminder'; personId?: string; partnerId?: string }
  | { kind: 'export-partners' }
  | { kind: 'export-people' }
  | { kind: 'import-contacts' }
  | {
      kind: 'log-handshake';
      /** Prefilled: the person's or partner's page it was opened from. */
      personIds?: readonly string[];
      partnerIds?: readonly string[];
      interactionKind?: InteractionKind;
    }
  | {
      kind: 'record-referral';
      direction?: 'received' | 'given';
      referrerPersonId?: string;
      referrerPartnerId?: string;
      introducedPersonId?: string;
      partnerId?: string;
    };

interface DialogState {
  current: DialogRequest | null;
  open: (request: DialogRequest) => void;
  close: () => void;
}

export const useDialogs = create<DialogState>((set) => ({
  current: null,
  open: (request) => set({ current: request }),
  close: () => set({ current: null }),
}));

export const openDialog = (request: DialogRequest) => useDialogs.getState().open(request);
