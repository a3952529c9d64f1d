/** Stands in for a model that failed to load: a neutral box of roughly product size, so the page still works. */
export function PlaceholderModel({ size = 0.1 }: { size?: number }) {
  return (
    <mesh position={[0, size / 2, 0]}>
      <boxGeometry args={[size, size, size]} />
      <meshStandardMaterial color="#b8b2a7" roughness={0.9} wireframe />
    </mesh>
  );
}
