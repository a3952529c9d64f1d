import { useEffect, useRef } from 'react';
import { subscribeSightings } from '../../scan/label-sightings';

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * Outlines of the codes in the latest decoded frame over the video: green for our labels, grey for ignored
 * codes. Drawn in video pixels with `slice` (the SVG equivalent of `object-fit: cover`), updated directly on
 * the SVG element for each decoded frame rather than through React state.
 */
export function CodeOutlines() {
  const svg = useRef<SVGSVGElement>(null);
  useEffect(
    () =>
      subscribeSightings((frame) => {
        const element = svg.current;
        if (!element) return;
        if (!frame) {
          element.replaceChildren();
          return;
        }
        element.setAttribute('viewBox', `0 0 ${frame.intrinsics.width} ${frame.intrinsics.height}`);
        const polygons = frame.outlines.map(({ corners, ours }) => {
          const polygon = document.createElementNS(svgNs, 'polygon');
          polygon.setAttribute('points', corners.map((p) => `${p.x},${p.y}`).join(' '));
          polygon.setAttribute('class', ours ? 'code-outline code-outline-ours' : 'code-outline');
          return polygon;
        });
        element.replaceChildren(...polygons);
      }),
    [],
  );
  return <svg ref={svg} className="scan-outlines" preserveAspectRatio="xMidYMid slice" aria-hidden="true" />;
}
