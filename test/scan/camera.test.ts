import { describe, expect, it } from 'vitest';
import { cameraProblemOf } from '../../src/scan/camera';

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('camera problems', () => {
  it('sorts getUserMedia failures into what the shopper can act on', () => {
    expect(cameraProblemOf(domError('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(domError('SecurityError'))).toBe('denied');
    expect(cameraProblemOf(domError('NotFoundError'))).toBe('no-camera');
    expect(cameraProblemOf(domError('OverconstrainedError'))).toBe('no-camera');
    expect(cameraProblemOf(domError('NotReadableError'))).toBe('in-use');
    expect(cameraProblemOf(domError('AbortError'))).toBe('in-use');
    expect(cameraProblemOf(domError('TypeError'))).toBe('failed');
    expect(cameraProblemOf('weird')).toBe('failed');
  });
});
