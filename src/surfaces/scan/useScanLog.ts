import { useCallback, useMemo, useState } from 'react';
import {
  emptyScanLog,
  labelCodeSizeMetres,
  parseManualCode,
  recordScan,
  type LabelParseContext,
  type LabelParseResult,
} from '../../domain/label';
import { withoutStoreBase } from '../../data/store-context';
import type { DecodedFrame } from '../../scan/frame-decoder';
import { interpretFrame } from '../../scan/interpret-frame';
import { publishSightings } from '../../scan/label-sightings';
import { scanDiagnostics } from '../../scan/scan-diagnostics';
import { useCatalog } from '../../state/hooks';

/**
 * The scanner's memory for this page: each decoded frame is parsed against our origin and catalog, its
 * labels' poses are published for camera AR, and new labels/ignored codes enter the log (repeats do not
 * re-render). Manual entry goes through the same log.
 */
export function useScanLog() {
  const catalog = useCatalog();
  const [log, setLog] = useState(emptyScanLog);
  const context = useMemo<LabelParseContext>(
    () => ({
      origin: window.location.origin,
      productIds: new Set(catalog?.products.map((product) => product.id)),
    }),
    [catalog],
  );
  const codeSide = labelCodeSizeMetres(catalog?.store);

  const onFrame = useCallback(
    (frame: DecodedFrame, at: number) => {
      // Labels of a store under /s/<storeId> carry its prefix; the codec reads `/p/<id>` only.
      const codes = frame.codes.map((code) => ({
        ...code,
        rawValue: withoutStoreBase(code.rawValue, context.origin),
      }));
      const interpreted = interpretFrame({ ...frame, codes }, context, codeSide);
      scanDiagnostics.codes = interpreted.codes;
      publishSightings({
        at,
        intrinsics: interpreted.intrinsics,
        sightings: interpreted.sightings,
        outlines: interpreted.codes.map((code) => ({ corners: code.corners, ours: code.productId !== null })),
      });
      if (interpreted.parsed.length > 0)
        setLog((current) => recordScan(current, Date.now(), interpreted.parsed));
    },
    [context, codeSide],
  );

  const enterManually = useCallback(
    (typed: string): LabelParseResult => {
      const result = parseManualCode(withoutStoreBase(typed, context.origin), context);
      if (result.ok)
        setLog((current) => recordScan(current, Date.now(), [{ text: typed, result }], { promote: true }));
      return result;
    },
    [context],
  );

  return { log, onFrame, enterManually, codeSide };
}
