import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/**
 * Image-based lighting generated on the device from three's RoomEnvironment: soft studio light for PBR
 * materials without downloading an HDR file (nothing may come from a CDN, and stores have weak networks).
 */
export function StudioEnvironment() {
  const gl = useThree((state) => state.gl);
  const target = useMemo(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const rendered = pmrem.fromScene(room, 0.04);
    room.dispose();
    pmrem.dispose();
    return rendered;
  }, [gl]);
  useEffect(() => () => target.dispose(), [target]);
  return (
    <>
      <primitive object={target.texture} attach="environment" />
      <directionalLight position={[1, 2, 1.5]} intensity={0.8} />
    </>
  );
}
