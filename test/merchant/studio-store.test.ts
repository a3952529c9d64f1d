import { describe, expect, it } from 'vitest';
import { createStudioStore, studioStorageKey } from '../../src/merchant/studio-store';
import { parseCatalogText } from '../../src/merchant/import-catalog';
import { setPromotionField, formatCatalogJson } from '../../src/domain/merchant';
import { makeCatalogJson, makeDemoCatalog } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';

const flashIndex = 0; // apple-flash in the demo catalog

function startedStore(storage = memoryStorage()) {
  const store = createStudioStore(() => storage);
  store.getState().startDraft(makeDemoCatalog());
  return { store, storage };
}

const setFlashPrice = (fen: unknown, key?: string) => (state: ReturnType<typeof startedStore>['store']) =>
  state.getState().edit((draft) => setPromotionField(draft, flashIndex, ['priceFen'], fen), key);

describe('merchant studio store', () => {
  it('starts clean from the published catalog and marks an edit as unsaved', () => {
    const { store } = startedStore();
    expect(store.getState().dirtySince).toBeNull();
    setFlashPrice(4590)(store);
    expect(store.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4590);
    expect(store.getState().validCatalog?.promotions[flashIndex]).toMatchObject({ priceFen: 4590 });
    expect(store.getState().dirtySince).not.toBeNull();
  });

  it('undoes and redoes edits in order, and a new edit clears redo', () => {
    const { store } = startedStore();
    setFlashPrice(4590)(store);
    setFlashPrice(4490)(store);
    store.getState().undo();
    expect(store.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4590);
    store.getState().undo();
    expect(store.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4990);
    expect(store.getState().dirtySince).toBeNull();
    store.getState().redo();
    expect(store.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4590);
    setFlashPrice(4000)(store);
    expect(store.getState().future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4000);
  });

  it('makes keystrokes in one field a single undo step', () => {
    const { store } = startedStore();
    setFlashPrice(4, 'flash-price')(store);
    setFlashPrice(45, 'flash-price')(store);
    setFlashPrice(4590, 'flash-price')(store);
    store.getState().undo();
    expect(store.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4990);
  });

  it('keeps an invalid edit in the draft with its error path, and previews the last valid catalog', () => {
    const { store } = startedStore();
    setFlashPrice(4590)(store);
    setFlashPrice('abc')(store);
    expect(store.getState().errors).toEqual([
      { path: 'promotions[0].priceFen', message: 'must be a positive integer' },
    ]);
    expect(store.getState().validCatalog?.promotions[flashIndex]).toMatchObject({ priceFen: 4590 });
  });

  it('persists the draft so a reload restores it, unsaved state included', () => {
    const storage = memoryStorage();
    const { store } = startedStore(storage);
    setFlashPrice(4590)(store);
    expect(storage.getItem(studioStorageKey)).toContain('4590');
    const reloaded = createStudioStore(() => storage);
    expect(reloaded.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4590);
    expect(reloaded.getState().dirtySince).not.toBeNull();
    // A saved draft wins over the published catalog arriving later.
    reloaded.getState().startDraft(makeDemoCatalog());
    expect(reloaded.getState().draft?.promotions[flashIndex]?.priceFen).toBe(4590);
  });

  it('drops an unreadable stored draft instead of crashing', () => {
    const storage = memoryStorage({ [studioStorageKey]: '{"state":{"draft":{"products":7}},"version":1}' });
    const store = createStudioStore(() => storage);
    expect(store.getState().draft).toBeNull();
    store.getState().startDraft(makeDemoCatalog());
    expect(store.getState().draft?.products).toHaveLength(8);
  });

  it('is clean again after export until the next edit', () => {
    const { store } = startedStore();
    setFlashPrice(4590)(store);
    store.getState().markSaved();
    expect(store.getState().dirtySince).toBeNull();
    setFlashPrice(4490)(store);
    expect(store.getState().dirtySince).not.toBeNull();
  });

  it('replaces the draft with an imported catalog as one undoable step', () => {
    const { store } = startedStore();
    const imported = makeDemoCatalog();
    imported.products[0]!.priceFen = 7290;
    store.getState().replaceDraft(imported);
    expect(store.getState().draft?.products[0]?.priceFen).toBe(7290);
    store.getState().undo();
    expect(store.getState().draft?.products[0]?.priceFen).toBe(6990);
  });
});

describe('catalog import', () => {
  it('lists every schema error by JSON path', () => {
    const broken = makeCatalogJson();
    broken.products[1]!.priceFen = 79.9;
    broken.promotions[0]!.kind = 'bogus';
    delete broken.store.currency;
    const result = parseCatalogText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((error) => error.path).sort();
    expect(paths).toEqual(['products[1].priceFen', 'promotions[0].kind', 'store.currency']);
  });

  it('reports text that is not JSON as one root error', () => {
    const result = parseCatalogText('{ "schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: '(root)' });
    expect(result.ok ? '' : result.errors[0]!.message).toMatch(/^not valid JSON/);
  });

  it('accepts the exported text of a catalog and gives the same catalog back', () => {
    const catalog = makeDemoCatalog();
    const result = parseCatalogText(formatCatalogJson(catalog));
    expect(result).toEqual({ ok: true, catalog });
  });
});
