import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Box3, Material, Matrix4, Mesh, type Group, type Object3D } from 'three';
import { PriceTag } from '../../scene/PriceTag';

const box = new Box3();
const toModel = new Matrix4();
const meshInModel = new Matrix4();

/**
 * Bounds of a model in its own coordinates (the anchor above it may be rotated any way by the label pose,
 * so a world-space box would be meaningless).
 */
function modelBounds(model: Object3D): Box3 {
  model.updateWorldMatrix(true, true);
  toModel.copy(model.matrixWorld).invert();
  const bounds = new Box3();
  model.traverse((child) => {
    if (!(child instanceof Mesh)) return;
    if (!child.geometry.boundingBox) child.geometry.computeBoundingBox();
    box
      .copy(child.geometry.boundingBox!)
      .applyMatrix4(meshInModel.multiplyMatrices(toModel, child.matrixWorld));
    bounds.union(box);
  });
  return bounds;
}

/** Gives every mesh its own copy of its materials, so this instance can fade without touching the others. */
function ownMaterials(model: Object3D): Material[] {
  const materials: Material[] = [];
  model.traverse((child) => {
    if (!(child instanceof Mesh)) return;
    const list = (Array.isArray(child.material) ? child.material : [child.material]) as Material[];
    const cloned = list.map((material) => material.clone());
    child.material = Array.isArray(child.material) ? cloned : cloned[0]!;
    materials.push(...cloned);
  });
  return materials;
}

export interface StandOnShelfProps {
  productId: string;
  /** The product model (suspends while loading: keep this component inside the Suspense boundary). */
  children: ReactNode;
  /** Scale of the shared price tag (0.16 m wide at 1). */
  tagScale: number;
  /** Receives the model's own materials once it is loaded (for fading). */
  onMaterials: (materials: Material[]) => void;
  /** Space between the label's face and the product's front, metres. */
  setBack?: number;
  gap?: number;
}

/**
 * Puts a product on the shelf behind its label (its front `setBack` behind the label face, so a big fruit
 * does not hide the code) and the shared 3D price tag (PriceTag, as in WebXR mode) just above it. The model
 * is measured once, when it has loaded.
 */
export function StandOnShelf({
  productId,
  children,
  tagScale,
  onMaterials,
  setBack = 0.01,
  gap = 0.015,
}: StandOnShelfProps) {
  const model = useRef<Group>(null);
  const tag = useRef<Group>(null);
  useLayoutEffect(() => {
    if (!model.current || !tag.current) return;
    model.current.position.set(0, 0, 0);
    const bounds = modelBounds(model.current);
    const valid = !bounds.isEmpty();
    const back = -(valid ? bounds.max.z : 0.05) - setBack;
    model.current.position.z = back;
    tag.current.position.set(0, (valid ? bounds.max.y : 0.1) + gap, back);
    onMaterials(ownMaterials(model.current));
  }, [setBack, gap, onMaterials]);
  return (
    <>
      <group ref={model}>{children}</group>
      <group ref={tag}>
        <PriceTag productId={productId} scale={tagScale} />
      </group>
    </>
  );
}
