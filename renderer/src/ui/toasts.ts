import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  /** An action the toast offers, such as Undo. */
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds before it disappears on its own. */
  duration: number;
}

interface ToastState {
  toasts: Toast[];
  show: (
    toast: Omit<Toast, 'id' | 'duration' | 'tone'> & Partial<Pick<Toast, 'tone' | 'duration'>>,
  ) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show: ({ tone = 'info', duration = tone === 'error' ? 8000 : 4000, ...toast }) => {
    const id = nextId++;
    // Keep the three most recent: a pile of toasts helps nobody.
    set((state) => ({ toasts: [...state.toasts, { id, tone, duration, ...toast }].slice(-3) }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

/** Shows a toast from anywhere (commands, error handlers), outside React. */
export const toast = (
  message: string,
  options: Partial<Pick<Toast, 'tone' | 'duration' | 'action'>> = {},
) => useToasts.getState().show({ message, ...options });
