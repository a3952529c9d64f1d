import { useEffect, useState } from 'react';
import type { ValidatorReport } from 'gltf-validator';
import type { ModelStats } from '../domain/merchant';
import { measureModel, parseGlb, shopperViewerReads, validateGlb } from './model-audit';

export type AuditState =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'done'; stats: ModelStats; shopperViewer: boolean; validation: ValidationState };

export type ValidationState =
  { status: 'loading' } | { status: 'failed'; reason: string } | { status: 'done'; report: ValidatorReport };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Audits are kept per URL for the visit: switching products or tabs does not download and parse again.
const cache = new Map<string, AuditState>();

/** Audits the model at `url` (bytes, geometry, validator report); re-renders as each part arrives. */
export function useModelAudit(url: string): AuditState {
  const [state, setState] = useState<{ url: string; audit: AuditState }>(() => ({
    url,
    audit: cache.get(url) ?? { status: 'loading' },
  }));
  useEffect(() => {
    let live = true;
    const publish = (audit: AuditState) => {
      cache.set(url, audit);
      if (live) setState({ url, audit });
    };
    const cached = cache.get(url);
    if (cached && cached.status !== 'loading') {
      publish(cached);
      return;
    }
    (async () => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const bytes = await response.arrayBuffer();
        const stats = measureModel(await parseGlb(bytes), bytes.byteLength);
        const done = { status: 'done', stats, shopperViewer: shopperViewerReads(bytes) } as const;
        publish({ ...done, validation: { status: 'loading' } });
        try {
          const report = await validateGlb(bytes, url.split('/').pop() ?? 'model.glb');
          publish({ ...done, validation: { status: 'done', report } });
        } catch (error) {
          publish({ ...done, validation: { status: 'failed', reason: reason(error) } });
        }
      } catch (error) {
        publish({ status: 'failed', reason: reason(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [url]);
  return state.url === url ? state.audit : (cache.get(url) ?? { status: 'loading' });
}
