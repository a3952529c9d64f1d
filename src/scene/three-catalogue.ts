/**
 * The three.js classes our React scenes use as JSX elements (`<mesh>`, `<spriteMaterial>`...), including those
 * inside the drei and @react-three/xr components we use. R3F's <Canvas> would register the whole THREE
 * namespace, which keeps every class of three in every bundle, the product page's included; the build
 * (vite.config.ts, `r3fCatalogue`) makes it register these instead, as pmndrs' @react-three/babel does.
 * test/scene/three-catalogue.test.ts checks that every element in our scene files is listed here.
 */
export {
  AmbientLight,
  BoxGeometry,
  Color,
  DirectionalLight,
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  OrthographicCamera,
  PlaneGeometry,
  Sprite,
  SpriteMaterial,
} from 'three';
