/**
 * What /shop needs for a WebXR session (React Three Fiber, @react-three/xr, the AR scene), in one lazy chunk:
 * it is downloaded only on phones that can start WebXR AR (or under `?xr=emulate`), never before the
 * product preview is drawn, and never on the many phones in China without WebXR.
 */
export { ShopCanvas } from './ShopCanvas';
export { createShopXRStore, emulatorReady } from '../../xr/xr-store';
