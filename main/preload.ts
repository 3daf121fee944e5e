/**
 * The preload: exposes exactly one object, `window.handshake`, with one named method per
 * bridge action (ARCHITECTURE.md). No generic invoke/send/on and no raw ipcRenderer events
 * reach the page: the one event, a File menu action, arrives through a typed subscribe
 * method that passes on nothing but a known action id. Sandboxed, so it may only import `electron` and the bridge contract;
 * electron-vite bundles it into one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_CHANNELS,
  MENU_ACTION_CHANNEL,
  isMenuAction,
  type HandshakeBridge,
} from '../shared/bridge';

const bridge = {
  saveFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, request),
  notify: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.notify, request),
  setBadgeCount: (count) => ipcRenderer.invoke(BRIDGE_CHANNELS.setBadgeCount, count),
  appInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appInfo),
  printToPdf: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.printToPdf, request),
  saveAutoBackup: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveAutoBackup, request),
  listBackups: () => ipcRenderer.invoke(BRIDGE_CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(BRIDGE_CHANNELS.readBackup, name),
  openBackupFile: () => ipcRenderer.invoke(BRIDGE_CHANNELS.openBackupFile),
  // The one event: only a known action id reaches the page, never the IPC event itself.
  onMenuAction: (listener) => {
    const relay = (_event: IpcRendererEvent, action: unknown) => {
      if (isMenuAction(action)) listener(action);
    };
    ipcRenderer.on(MENU_ACTION_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_ACTION_CHANNEL, relay);
    };
  },
} satisfies HandshakeBridge;

contextBridge.exposeInMainWorld('handshake', bridge);
