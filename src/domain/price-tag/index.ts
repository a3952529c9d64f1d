export { breakLines, breakPieces, truncate, ellipsis, type Measure } from './line-break';
export {
  layoutPriceTag,
  defaultTagStyle,
  type FontMeasure,
  type PriceTagText,
  type TagItem,
  type TagLayout,
  type TagPill,
  type TagRole,
  type TagStyle,
} from './layout';
export { countdownText } from './countdown';
