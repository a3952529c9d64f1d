import { box } from './box';
import { latheProfile } from './lathe';
import { mergeMeshes, type MeshData } from './mesh-data';

/**
 * A round, shallow tray with a sloped wall of real thickness (so it needs no double-sided material, which
 * USDZ cannot express). The outside floor sits on y = 0; `floor` is the inside floor height.
 */
export function roundTray(
  radius: number,
  height: number,
  wall: number,
  floor: number,
  segments = 40,
): MeshData {
  const slope = height * 0.25;
  return latheProfile(
    [
      [0, 0],
      [radius - slope, 0],
      [radius, height],
      [radius - wall, height],
      [radius - wall - slope, floor],
      [0, floor],
    ],
    segments,
  );
}

/** A rectangular open tray: a floor slab and four wall slabs, outside bottom on y = 0. */
export function rectTray(halfWidth: number, halfDepth: number, height: number, wall: number): MeshData {
  return mergeMeshes([
    box([-halfWidth, 0, -halfDepth], [halfWidth, wall, halfDepth]),
    box([-halfWidth, wall, -halfDepth], [halfWidth, height, -halfDepth + wall], { skipBottom: true }),
    box([-halfWidth, wall, halfDepth - wall], [halfWidth, height, halfDepth], { skipBottom: true }),
    box([-halfWidth, wall, -halfDepth + wall], [-halfWidth + wall, height, halfDepth - wall], {
      skipBottom: true,
    }),
    box([halfWidth - wall, wall, -halfDepth + wall], [halfWidth, height, halfDepth - wall], {
      skipBottom: true,
    }),
  ]);
}
