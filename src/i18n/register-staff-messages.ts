import { registerMessages } from './locale';
import { staffEn, staffZh } from './messages/staff';

// Imported for its effect by the staff surfaces (studio, labels, counter), so a shopper never downloads it.
registerMessages(staffZh, staffEn);
