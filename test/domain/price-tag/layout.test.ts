import { describe, expect, it } from 'vitest';
import { defaultTagStyle, layoutPriceTag, type PriceTagText } from '../../../src/domain/price-tag';
import { fontMeasure } from './fake-measure';

const makeText = (partial: Partial<PriceTagText> = {}): PriceTagText => ({
  name: '阿克苏冰糖心苹果',
  price: '¥49.90',
  listPrice: '¥69.90',
  save: '省29%',
  badges: ['秒杀 · 每单限5件 · 仅剩363件'],
  countdown: null,
  ...partial,
});

const inner = defaultTagStyle.width - defaultTagStyle.padding * 2;
const byRole = (layout: ReturnType<typeof layoutPriceTag>, role: string) =>
  layout.items.filter((item) => item.role === role);

describe('layoutPriceTag', () => {
  it('draws the promotion price larger than anything else on the tag', () => {
    const layout = layoutPriceTag(makeText(), fontMeasure);
    const [price] = byRole(layout, 'price');
    expect(price?.text).toBe('¥49.90');
    for (const item of layout.items)
      if (item.role !== 'price') expect(item.size).toBeLessThan(price?.size ?? 0);
  });

  it('stacks badges, name, price, list price and countdown top to bottom', () => {
    const layout = layoutPriceTag(makeText({ countdown: '距结束 05:00:00' }), fontMeasure);
    const y = (role: string) => byRole(layout, role)[0]?.y ?? NaN;
    expect(y('badge')).toBeLessThan(y('name'));
    expect(y('name')).toBeLessThan(y('price'));
    expect(y('price')).toBeLessThan(y('list'));
    expect(y('list')).toBeLessThan(y('countdown'));
    expect(layout.height).toBeGreaterThan(y('countdown'));
  });

  it('keeps every run inside the card', () => {
    const layout = layoutPriceTag(
      makeText({ name: 'Double Eleven Xinjiang dried fruit gift box, family size' }),
      fontMeasure,
    );
    for (const item of layout.items) {
      expect(item.x).toBeGreaterThanOrEqual(defaultTagStyle.padding);
      expect(item.x + item.width).toBeLessThanOrEqual(
        defaultTagStyle.width - defaultTagStyle.padding + 0.001,
      );
    }
  });

  it('wraps a long English name onto two lines and ends it with an ellipsis', () => {
    const name = 'Double Eleven Xinjiang dried fruit gift box with walnuts, jujubes, apricots and raisins';
    const names = byRole(layoutPriceTag(makeText({ name }), fontMeasure), 'name');
    expect(names).toHaveLength(defaultTagStyle.maxNameLines);
    expect(names.at(-1)?.text).toMatch(/…$/u);
  });

  it('shrinks a price too wide for the tag instead of wrapping it', () => {
    const [price] = byRole(layoutPriceTag(makeText({ price: '¥1,234,567.89' }), fontMeasure), 'price');
    expect(price?.size).toBeLessThan(defaultTagStyle.priceSize);
    expect(price?.width).toBeLessThanOrEqual(inner + 0.001);
  });

  it('leaves out the list price and saving when nothing is discounted', () => {
    const layout = layoutPriceTag(makeText({ listPrice: null, save: null, badges: [] }), fontMeasure);
    expect(layout.items.map((item) => item.role)).toEqual(['name', 'price']);
    expect(layout.pills).toEqual([]);
  });

  it('wraps badges into pills and truncates one that is wider than the tag', () => {
    const long = '定金¥20.00抵¥50.00，尾款12月1日开始支付，限量预售先到先得，售完即止';
    const layout = layoutPriceTag(makeText({ badges: ['-20%', long, '买3付2'] }), fontMeasure);
    const badges = byRole(layout, 'badge');
    expect(badges.some((badge) => badge.text.endsWith('…'))).toBe(true);
    for (const pill of layout.pills)
      expect(pill.x + pill.width).toBeLessThanOrEqual(inner + defaultTagStyle.padding + 0.001);
    const rows = new Set(layout.pills.map((pill) => pill.y));
    expect(rows.size).toBeLessThanOrEqual(defaultTagStyle.maxBadgeRows);
  });

  it('fits the worst case (two badge rows, two name lines, countdown) in a square canvas', () => {
    const layout = layoutPriceTag(
      makeText({
        name: '新疆阿克苏冰糖心红富士苹果特级大果十斤装家庭分享礼盒',
        badges: ['秒杀 · 每单限5件 · 仅剩363件', '定金¥20.00抵¥50.00', '买3付2'],
        countdown: '距结束 23:59:59',
      }),
      fontMeasure,
    );
    expect(layout.height).toBeLessThanOrEqual(defaultTagStyle.width);
  });
});
