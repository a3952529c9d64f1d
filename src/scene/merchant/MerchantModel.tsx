import { useLayoutEffect, useMemo, useRef } from 'react';
import { useLoader } from '@react-three/fiber';
import { Box3, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { withMeshopt } from '../gltf';

export interface MerchantModelProps {
  /** Full URL: a catalog model (`assetUrl(path)`) or a merchant's dropped file (blob URL). */
  url: string;
  /** Reports the model's height in metres once loaded (the price tag floats above it). */
  onHeight?: (metres: number) => void;
  onDrawn?: () => void;
}

/**
 * A product model at real scale for the studio. Unlike `ProductModel` it takes any URL, because a merchant's
 * own `.glb` arrives as a blob URL, not a catalog path. Suspends while loading; throws on a broken file.
 */
export function MerchantModel({ url, onHeight, onDrawn }: MerchantModelProps) {
  const gltf = useLoader(GLTFLoader, url, withMeshopt);
  const object = useMemo<Object3D>(() => gltf.scene.clone(true), [gltf]);
  const drawn = useRef(onDrawn);
  useLayoutEffect(() => {
    drawn.current = onDrawn;
  }, [onDrawn]);
  useLayoutEffect(() => {
    const box = new Box3().setFromObject(object, true);
    onHeight?.(box.isEmpty() ? 0.1 : box.max.y - Math.min(0, box.min.y));
    let marked = false;
    object.traverse((child) => {
      if (marked || !('isMesh' in child)) return;
      marked = true;
      child.onAfterRender = () => drawn.current?.();
    });
  }, [object, onHeight]);
  return <primitive object={object} />;
}
