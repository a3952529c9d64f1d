import { registerMessages } from './locale';
import { ordersEn, ordersZh } from './messages/orders';

// Imported for its effect by the server checkout and the verified counter, so a product page never downloads it.
registerMessages(ordersZh, ordersEn);
