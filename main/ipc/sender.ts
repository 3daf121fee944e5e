/**
 * Who may call the bridge (SECURITY.md): only the app's own top-level page. The
 * navigation guards should make anything else impossible; this check holds even if one
 * of them is bypassed, because every handler runs it before touching its arguments.
 * Type-only `electron` import: the tests run this module directly.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isAppUrl, isDevServerUrl } from '../security/app-url';

export interface SenderPolicy {
  /** Vite's dev server origin; only passed when the app is not packaged. */
  devServerUrl?: string | undefined;
}

/** Parses and compares origins; never a substring check. */
export function isTrustedSender(frameUrl: string | undefined, policy: SenderPolicy = {}): boolean {
  return isAppUrl(frameUrl) || isDevServerUrl(frameUrl, policy.devServerUrl);
}

/** What the check needs from `event.senderFrame`. */
interface SenderFrame {
  url: string;
  parent: unknown;
}

export function assertTrustedSender(
  frame: SenderFrame | null | undefined,
  policy: SenderPolicy = {},
): void {
  // Sub-frames are refused too: the app has none, so one calling the bridge is hostile.
  if (!frame || frame.parent !== null || !isTrustedSender(frame.url, policy)) {
    throw new Error('This request did not come from Handshake and was refused.');
  }
}

export type TrustedHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** `ipcMain.handle` that validates the sender before the handler sees anything. */
export function handleTrusted(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: string,
  policy: SenderPolicy,
  handler: TrustedHandler,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    assertTrustedSender(event.senderFrame, policy);
    return handler(event, ...args);
  });
}
