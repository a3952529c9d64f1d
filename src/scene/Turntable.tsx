import { useRef, type ReactNode } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Group } from 'three';

export interface TurntableProps {
  children: ReactNode;
  /** Radians per second; 0 stands still (e.g. for prefers-reduced-motion). */
  speed?: number;
}

/** Spins its children slowly around the vertical axis; the angle lives in a ref, not React state. */
export function Turntable({ children, speed = 0.35 }: TurntableProps) {
  const group = useRef<Group>(null);
  useFrame((_, delta) => {
    if (group.current && speed !== 0) group.current.rotation.y += speed * Math.min(delta, 0.1);
  });
  return <group ref={group}>{children}</group>;
}
