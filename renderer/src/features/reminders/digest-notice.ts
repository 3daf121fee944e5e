import { create } from 'zustand';

/**
 * The weekly digest in the browser, where a desktop notification would be out of place
 * (the tab is open and in front of the owner): shown in the app until dismissed.
 */
interface DigestNoticeState {
  text: string | null;
  show: (text: string) => void;
  dismiss: () => void;
}

export const useDigestNotice = create<DigestNoticeState>((set) => ({
  text: null,
  show: (text) => set({ text }),
  dismiss: () => set({ text: null }),
}));
