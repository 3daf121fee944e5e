/**
 * Sends a File menu action to the app's window: the one message main sends unasked. Only
 * a known action id, only on MENU_ACTION_CHANNEL, and only to a page of the app itself —
 * never to whatever a window happens to show. Type-only `electron` import: tested directly.
 */
import type { WebContents } from 'electron';
import { MENU_ACTION_CHANNEL, isMenuAction } from '../../shared/bridge';
import { isTrustedSender, type SenderPolicy } from './sender';

export type MenuActionTarget = Pick<WebContents, 'send' | 'getURL' | 'isDestroyed'>;

/** Returns whether the action was sent. */
export function sendMenuAction(
  target: MenuActionTarget | undefined,
  action: unknown,
  policy: SenderPolicy = {},
): boolean {
  if (!isMenuAction(action)) return false;
  if (!target || target.isDestroyed() || !isTrustedSender(target.getURL(), policy)) return false;
  target.send(MENU_ACTION_CHANNEL, action);
  return true;
}
