import { registerMessages } from './locale';
import { kioskEn, kioskZh } from './messages/kiosk';

// Imported for its effect by the kiosk surface (first import), so the strings arrive with its lazy chunk.
registerMessages(kioskZh, kioskEn);
