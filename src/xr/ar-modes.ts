/** The ways this app can show a product in AR, best first (the order model-viewer uses). */
export type ArMode = 'webxr' | 'quick-look' | 'scene-viewer';

/** What the device honestly reported. */
export interface ArCapabilities {
  /** `navigator.xr.isSessionSupported('immersive-ar')` resolved true (real, or the IWER emulator). */
  webxrAr: boolean;
  /** `document.createElement('a').relList.supports('ar')`: iOS/iPadOS Safari with AR Quick Look. */
  quickLook: boolean;
  /** An Android phone or tablet (Scene Viewer ships with Google Play Services for AR). */
  android: boolean;
  /** Whether WebGL works: the WebXR mode draws with it, Quick Look needs it to export the model. */
  webgl: boolean;
}

/**
 * The AR modes this device can use, in the order to offer them: WebXR `immersive-ar` first (placement, the 3D
 * price tag and the cart in one session), then iOS AR Quick Look, then Android Scene Viewer. Quick Look and
 * Scene Viewer are only fallbacks: an Android phone with WebXR is not offered Scene Viewer as well, and
 * Quick Look is offered only where Safari says it supports it. An empty list means no AR on this device.
 */
export function chooseArModes(caps: ArCapabilities): ArMode[] {
  const modes: ArMode[] = [];
  if (caps.webxrAr && caps.webgl) modes.push('webxr');
  // Quick Look converts the loaded model to USDZ in the page, which needs three.js (and so WebGL) to load it.
  if (caps.quickLook && caps.webgl) modes.push('quick-look');
  if (caps.android && !modes.includes('webxr')) modes.push('scene-viewer');
  return modes;
}

/** `?xr=emulate[&room=office_small]`: preview AR in a synthetic room on a desktop, or in tests. */
export interface EmulationRequest {
  room: EmulatedRoom;
}

export const emulatedRooms = [
  'office_small',
  'meeting_room',
  'living_room',
  'music_room',
  'office_large',
] as const;
export type EmulatedRoom = (typeof emulatedRooms)[number];

/** Reads the emulation switch from a query string; an unknown room falls back to the small office. */
export function emulationRequest(search: string): EmulationRequest | null {
  const params = new URLSearchParams(search);
  if (params.get('xr') !== 'emulate') return null;
  const room = params.get('room');
  return {
    room: (emulatedRooms as readonly string[]).includes(room ?? '') ? (room as EmulatedRoom) : 'office_small',
  };
}
