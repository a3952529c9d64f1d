/**
 * How a video of `videoWidth` x `videoHeight` lands in a box with CSS `object-fit: cover`: uniform scale,
 * centred, overflow cropped. The AR camera and the code outlines use it so they line up with the video.
 */
export interface CoverTransform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function coverTransform(
  videoWidth: number,
  videoHeight: number,
  boxWidth: number,
  boxHeight: number,
): CoverTransform {
  const scale = Math.max(boxWidth / videoWidth, boxHeight / videoHeight);
  return {
    scale,
    offsetX: (boxWidth - videoWidth * scale) / 2,
    offsetY: (boxHeight - videoHeight * scale) / 2,
  };
}

export function videoToBox(cover: CoverTransform, x: number, y: number): [number, number] {
  return [x * cover.scale + cover.offsetX, y * cover.scale + cover.offsetY];
}

export function boxToVideo(cover: CoverTransform, x: number, y: number): [number, number] {
  return [(x - cover.offsetX) / cover.scale, (y - cover.offsetY) / cover.scale];
}
