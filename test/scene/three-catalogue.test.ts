import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../src/scene/three-catalogue';

// The build registers only src/scene/three-catalogue.ts with R3F (vite.config.ts, r3fCatalogue): an element
// missing there would throw "not part of the THREE namespace" at run time, in the built app only.
function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

// DOM tags that share a name with a three class (the QR code's SVG <path>).
const domTags = new Set(['path', 'line', 'object']);
const pascal = (tag: string) => tag[0]!.toUpperCase() + tag.slice(1);

describe('three.js catalogue for React Three Fiber', () => {
  const files = [...tsxFiles('src'), ...tsxFiles('test/bench/fixtures')];
  const threeElements = new Map<string, string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)\b/gu)) {
      const tag = match[1]!;
      // A lowercase JSX tag is a three element when three exports the class of that name (<canvas> is not).
      if (pascal(tag) in THREE && !domTags.has(tag)) threeElements.set(tag, file);
    }
  }

  it('finds the scene elements it checks', () => {
    expect([...threeElements.keys()]).toEqual(
      expect.arrayContaining(['group', 'mesh', 'sprite', 'ambientLight']),
    );
  });

  it('lists every three element our scene files use', () => {
    const missing = [...threeElements]
      .filter(([tag]) => !(pascal(tag) in catalogue))
      .map(([tag, file]) => `${tag} (${file})`);
    expect(missing).toEqual([]);
  });

  it('lists the elements drei and @react-three/xr render inside the components we use', () => {
    // ContactShadows: group, mesh, meshBasicMaterial, orthographicCamera; XR: group, mesh, planeGeometry, boxGeometry.
    for (const name of [
      'Group',
      'Mesh',
      'MeshBasicMaterial',
      'OrthographicCamera',
      'PlaneGeometry',
      'BoxGeometry',
    ]) {
      expect(catalogue, name).toHaveProperty(name);
    }
  });
});
