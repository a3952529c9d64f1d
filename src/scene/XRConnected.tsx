import { useEffect } from 'react';

/**
 * Reports, from inside <XR>, that it has handed three's WebXR manager to the store, so a session can start on
 * this canvas. Children's effects run before their parent's, so the report waits one frame for <XR>'s own.
 */
export function XRConnected({ onConnected }: { onConnected: () => void }) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => onConnected());
    return () => cancelAnimationFrame(frame);
  }, [onConnected]);
  return null;
}
