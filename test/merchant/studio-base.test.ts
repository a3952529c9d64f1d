import { describe, expect, it } from 'vitest';
import { setPromotionField } from '../../src/domain/merchant';
import { createStudioStore } from '../../src/merchant/studio-store';
import { makeDemoCatalog } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';

const v3 = { version: 3, etag: '"c3"' };
const v4 = { version: 4, etag: '"c4"' };

describe('studio draft base version (store server)', () => {
  it('remembers the version a draft started from, across a reload', () => {
    const storage = memoryStorage();
    const store = createStudioStore(() => storage, 'draft:a');
    store.getState().startDraft(makeDemoCatalog(), v3);
    store.getState().edit((draft) => setPromotionField(draft, 0, ['priceFen'], 4590));
    const reloaded = createStudioStore(() => storage, 'draft:a');
    expect(reloaded.getState().base).toEqual(v3);
    expect(reloaded.getState().dirtySince).not.toBeNull();
  });

  it('keeps each store’s draft under its own key', () => {
    const storage = memoryStorage();
    createStudioStore(() => storage, 'draft:a')
      .getState()
      .startDraft(makeDemoCatalog(), v3);
    expect(createStudioStore(() => storage, 'draft:b').getState().draft).toBeNull();
  });

  it('rebases onto a newer version without touching the draft', () => {
    const store = createStudioStore(() => memoryStorage(), 'draft:a');
    store.getState().startDraft(makeDemoCatalog(), v3);
    store.getState().edit((draft) => setPromotionField(draft, 0, ['priceFen'], 4590));
    store.getState().rebase(v4);
    expect(store.getState().base).toEqual(v4);
    expect(store.getState().draft?.promotions[0]?.priceFen).toBe(4590);
    expect(store.getState().dirtySince).not.toBeNull();
  });

  it('is clean and based on the new version after a publish', () => {
    const store = createStudioStore(() => memoryStorage(), 'draft:a');
    store.getState().startDraft(makeDemoCatalog(), v3);
    store.getState().edit((draft) => setPromotionField(draft, 0, ['priceFen'], 4590));
    store.getState().markPublished(v4);
    expect(store.getState()).toMatchObject({ base: v4, dirtySince: null });
  });

  it('ignores a malformed stored base instead of trusting it', () => {
    const storage = memoryStorage();
    const store = createStudioStore(() => storage, 'draft:a');
    store.getState().startDraft(makeDemoCatalog(), v3);
    const saved = JSON.parse(storage.getItem('draft:a')!);
    saved.state.base = { version: 'three', etag: 5 };
    storage.setItem('draft:a', JSON.stringify(saved));
    expect(createStudioStore(() => storage, 'draft:a').getState().base).toBeNull();
  });
});
