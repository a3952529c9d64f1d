import { describe, expect, it } from 'vitest';
import { quickLookFragment } from '../../src/xr/quick-look-banner';
import { sceneViewerIntent } from '../../src/xr/scene-viewer';

describe('sceneViewerIntent', () => {
  const intent = sceneViewerIntent({
    modelUrl: 'https://192.168.1.23:5173/models/aksu-apple.glb',
    title: '阿克苏冰糖心苹果 #1 & more;',
    link: 'https://192.168.1.23:5173/p/aksu-apple',
  });

  it('opens Scene Viewer in AR with the model, the title and a link back', () => {
    expect(intent.startsWith('intent://arvr.google.com/scene-viewer/1.0?')).toBe(true);
    const query = new URLSearchParams(intent.slice(intent.indexOf('?') + 1, intent.indexOf('#Intent')));
    expect(query.get('file')).toBe('https://192.168.1.23:5173/models/aksu-apple.glb');
    expect(query.get('mode')).toBe('ar_preferred');
    expect(query.get('title')).toBe('阿克苏冰糖心苹果 #1 & more;');
    expect(query.get('link')).toBe('https://192.168.1.23:5173/p/aksu-apple');
  });

  it('keeps a hostile title inside its parameter and falls back to the product page', () => {
    expect(intent.split('#Intent;')).toHaveLength(2);
    expect(intent).toContain('package=com.google.ar.core;');
    expect(intent).toMatch(
      /S\.browser_fallback_url=https%3A%2F%2F192\.168\.1\.23%3A5173%2Fp%2Faksu-apple;end;$/u,
    );
  });
});

describe('quickLookFragment', () => {
  it('puts the name, the promotion price and the action in the banner parameters', () => {
    const fragment = quickLookFragment({
      title: '阿克苏冰糖心苹果',
      subtitle: '日常价 ¥69.90',
      price: '¥49.90',
      callToAction: '加入购物车',
    });
    expect(fragment.startsWith('#')).toBe(true);
    expect(fragment).not.toContain('+');
    const params = new URLSearchParams(fragment.slice(1));
    expect(params.get('checkoutTitle')).toBe('阿克苏冰糖心苹果');
    expect(params.get('checkoutSubtitle')).toBe('日常价 ¥69.90');
    expect(params.get('price')).toBe('¥49.90');
    expect(params.get('callToAction')).toBe('加入购物车');
  });
});
