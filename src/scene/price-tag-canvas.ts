import {
  layoutPriceTag,
  type FontMeasure,
  type PriceTagText,
  type TagLayout,
  type TagRole,
} from '../domain/price-tag';

/**
 * Fonts every phone already has (PingFang on iOS, Noto CJK on Android, YaHei on Windows): the tag downloads no
 * web font, so Chinese renders offline and nothing leaves our origin.
 */
export const systemFontStack =
  '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", ' +
  '"Microsoft YaHei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const colours: Record<TagRole, string> = {
  badge: '#ffffff',
  name: '#2b2118',
  price: '#d7261e',
  list: '#8a8178',
  save: '#b3531a',
  countdown: '#9c1b15',
};

/** Counts tag redraws, so tests can prove tags are not redrawn every frame. */
export const priceTagStats = { redraws: 0 };

export const font = (size: number, bold: boolean) => `${bold ? 700 : 400} ${size}px ${systemFontStack}`;

/** Text measurement for the pure layout, backed by a canvas context. */
export function canvasMeasure(context: CanvasRenderingContext2D): FontMeasure {
  return (text, size, bold) => {
    context.font = font(size, bold);
    return context.measureText(text).width;
  };
}

/** Draws a laid-out tag: a white card, red badge pills, the texts, a strike line through the list price. */
export function drawPriceTag(
  context: CanvasRenderingContext2D,
  layout: TagLayout,
  pixelRatio: number,
  offsetY = 0,
): void {
  const { canvas } = context;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, pixelRatio * offsetY);
  const radius = 26;
  context.fillStyle = 'rgba(255, 252, 246, 0.96)';
  context.strokeStyle = '#d7261e';
  context.lineWidth = 5;
  context.beginPath();
  context.roundRect(3, 3, layout.width - 6, layout.height - 6, radius);
  context.fill();
  context.stroke();
  context.fillStyle = '#d7261e';
  for (const pill of layout.pills) {
    context.beginPath();
    context.roundRect(pill.x, pill.y, pill.width, pill.height, pill.height / 2);
    context.fill();
  }
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  for (const item of layout.items) {
    context.font = font(item.size, item.bold);
    context.fillStyle = colours[item.role];
    context.fillText(item.text, item.x, item.y);
    if (item.role === 'list') {
      context.fillRect(item.x, item.y - item.size * 0.06, item.width, Math.max(2, item.size * 0.08));
    }
  }
}

/**
 * A price tag's square canvas; the card is drawn at the bottom, the rest stays transparent. DOM only: the
 * React scenes and the plain-three viewer each wrap it in a texture of their own three.js copy.
 */
export interface PriceTagCanvas {
  canvas: HTMLCanvasElement;
  /** Lays out and draws `text`. Call only when the words change; then mark the texture for upload. */
  redraw(text: PriceTagText): void;
}

/** Creates the canvas for one tag: `units` layout pixels per side, drawn at `pixelRatio`. */
export function createPriceTagCanvas(units: number, pixelRatio: number): PriceTagCanvas {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.round(units * pixelRatio);
  const context = canvas.getContext('2d');
  return {
    canvas,
    redraw(text) {
      if (!context) return;
      const layout = layoutPriceTag(text, canvasMeasure(context));
      // Align the card with the canvas bottom so the sprite's bottom-centre anchor is the card's bottom edge.
      drawPriceTag(context, layout, pixelRatio, units - layout.height);
      priceTagStats.redraws += 1;
    },
  };
}
