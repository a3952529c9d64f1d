import {
  ACESFilmicToneMapping,
  AmbientLight,
  Box3,
  CanvasTexture,
  DirectionalLight,
  Group,
  LinearMipmapLinearFilter,
  Mesh,
  PerspectiveCamera,
  SRGBColorSpace,
  Scene,
  Sphere,
  Sprite,
  SpriteMaterial,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three';
import type { PriceTagText } from '../domain/price-tag';
import { createPriceTagCanvas } from '../scene/price-tag-canvas';
import { loadModel } from './load-model';
import { createOrbit } from './orbit';
import { blobShadow, horizontalFov, placeholder, studioEnvironment } from './stage-parts';

export interface ProductViewerOptions {
  /** Where the camera looks from, relative to the product; the distance is fitted to the model. */
  viewFrom?: [number, number, number];
  fov?: number;
  /** Turntable speed in radians per second; 0 stands still (prefers-reduced-motion). */
  spinSpeed?: number;
  /** Whether the shopper may orbit and zoom. */
  interactive?: boolean;
  /** Space around the product when framing it (1 = touching the edges). */
  margin?: number;
  /** How long the camera glides to a new framing. */
  fitSeconds?: number;
  /** Called after every frame in which the product model was drawn. */
  onDrawn?: () => void;
  onProgress?: (fraction: number) => void;
  onModelError?: (error: unknown) => void;
  onContextLost?: (lost: boolean) => void;
}

export interface ProductViewer {
  readonly renderer: WebGLRenderer;
  /** Shows the model at `url` (a newer call wins over a slower older one). */
  show(url: string): void;
  /** Puts a 3D price tag above the product, or removes it with null. Redraws only when the words change. */
  setTag(text: PriceTagText | null): void;
  dispose(): void;
}

const tagWidthMetres = 0.16;
const tagGap = 0.025;

/**
 * The product in 3D, in plain three.js: no React renderer, no helpers library, so the product page's first
 * frame needs as little JavaScript as possible (the shopper's phone on store Wi-Fi). At real scale on a soft
 * shadow, framed to fit, lit by an environment generated on the device (no HDR download), slowly turning,
 * orbitable. The AR session, the kiosk and the studio use the React scene instead; both share the models.
 */
export function createProductViewer(
  canvas: HTMLCanvasElement,
  options: ProductViewerOptions = {},
): ProductViewer {
  const { viewFrom = [0.22, 0.16, 0.32], fov = 35, spinSpeed = 0.35, interactive = true } = options;
  const { margin = 1.25, fitSeconds = 1 } = options;

  const renderer = new WebGLRenderer({
    canvas,
    antialias: true,
    alpha: true,
    powerPreference: 'high-performance',
  });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  renderer.toneMapping = ACESFilmicToneMapping;
  renderer.setClearAlpha(0);

  const scene = new Scene();
  const camera = new PerspectiveCamera(fov, 1, 0.005, 20);
  camera.position.set(...viewFrom);
  let environment = studioEnvironment(renderer);
  scene.environment = environment.texture;
  const sun = new DirectionalLight(0xffffff, 0.8);
  sun.position.set(1, 2, 1.5);
  scene.add(new AmbientLight(0xffffff, 0.25), sun);

  const turntable = new Group();
  const shadow = blobShadow();
  scene.add(turntable, shadow);

  const controls = createOrbit(camera, canvas);
  controls.enabled = interactive;

  let model: Object3D | null = null;
  let shownUrl = '';
  let tag: { sprite: Sprite; redraw(text: PriceTagText): void; texture: CanvasTexture; key: string } | null =
    null;
  const glide = {
    from: new Vector3(),
    to: new Vector3(),
    fromTarget: new Vector3(),
    toTarget: new Vector3(),
  };
  let glideLeft = 0;

  function frame(box: Box3) {
    const sphere = box.getBoundingSphere(new Sphere());
    const halfAngle = (Math.min(camera.fov, horizontalFov(camera)) * Math.PI) / 360;
    const distance = (sphere.radius * margin) / Math.sin(halfAngle);
    const direction = camera.position.clone().sub(controls.target).normalize();
    glide.from.copy(camera.position);
    glide.fromTarget.copy(controls.target);
    glide.toTarget.copy(sphere.center);
    glide.to.copy(sphere.center).addScaledVector(direction, distance);
    camera.near = distance / 100;
    camera.far = distance * 100;
    camera.updateProjectionMatrix();
    controls.minDistance = distance / 4;
    controls.maxDistance = distance * 4;
    glideLeft = fitSeconds;
    if (fitSeconds <= 0) advanceGlide(1);
  }

  function advanceGlide(delta: number) {
    if (glideLeft <= 0 && fitSeconds > 0) return;
    glideLeft = Math.max(0, glideLeft - delta);
    const t = fitSeconds > 0 ? 1 - glideLeft / fitSeconds : 1;
    const eased = 1 - (1 - t) ** 3;
    camera.position.lerpVectors(glide.from, glide.to, eased);
    controls.target.lerpVectors(glide.fromTarget, glide.toTarget, eased);
  }

  function fitAll() {
    if (!model) return;
    const box = new Box3().setFromObject(model);
    if (box.isEmpty()) box.set(new Vector3(-0.05, 0, -0.05), new Vector3(0.05, 0.1, 0.05));
    // The shadow follows the footprint, a little wider than the product, as light from above would cast it.
    shadow.scale.setScalar(Math.max(box.max.x - box.min.x, box.max.z - box.min.z) * 1.6);
    if (tag) {
      tag.sprite.position.set(0, box.max.y + tagGap, 0);
      // The card fills about the bottom half of its square sprite.
      box.expandByPoint(new Vector3(0, box.max.y + tagGap + tagWidthMetres * 0.5, 0));
    }
    frame(box);
  }

  function setModel(object: Object3D, onDrawn?: () => void) {
    if (model) turntable.remove(model);
    model = object;
    turntable.rotation.y = 0;
    turntable.add(object);
    fitAll();
    if (!onDrawn) return;
    let first: Mesh | undefined;
    object.traverse((child) => {
      if (!first && child instanceof Mesh) first = child;
    });
    if (first) first.onAfterRender = onDrawn;
  }

  let last = performance.now();
  renderer.setAnimationLoop((time: number) => {
    const delta = Math.min((time - last) / 1000, 0.1);
    last = time;
    if (spinSpeed !== 0) turntable.rotation.y += spinSpeed * delta;
    advanceGlide(delta);
    controls.update();
    renderer.render(scene, camera);
  });

  const resize = () => {
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (width === 0 || height === 0) return;
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    fitAll();
  };
  const observer = new ResizeObserver(resize);
  observer.observe(canvas);
  resize();

  // preventDefault tells the browser we want the context back; three re-creates its GPU state on restore.
  const onLost = (event: Event) => {
    event.preventDefault();
    options.onContextLost?.(true);
  };
  const onRestored = () => {
    // three re-uploads what it has a source for (geometry, images, canvases); the environment map was
    // rendered on the GPU and is gone, so it is generated again or the product is lit black.
    environment.dispose();
    environment = studioEnvironment(renderer);
    scene.environment = environment.texture;
    options.onContextLost?.(false);
  };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);

  return {
    renderer,
    show(url) {
      if (url === shownUrl) return;
      shownUrl = url;
      loadModel(url, options.onProgress).then(
        (original) => {
          if (shownUrl === url) setModel(original.clone(true), options.onDrawn);
        },
        (error: unknown) => {
          if (shownUrl !== url) return;
          setModel(placeholder());
          options.onModelError?.(error);
        },
      );
    },
    setTag(text) {
      if (!text) {
        if (tag) {
          scene.remove(tag.sprite);
          tag.texture.dispose();
          tag.sprite.material.dispose();
          tag = null;
          fitAll();
        }
        return;
      }
      const key = JSON.stringify(text);
      if (tag?.key === key) return;
      if (!tag) {
        const canvas = createPriceTagCanvas(512, 1.5);
        const texture = new CanvasTexture(canvas.canvas);
        texture.colorSpace = SRGBColorSpace;
        texture.minFilter = LinearMipmapLinearFilter;
        texture.anisotropy = 4;
        const material = new SpriteMaterial({ map: texture, transparent: true, depthWrite: false });
        material.toneMapped = false;
        const sprite = new Sprite(material);
        sprite.center.set(0.5, 0);
        sprite.scale.set(tagWidthMetres, tagWidthMetres, 1);
        sprite.renderOrder = 1;
        sprite.userData = { priceTag: true };
        scene.add(sprite);
        const redraw = (words: PriceTagText) => {
          canvas.redraw(words);
          texture.needsUpdate = true;
        };
        tag = { sprite, redraw, texture, key };
        fitAll();
      }
      tag.key = key;
      tag.redraw(text);
    },
    dispose() {
      renderer.setAnimationLoop(null);
      observer.disconnect();
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      controls.dispose();
      environment.dispose();
      shadow.geometry.dispose();
      shadow.material.map?.dispose();
      shadow.material.dispose();
      tag?.texture.dispose();
      tag?.sprite.material.dispose();
      renderer.dispose();
    },
  };
}
