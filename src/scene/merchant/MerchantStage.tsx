import { Suspense, useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { ContactShadows, Grid, OrbitControls } from '@react-three/drei';
import type { Catalog } from '../../domain/catalog';
import type { LightingPreset } from '../../merchant/slices/view';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { PlaceholderModel } from '../PlaceholderModel';
import { PriceTag } from '../PriceTag';
import { StudioEnvironment } from '../StudioEnvironment';
import { lightingSpecs } from './lighting-presets';
import { MerchantModel } from './MerchantModel';

export interface MerchantStageProps {
  productId: string;
  modelUrl: string;
  /** The draft catalog the tag prices from. */
  catalog: Catalog | null;
  /** The "preview at" instant. */
  at: Date;
  lighting: LightingPreset;
  onModelError?: (error: unknown) => void;
  onDrawn?: () => void;
}

/** Grid cells are 10 cm, sections 50 cm: the real-scale reference a merchant reads sizes against. */
const cellMetres = 0.1;

/**
 * The studio's 3D view of one product: the model at real scale on a 10 cm grid, the shopper's own price tag
 * above it (priced from the draft at the preview instant), three lighting presets and orbit controls.
 */
export function MerchantStage({
  productId,
  modelUrl,
  catalog,
  at,
  lighting,
  onModelError,
  onDrawn,
}: MerchantStageProps) {
  const [height, setHeight] = useState(0.1);
  const spec = lightingSpecs[lighting];
  const evening = lighting === 'evening';
  const get = useThree((state) => state.get);
  useEffect(() => {
    // The environment map is generated once; presets only scale it.
    get().scene.environmentIntensity = spec.environment;
  }, [get, spec.environment]);
  useEffect(() => {
    // Frame each product by its height: an 8 cm apple and a 30 cm gift box both fill the view.
    const { camera } = get();
    const distance = 0.22 + height * 3.2;
    camera.position.set(distance * 0.55, height * 0.9 + distance * 0.35, distance * 0.85);
    camera.lookAt(0, height * 0.6, 0);
  }, [get, height]);
  return (
    <>
      <color attach="background" args={[spec.background]} />
      <StudioEnvironment />
      <ambientLight intensity={spec.ambient} />
      <directionalLight color={spec.key.color} intensity={spec.key.intensity} position={spec.key.position} />
      <Grid
        args={[2, 2]}
        cellSize={cellMetres}
        sectionSize={0.5}
        cellThickness={0.8}
        sectionThickness={1.2}
        cellColor={evening ? '#6b5e52' : '#b9b4ac'}
        sectionColor={evening ? '#a88f75' : '#8d867c'}
        fadeDistance={2.5}
        infiniteGrid
      />
      <ErrorBoundary fallback={<PlaceholderModel />} onError={onModelError} resetKey={modelUrl}>
        <Suspense fallback={null}>
          <MerchantModel url={modelUrl} onHeight={setHeight} onDrawn={onDrawn} />
        </Suspense>
      </ErrorBoundary>
      <group position={[0, height + 0.03, 0]}>
        <PriceTag productId={productId} catalog={catalog} now={at} scale={Math.max(0.8, height * 5)} />
      </group>
      <ContactShadows
        position={[0, 0.0005, 0]}
        opacity={0.45}
        scale={0.8}
        blur={2}
        far={0.5}
        resolution={256}
      />
      <OrbitControls
        makeDefault
        target={[0, height * 0.6, 0]}
        enablePan={false}
        minDistance={0.15}
        maxDistance={2.5}
        maxPolarAngle={Math.PI / 2 - 0.05}
      />
    </>
  );
}
