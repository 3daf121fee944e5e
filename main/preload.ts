/**
 * The preload: exposes exactly one object, `window.handshake`, with one named method per
 * bridge action (ENGINEERING.md §1). No generic invoke/send/on and no ipcRenderer events
 * reach the page. Sandboxed, so it may only import `electron` and the bridge contract;
 * electron-vite bundles it into one CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS, type HandshakeBridge } from '../shared/bridge';

const bridge = {
  saveFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, request),
  notify: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.notify, request),
  setBadgeCount: (count) => ipcRenderer.invoke(BRIDGE_CHANNELS.setBadgeCount, count),
  appInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appInfo),
  printToPdf: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.printToPdf, request),
} satisfies HandshakeBridge;

contextBridge.exposeInMainWorld('handshake', bridge);
