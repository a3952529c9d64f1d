// 5x7 bitmap glyphs for the few labels printed on packaging textures. Only the characters the products
// use are here; add rows for new ones (each string is one row, '#' = ink).
const GLYPHS: Record<string, string[]> = {
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.###.'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  N: ['#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#', '#...#'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
};

/**
 * Returns a hit test for `text` drawn with its top-left corner at (left, top), each glyph pixel `scale`
 * texels square and one empty column between glyphs. Pixel textures get crisp text without a canvas.
 */
export function textMask(
  text: string,
  left: number,
  top: number,
  scale: number,
): (x: number, y: number) => boolean {
  return (x, y) => {
    const gx = Math.floor((x - left) / scale);
    const gy = Math.floor((y - top) / scale);
    if (gx < 0 || gy < 0 || gy >= 7) return false;
    const glyph = GLYPHS[text[Math.floor(gx / 6)] ?? ''];
    return glyph?.[gy]?.[gx % 6] === '#';
  };
}

/** Width in texels of `text` drawn by {@link textMask} at `scale`. */
export function textWidth(text: string, scale: number): number {
  return (text.length * 6 - 1) * scale;
}
