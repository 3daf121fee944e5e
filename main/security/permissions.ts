/**
 * Permissions (SECURITY.md): the renderer gets none. Camera, microphone,
 * geolocation, notifications, clipboard reads, MIDI, HID, USB, serial… none of them is
 * needed: reminders are shown by main through the bridge, not by the web Notification
 * permission.
 *
 * If a permission is ever needed, add it to this table with the reason, and only for the
 * app's own origin. It is deliberately empty.
 *
 * | permission | why the app needs it | since |
 * |------------|----------------------|-------|
 * | (none)     |                      |       |
 */
import type { Session } from 'electron';

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function installPermissionGuards(session: PermissionSession): void {
  // Requests (e.g. getUserMedia, Notification.requestPermission) are answered "no".
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  // Synchronous checks (e.g. navigator.permissions.query) report "denied".
  session.setPermissionCheckHandler(() => false);
  // WebHID / WebUSB / Web Serial device access.
  session.setDevicePermissionHandler(() => false);
}
