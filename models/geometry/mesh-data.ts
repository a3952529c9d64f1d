/** Plain triangle-list geometry as generators build it, before it becomes glTF accessors. */
export interface MeshData {
  positions: number[];
  normals: number[];
  uvs: number[];
  indices: number[];
}

export type Vec3 = [number, number, number];

/** Axis-aligned bounds of one or more meshes. */
export interface Bounds {
  min: Vec3;
  max: Vec3;
}

/** An empty mesh to append parts to. */
export function emptyMesh(): MeshData {
  return { positions: [], normals: [], uvs: [], indices: [] };
}

/** Appends every mesh in `parts` to a new mesh, offsetting indices; parts share one material later. */
export function mergeMeshes(parts: MeshData[]): MeshData {
  const out = emptyMesh();
  for (const part of parts) {
    const base = out.positions.length / 3;
    out.positions.push(...part.positions);
    out.normals.push(...part.normals);
    out.uvs.push(...part.uvs);
    for (const index of part.indices) out.indices.push(index + base);
  }
  return out;
}

/** Rigid placement: Euler rotation (radians, applied X then Y then Z), uniform scale, then translation. */
export interface Placement {
  rotation?: Vec3;
  scale?: number;
  translation?: Vec3;
}

function rotate(v: Vec3, [rx, ry, rz]: Vec3): Vec3 {
  let [x, y, z] = v;
  [y, z] = [y * Math.cos(rx) - z * Math.sin(rx), y * Math.sin(rx) + z * Math.cos(rx)];
  [x, z] = [x * Math.cos(ry) + z * Math.sin(ry), -x * Math.sin(ry) + z * Math.cos(ry)];
  [x, y] = [x * Math.cos(rz) - y * Math.sin(rz), x * Math.sin(rz) + y * Math.cos(rz)];
  return [x, y, z];
}

/**
 * Returns a moved copy of `mesh`. Only rotation and uniform scale are allowed so normals stay unit length
 * without an inverse-transpose; shapes that need stretching are generated stretched instead.
 */
export function placeMesh(
  mesh: MeshData,
  { rotation = [0, 0, 0], scale = 1, translation = [0, 0, 0] }: Placement,
): MeshData {
  const positions: number[] = [];
  const normals: number[] = [];
  for (let i = 0; i < mesh.positions.length; i += 3) {
    const p = rotate([mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!], rotation);
    const n = rotate([mesh.normals[i]!, mesh.normals[i + 1]!, mesh.normals[i + 2]!], rotation);
    positions.push(
      p[0] * scale + translation[0],
      p[1] * scale + translation[1],
      p[2] * scale + translation[2],
    );
    normals.push(...n);
  }
  return { positions, normals, uvs: [...mesh.uvs], indices: [...mesh.indices] };
}

/** Bounds over all positions of `meshes`. */
export function meshBounds(meshes: MeshData[]): Bounds {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const mesh of meshes) {
    for (let i = 0; i < mesh.positions.length; i++) {
      const axis = i % 3;
      min[axis] = Math.min(min[axis]!, mesh.positions[i]!);
      max[axis] = Math.max(max[axis]!, mesh.positions[i]!);
    }
  }
  return { min, max };
}
