import { useCallback, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type Group, type PerspectiveCamera } from 'three';
import {
  labelToCamera,
  stepTracks,
  trackPose,
  type Intrinsics,
  type Observation,
  type Track,
} from '../../domain/pose';
import { readSightings } from '../label-sightings';
import { scanDiagnostics, type AnchorDiagnostic } from '../scan-diagnostics';
import { applyVideoProjection, poseMatrix, projectToScreen } from './ar-camera';
import { LabelProduct } from './LabelProduct';

export interface LabelAnchorsProps {
  /** Printed side of the code, metres. */
  codeSide: number;
  onSelect: (productId: string) => void;
}

interface Shown {
  key: string;
  productId: string;
}

const centre = new Vector3();

/**
 * Follows every label the scanner decodes: each frame it advances the smoothed tracks (hold, fade), moves
 * each product's anchor onto its label and keeps the camera's projection equal to the video's. React state
 * changes only when a label appears or disappears. Publishes each anchor's screen position for diagnostics.
 */
export function LabelAnchors({ codeSide, onSelect }: LabelAnchorsProps) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera;
  const size = useThree((state) => state.size);
  const tracks = useRef<Track[]>([]);
  const seenVersion = useRef(-1);
  const intrinsics = useRef<Intrinsics | null>(null);
  const products = useRef(new Map<string, string>());
  const groups = useRef(new Map<string, Group>());
  const [shown, setShown] = useState<Shown[]>([]);
  // The product stands on the shelf: its base level with the top of the label card (code half-side plus the
  // quiet zone, ~0.15 of the side); StandOnShelf then moves it back behind the label's face.
  const standAt: [number, number, number] = [0, codeSide * 0.66, 0];

  useFrame(() => {
    const now = performance.now();
    const { frame, version } = readSightings();
    let observations: Observation[] | null = null;
    if (frame && version !== seenVersion.current) {
      seenVersion.current = version;
      intrinsics.current = frame.intrinsics;
      observations = [];
      for (const sighting of frame.sightings) {
        products.current.set(sighting.key, sighting.productId);
        if (sighting.pose) observations.push({ key: sighting.key, pose: sighting.pose });
      }
    }
    tracks.current = stepTracks(tracks.current, now, observations);
    const k = intrinsics.current;
    if (k) applyVideoProjection(camera, k, size.width, size.height);

    const keys = tracks.current.map((track) => track.key).join('|');
    if (keys !== shown.map((entry) => entry.key).join('|')) {
      setShown(
        tracks.current.map((track) => ({
          key: track.key,
          productId: products.current.get(track.key.replace(/#\d+$/, '')) ?? '',
        })),
      );
    }
    const anchors: AnchorDiagnostic[] = [];
    for (const track of tracks.current) {
      const group = groups.current.get(track.key);
      const pose = trackPose(track);
      if (group) {
        poseMatrix(pose, group.matrix);
        group.matrixWorldNeedsUpdate = true;
        group.userData.opacity = track.opacity;
        group.visible = track.opacity > 0.01;
      }
      if (!k) continue;
      centre.set(track.position[0], -track.position[1], -track.position[2]);
      const { screen, video } = projectToScreen(camera, centre, k, size.width, size.height);
      // A point inside a small product standing on the label: where a tap selects it.
      const inside = labelToCamera(pose, [0, standAt[1] + 0.03, -0.05]);
      centre.set(inside[0], -inside[1], -inside[2]);
      const product = projectToScreen(camera, centre, k, size.width, size.height).screen;
      anchors.push({
        key: track.key,
        productId: products.current.get(track.key.replace(/#\d+$/, '')) ?? '',
        screen,
        video,
        product,
        opacity: track.opacity,
        position: [...track.position],
        quaternion: [...track.quaternion],
      });
    }
    scanDiagnostics.anchors = anchors;
  });

  const register = useCallback((key: string, group: Group | null) => {
    if (group) groups.current.set(key, group);
    else groups.current.delete(key);
  }, []);

  return (
    <>
      {shown.map(({ key, productId }) => (
        <LabelProduct
          key={key}
          productId={productId}
          onAnchor={(group) => register(key, group)}
          standAt={standAt}
          tagScale={0.6}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}
