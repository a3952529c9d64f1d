import { parseLabelPayload, type LabelParseContext, type LabelParseResult } from '../domain/label';
import { estimateLabelPose, intrinsicsFor, type Intrinsics } from '../domain/pose';
import type { DecodedFrame } from './frame-decoder';
import type { LabelSighting } from './label-sightings';
import type { CodeDiagnostic } from './scan-diagnostics';

export interface InterpretedFrame {
  intrinsics: Intrinsics;
  parsed: { text: string; result: LabelParseResult }[];
  sightings: LabelSighting[];
  codes: CodeDiagnostic[];
}

/**
 * Turns a decoded frame into what the scanner shows: every code parsed against our origin and catalog,
 * and for each of our labels its camera pose (from the code's printed side in metres and intrinsics for
 * this frame size with the default field of view).
 */
export function interpretFrame(
  frame: DecodedFrame,
  context: LabelParseContext,
  codeSideMetres: number,
  fovDeg?: number,
): InterpretedFrame {
  const intrinsics = intrinsicsFor(frame.width, frame.height, fovDeg);
  const parsed: InterpretedFrame['parsed'] = [];
  const sightings: LabelSighting[] = [];
  const codes: CodeDiagnostic[] = [];
  for (const code of frame.codes) {
    const result = parseLabelPayload(code.rawValue, context);
    parsed.push({ text: code.rawValue, result });
    codes.push({
      rawValue: code.rawValue.slice(0, 200),
      corners: code.corners,
      productId: result.ok ? result.productId : null,
      reason: result.ok ? null : result.reason,
    });
    if (!result.ok) continue;
    const estimate = estimateLabelPose(code.corners, codeSideMetres, intrinsics);
    sightings.push({
      key: code.rawValue,
      productId: result.productId,
      corners: code.corners,
      pose: estimate?.pose ?? null,
    });
  }
  return { intrinsics, parsed, sightings, codes };
}
