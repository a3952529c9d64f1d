import { Matrix4, Vector3 } from 'three';

/**
 * Where the reticle sits, written by the hit-test callback every XR frame and read on a tap. A plain mutable
 * object on purpose: per-frame values never go through React state.
 */
export const reticlePose = {
  matrix: new Matrix4(),
  position: new Vector3(),
  /** A horizontal surface was hit in the last few frames: a tap places there. */
  valid: false,
};

/** How upright a surface normal must be for a product to stand on it (cos of ~35 degrees). */
export const minUpright = 0.82;
