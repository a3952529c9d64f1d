import { registerMessages } from './locale';
import { merchantEn, merchantZh } from './messages/merchant';
import { publishEn, publishZh } from './messages/publish';

// Imported for its effect by both merchant surfaces, studio and labels (first import), so the strings arrive with its lazy chunk.
registerMessages(merchantZh, merchantEn);
registerMessages(publishZh, publishEn);
