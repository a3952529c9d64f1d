import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/domain/catalog';
import { catalogErrorText } from '../../src/i18n/catalog-error-text';
import { makeCatalogJson } from '../factories/catalog';

const schemaFiles = ['primitives.ts', 'promotion-schema.ts', 'schema.ts', 'parse.ts'].map((file) =>
  readFileSync(`src/domain/catalog/${file}`, 'utf8'),
);
/** Every fixed rule text the schema can produce (`error: '…'` and `message: '…'`). */
const ruleTexts = [
  ...new Set(
    schemaFiles.flatMap((source) => [...source.matchAll(/(?:error|message): '([^'$]+)'/g)].map((m) => m[1]!)),
  ),
];

describe('catalogErrorText', () => {
  it('finds the schema rules to check', () => {
    expect(ruleTexts.length).toBeGreaterThan(20);
  });

  it.each(ruleTexts)('has a zh-CN wording for "%s"', (rule) => {
    expect(catalogErrorText(rule, 'zh-CN')).not.toBe(rule);
  });

  it('carries ids and field names over unchanged', () => {
    expect(catalogErrorText('refers to unknown product "durian"', 'zh-CN')).toBe(
      '引用了不存在的商品 "durian"',
    );
    expect(catalogErrorText('must be later than startsAt', 'zh-CN')).toBe('必须晚于 startsAt');
  });

  it('translates what parseCatalog really reports', () => {
    const catalog = makeCatalogJson();
    catalog.products[0]!.priceFen = 1.5;
    catalog.products[1]!.extra = true;
    const result = parseCatalog(catalog);
    const texts = result.ok ? [] : result.errors.map((error) => catalogErrorText(error.message, 'zh-CN'));
    expect(texts).toEqual(expect.arrayContaining(['必须是正整数', '未知字段：extra']));
  });

  it('leaves English as it is', () => {
    expect(catalogErrorText('must not be empty', 'en')).toBe('must not be empty');
  });
});
