import type { ProductGenerator } from '../product-generator';
import { aksuApple } from './aksu-apple';
import { doubleElevenGiftBox } from './double-eleven-gift-box';
import { driedApricots } from './dried-apricots';
import { hamiMelon } from './hami-melon';
import { hotanJujubes } from './hotan-jujubes';
import { kashgarPomegranate } from './kashgar-pomegranate';
import { paperShellWalnuts } from './paper-shell-walnuts';
import { turpanRaisins } from './turpan-raisins';

/** Every demo product's generator, in catalog order. Add new products here (see models/README.md). */
export const GENERATORS: readonly ProductGenerator[] = [
  aksuApple,
  kashgarPomegranate,
  hamiMelon,
  turpanRaisins,
  hotanJujubes,
  paperShellWalnuts,
  driedApricots,
  doubleElevenGiftBox,
];

/** Looks a generator up by product id; throws for unknown ids so typos fail loudly. */
export function generatorFor(id: string): ProductGenerator {
  const generator = GENERATORS.find((g) => g.id === id);
  if (!generator) throw new Error(`No model generator for product "${id}"`);
  return generator;
}
