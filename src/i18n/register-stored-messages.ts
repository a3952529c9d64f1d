import { registerMessages } from './locale';
import { storedEn, storedZh } from './messages/stored';

// Imported for its effect by the surfaces that read saved data and by the recovery screen's chunk.
registerMessages(storedZh, storedEn);
