import { useRef } from 'react';
import type { Group } from 'three';
import { usePlacement } from '../xr/placement-store';
import { useArInteraction } from '../xr/useArInteraction';
import { ArLighting } from './ArLighting';
import { ArTagProjector } from './ArTagProjector';
import { PlacedProduct } from './PlacedProduct';
import { Reticle } from './Reticle';

/** Everything drawn in the AR session: light, the reticle, and the placed products with their tags. */
export function ArScene({ onEstimating }: { onEstimating?: (active: boolean) => void }) {
  const placements = usePlacement((state) => state.placements);
  const selectedKey = usePlacement((state) => state.selectedKey);
  const root = useRef<Group>(null);
  useArInteraction(root);
  return (
    <>
      <ArLighting onEstimating={onEstimating} />
      <Reticle />
      <ArTagProjector />
      <group ref={root}>
        {placements.map((placement) => (
          <PlacedProduct key={placement.key} placement={placement} selected={placement.key === selectedKey} />
        ))}
      </group>
    </>
  );
}
