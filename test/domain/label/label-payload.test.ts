import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_LABEL_PAYLOAD_LENGTH,
  buildLabelPayload,
  parseLabelPayload,
  parseManualCode,
  type LabelParseResult,
} from '../../../src/domain/label';

const origin = 'https://shop.example';
const context = { origin, productIds: new Set(['aksu-apple', 'hami-melon', 'turpan-raisins']) };

function reasonOf(result: LabelParseResult): string {
  return result.ok ? 'ok' : result.reason;
}

describe('building a label payload', () => {
  it('writes the product URL on the store origin, with the shelf when given', () => {
    expect(buildLabelPayload(origin, 'aksu-apple')).toBe('https://shop.example/p/aksu-apple');
    expect(buildLabelPayload('https://shop.example/', 'hami-melon', 'A-03')).toBe(
      'https://shop.example/p/hami-melon?shelf=A-03',
    );
  });

  it('refuses to print a label for a malformed id or origin', () => {
    expect(() => buildLabelPayload(origin, 'Aksu Apple')).toThrow(RangeError);
    expect(() => buildLabelPayload(origin, 'aksu-apple', 'A 03')).toThrow(RangeError);
    expect(() => buildLabelPayload('javascript:alert(1)', 'aksu-apple')).toThrow(RangeError);
    expect(() => buildLabelPayload('not a url', 'aksu-apple')).toThrow(RangeError);
  });

  it('round-trips every well-formed product and shelf id', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
    const shelf = fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,4}(-[A-Za-z0-9]{1,4}){0,2}$/), { nil: null });
    fc.assert(
      fc.property(slug, shelf, (productId, shelfId) => {
        const payload = buildLabelPayload(origin, productId, shelfId);
        const parsed = parseLabelPayload(payload, { origin, productIds: [productId] });
        expect(parsed).toEqual({ ok: true, productId, shelfId });
      }),
    );
  });
});

describe('parsing a scanned code', () => {
  it('accepts our own label with and without a shelf', () => {
    expect(parseLabelPayload('https://shop.example/p/aksu-apple?shelf=B-12', context)).toEqual({
      ok: true,
      productId: 'aksu-apple',
      shelfId: 'B-12',
    });
    expect(parseLabelPayload('https://shop.example/p/hami-melon', context)).toEqual({
      ok: true,
      productId: 'hami-melon',
      shelfId: null,
    });
  });

  it('rejects a code from another origin and names that origin', () => {
    const result = parseLabelPayload('https://evil.example/p/aksu-apple', context);
    expect(result).toEqual({ ok: false, reason: 'foreign-origin', detail: 'https://evil.example' });
    expect(reasonOf(parseLabelPayload('http://shop.example/p/aksu-apple', context))).toBe('foreign-origin');
    expect(reasonOf(parseLabelPayload('https://shop.example:8443/p/aksu-apple', context))).toBe(
      'foreign-origin',
    );
    expect(reasonOf(parseLabelPayload('https://user:pw@shop.example/p/aksu-apple', context))).toBe(
      'foreign-origin',
    );
  });

  it('rejects script and data URLs before anything else', () => {
    expect(reasonOf(parseLabelPayload('javascript:alert(document.cookie)', context))).toBe('unsafe-scheme');
    expect(
      reasonOf(parseLabelPayload('JavaScript:alert(1)//https://shop.example/p/aksu-apple', context)),
    ).toBe('unsafe-scheme');
    expect(reasonOf(parseLabelPayload('data:text/html,<script>alert(1)</script>', context))).toBe(
      'unsafe-scheme',
    );
    expect(reasonOf(parseLabelPayload('WIFI:S:shop;T:WPA;P:secret;;', context))).toBe('unsafe-scheme');
  });

  it('rejects other paths on our own origin', () => {
    for (const path of ['/', '/cart', '/p/', '/p/aksu-apple/extra', '/x/p/aksu-apple', '/p/aksu-apple#top']) {
      expect(reasonOf(parseLabelPayload(`https://shop.example${path}`, context)), path).toBe('wrong-path');
    }
    expect(reasonOf(parseLabelPayload('https://shop.example/p/aksu-apple?next=/admin', context))).toBe(
      'wrong-path',
    );
    expect(reasonOf(parseLabelPayload('https://shop.example/p/aksu-apple?shelf=A&shelf=B', context))).toBe(
      'wrong-path',
    );
  });

  it('rejects malformed and unknown product ids', () => {
    expect(reasonOf(parseLabelPayload('https://shop.example/p/Aksu-Apple', context))).toBe('bad-product-id');
    expect(reasonOf(parseLabelPayload('https://shop.example/p/aksu%2Dapple', context))).toBe(
      'bad-product-id',
    );
    expect(parseLabelPayload('https://shop.example/p/snow-lotus', context)).toEqual({
      ok: false,
      reason: 'unknown-product',
      detail: 'snow-lotus',
    });
  });

  it('rejects a malformed shelf id', () => {
    expect(reasonOf(parseLabelPayload('https://shop.example/p/aksu-apple?shelf=%3Cb%3E', context))).toBe(
      'bad-shelf-id',
    );
  });

  it('rejects oversized text and plain text, and caps the echoed detail', () => {
    const huge = `https://shop.example/p/aksu-apple?shelf=${'A'.repeat(MAX_LABEL_PAYLOAD_LENGTH)}`;
    expect(reasonOf(parseLabelPayload(huge, context))).toBe('too-long');
    expect(reasonOf(parseLabelPayload('6901234567892', context))).toBe('not-a-url');
    expect(reasonOf(parseLabelPayload('   ', context))).toBe('empty');
    const result = parseLabelPayload(`hello ${'x'.repeat(200)}`, context);
    expect(result.ok || result.detail.length <= 80).toBe(true);
  });

  it('never throws, whatever the code contains', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const result = parseLabelPayload(raw, context);
        if (result.ok) expect(context.productIds.has(result.productId)).toBe(true);
      }),
    );
  });
});

describe('manual code entry', () => {
  it('accepts the printed product code in any case and with spaces around it', () => {
    expect(parseManualCode('  Hami-Melon ', context)).toEqual({
      ok: true,
      productId: 'hami-melon',
      shelfId: null,
    });
  });

  it('accepts a whole label URL and applies the same checks', () => {
    expect(parseManualCode('https://shop.example/p/aksu-apple?shelf=A-1', context)).toMatchObject({
      ok: true,
      shelfId: 'A-1',
    });
    expect(reasonOf(parseManualCode('https://evil.example/p/aksu-apple', context))).toBe('foreign-origin');
  });

  it('explains unknown and malformed codes', () => {
    expect(reasonOf(parseManualCode('snow-lotus', context))).toBe('unknown-product');
    expect(reasonOf(parseManualCode('apple!', context))).toBe('bad-product-id');
    expect(reasonOf(parseManualCode('', context))).toBe('empty');
  });
});
