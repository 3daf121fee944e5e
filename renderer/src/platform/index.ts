/**
 * The one way features reach the computer: files, notifications, the dock badge. In the
 * desktop app this is the preload's `window.handshake`; in a plain browser, browser APIs.
 * Features only ever call `platform()`.
 */
import type { HandshakeBridge } from '../../../shared/bridge';
import { toast } from '../ui/toasts';
import { createBrowserBridge } from './browser';

declare global {
  interface Window {
    handshake?: HandshakeBridge;
  }
}

let bridge: HandshakeBridge | undefined;

export function platform(): HandshakeBridge {
  bridge ??=
    window.handshake ??
    createBrowserBridge({
      version: __APP_VERSION__,
      showNotice: (title, body) => toast(`${title} — ${body}`, { duration: 10_000 }),
    });
  return bridge;
}

export type { HandshakeBridge } from '../../../shared/bridge';
