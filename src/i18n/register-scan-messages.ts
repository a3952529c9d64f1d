import { registerMessages } from './locale';
import { scanEn, scanZh } from './messages/scan';

// Imported for its effect by the scan surface (first import), so the strings arrive with its lazy chunk.
registerMessages(scanZh, scanEn);
