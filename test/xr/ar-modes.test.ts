import { describe, expect, it } from 'vitest';
import { chooseArModes, emulationRequest, type ArCapabilities } from '../../src/xr/ar-modes';

const device = (partial: Partial<ArCapabilities> = {}): ArCapabilities => ({
  webxrAr: false,
  quickLook: false,
  android: false,
  webgl: true,
  ...partial,
});

describe('chooseArModes', () => {
  it('offers WebXR alone on an ARCore Android phone (Scene Viewer would be a step down)', () => {
    expect(chooseArModes(device({ webxrAr: true, android: true }))).toEqual(['webxr']);
  });

  it('falls back to Scene Viewer on Android without WebXR', () => {
    expect(chooseArModes(device({ android: true }))).toEqual(['scene-viewer']);
  });

  it('offers Quick Look on iOS Safari, where WebXR AR does not exist', () => {
    expect(chooseArModes(device({ quickLook: true }))).toEqual(['quick-look']);
  });

  it('orders WebXR before Quick Look where a browser has both', () => {
    expect(chooseArModes(device({ webxrAr: true, quickLook: true }))).toEqual(['webxr', 'quick-look']);
  });

  it('offers nothing on a desktop without AR', () => {
    expect(chooseArModes(device())).toEqual([]);
  });

  it('drops the modes that draw with WebGL when WebGL is unavailable, keeping Scene Viewer', () => {
    expect(chooseArModes(device({ webxrAr: true, quickLook: true, webgl: false }))).toEqual([]);
    expect(chooseArModes(device({ android: true, webgl: false }))).toEqual(['scene-viewer']);
  });
});

describe('emulationRequest', () => {
  it('is off unless the URL says xr=emulate', () => {
    expect(emulationRequest('')).toBeNull();
    expect(emulationRequest('?xr=1')).toBeNull();
  });

  it('reads the room and falls back to the small office for an unknown one', () => {
    expect(emulationRequest('?xr=emulate&room=living_room')).toEqual({ room: 'living_room' });
    expect(emulationRequest('?xr=emulate')).toEqual({ room: 'office_small' });
    expect(emulationRequest('?xr=emulate&room=../../etc')).toEqual({ room: 'office_small' });
  });
});
