import { useLayoutEffect, useMemo } from 'react';
import { useLoader } from '@react-three/fiber';
import { Mesh, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { assetUrl } from '../data/asset-url';
import { withMeshopt } from './gltf';

export interface ProductModelProps {
  /** Catalog model path, e.g. `models/aksu-apple.glb`. */
  path: string;
  /** Called after every frame in which the model was drawn. */
  onDrawn?: () => void;
}

/**
 * A product's glTF model at real scale (metres, origin at the bottom centre). Suspends while loading and
 * throws on a broken file, so wrap it in Suspense and an error boundary. The loaded scene is cloned so the
 * same product can appear more than once; geometry and materials stay shared.
 */
export function ProductModel({ path, onDrawn }: ProductModelProps) {
  const gltf = useLoader(GLTFLoader, assetUrl(path), withMeshopt);
  const object = useMemo<Object3D>(() => gltf.scene.clone(true), [gltf]);
  useLayoutEffect(() => {
    if (!onDrawn) return;
    let first: Mesh | undefined;
    object.traverse((child) => {
      if (!first && child instanceof Mesh) first = child;
    });
    if (!first) return;
    const mesh = first;
    mesh.onAfterRender = () => onDrawn();
    return () => {
      mesh.onAfterRender = () => {};
    };
  }, [object, onDrawn]);
  return <primitive object={object} />;
}
