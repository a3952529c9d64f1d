import { breakLines, truncate } from './line-break';

/** Width of `text` at a font size (px) and weight, e.g. from a canvas 2D context's `measureText`. */
export type FontMeasure = (text: string, size: number, bold: boolean) => number;

/** The tag's words, already formatted for the shopper's locale (money via formatFen, never computed here). */
export interface PriceTagText {
  name: string;
  /** The promotion (or list) price of one unit. */
  price: string;
  /** The list price, shown struck through; null when there is no discount. */
  listPrice: string | null;
  /** "省29%" / "Save 29%"; null when nothing is saved. */
  save: string | null;
  /** Promotion badges: "-20%", "买3付2", "定金¥20.00抵¥50.00". */
  badges: readonly string[];
  /** "距结束 05:12:33" when the promotion ends within a day, else null. */
  countdown: string | null;
}

export type TagRole = 'badge' | 'name' | 'price' | 'list' | 'save' | 'countdown';

/** One run of text; `y` is the vertical middle of its line, `x` its left edge. */
export interface TagItem {
  role: TagRole;
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  width: number;
}

/** A rounded badge background behind a badge item. */
export interface TagPill {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TagLayout {
  width: number;
  height: number;
  items: TagItem[];
  pills: TagPill[];
}

export interface TagStyle {
  width: number;
  padding: number;
  gap: number;
  badgeSize: number;
  nameSize: number;
  priceSize: number;
  listSize: number;
  countdownSize: number;
  maxNameLines: number;
  maxBadgeRows: number;
}

/** Pixel sizes for a 512-px-wide tag: the price is the largest thing, readable at arm's length. */
export const defaultTagStyle: TagStyle = {
  width: 512,
  padding: 28,
  gap: 12,
  badgeSize: 28,
  nameSize: 34,
  priceSize: 96,
  listSize: 34,
  countdownSize: 30,
  maxNameLines: 2,
  maxBadgeRows: 2,
};

const lineHeight = 1.3;

/**
 * Lays out a price tag top to bottom: badges as pills that wrap (at most `maxBadgeRows` rows, a too-long badge
 * ends in "…"), the product name on at most `maxNameLines` lines (CJK and Latin line breaking), the price as
 * large as fits the width, then the struck list price with the saving, then the countdown. Pure: the caller
 * supplies text measurement, so tests run without a canvas.
 */
export function layoutPriceTag(text: PriceTagText, measure: FontMeasure, style = defaultTagStyle): TagLayout {
  const inner = style.width - style.padding * 2;
  const left = style.padding;
  const items: TagItem[] = [];
  const pills: TagPill[] = [];
  let top = style.padding;

  const badgeLine = style.badgeSize * 1.6;
  const pillPad = style.badgeSize * 0.5;
  let x = left;
  let rows = text.badges.length > 0 ? 1 : 0;
  for (const badge of text.badges) {
    const fit = (t: string) => measure(t, style.badgeSize, true) + pillPad * 2;
    let label = badge;
    if (fit(label) > inner)
      label = truncate(label, inner - pillPad * 2, (t) => measure(t, style.badgeSize, true));
    const width = fit(label);
    if (x > left && x + width > left + inner) {
      if (rows === style.maxBadgeRows) break;
      rows += 1;
      top += badgeLine + style.gap / 2;
      x = left;
    }
    pills.push({ x, y: top, width, height: badgeLine });
    const size = style.badgeSize;
    items.push({
      role: 'badge',
      text: label,
      x: x + pillPad,
      y: top + badgeLine / 2,
      size,
      bold: true,
      width,
    });
    x += width + style.gap;
  }
  if (rows > 0) top += badgeLine + style.gap;

  const nameMeasure = (t: string) => measure(t, style.nameSize, true);
  for (const line of breakLines(text.name, inner, nameMeasure, style.maxNameLines)) {
    const height = style.nameSize * lineHeight;
    items.push(runAt('name', line, left, top + height / 2, style.nameSize, true, nameMeasure(line)));
    top += height;
  }

  // The price never wraps: a long amount gets a smaller font instead.
  const natural = measure(text.price, style.priceSize, true);
  const priceSize = natural > inner ? Math.floor((style.priceSize * inner) / natural) : style.priceSize;
  const priceHeight = priceSize * 1.15;
  items.push(
    runAt(
      'price',
      text.price,
      left,
      top + priceHeight / 2,
      priceSize,
      true,
      measure(text.price, priceSize, true),
    ),
  );
  top += priceHeight;

  const secondary: [TagRole, string][] = [];
  if (text.listPrice) secondary.push(['list', text.listPrice]);
  if (text.save) secondary.push(['save', text.save]);
  if (secondary.length > 0) {
    const height = style.listSize * lineHeight;
    let runX = left;
    for (const [role, run] of secondary) {
      const width = measure(run, style.listSize, role === 'save');
      if (runX > left && runX + width > left + inner) {
        top += height;
        runX = left;
      }
      items.push(runAt(role, run, runX, top + height / 2, style.listSize, role === 'save', width));
      runX += width + style.gap * 1.5;
    }
    top += height;
  }

  if (text.countdown) {
    const height = style.countdownSize * lineHeight;
    top += style.gap / 2;
    const width = measure(text.countdown, style.countdownSize, true);
    items.push(runAt('countdown', text.countdown, left, top + height / 2, style.countdownSize, true, width));
    top += height;
  }

  return { width: style.width, height: Math.ceil(top + style.padding), items, pills };
}

function runAt(
  role: TagRole,
  text: string,
  x: number,
  y: number,
  size: number,
  bold: boolean,
  width: number,
): TagItem {
  return { role, text, x, y, size, bold, width };
}
