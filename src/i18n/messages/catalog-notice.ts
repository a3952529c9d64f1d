/** Why the catalog on screen is not a fresh one: loaded with the notice (src/ui/CatalogNoticeText.tsx). */
export const catalogNoticeZh = {
  'catalog.unreachable': '商品目录更新失败：无法连接服务器（{reason}）。',
  'catalog.invalid': '新的商品目录有误：{first}。',
  'catalog.tooLarge': '新的商品目录超过 {limit} 的大小上限，未加载。',
  'catalog.broken': '收到的商品目录不是完整的 JSON（{reason}）。',
  'catalog.offline': '离线：价格是 {time} 保存的副本，可能已变动。',
  'catalog.offlineUnknown': '离线：价格是之前保存的副本，可能已变动。',
  'catalog.kept': '继续显示 {time} 保存的价格。',
  'catalog.keptNone': '本设备没有保存过的目录可用。',
} as const;

export const catalogNoticeEn: Record<keyof typeof catalogNoticeZh, string> = {
  'catalog.unreachable': 'Could not update the catalog: the server cannot be reached ({reason}).',
  'catalog.invalid': 'The new catalog has an error: {first}.',
  'catalog.tooLarge': 'The new catalog is over the {limit} size limit and was not loaded.',
  'catalog.broken': 'The catalog received is not complete JSON ({reason}).',
  'catalog.offline': 'Offline: these prices are a copy saved at {time} and may have changed.',
  'catalog.offlineUnknown': 'Offline: these prices are a saved copy and may have changed.',
  'catalog.kept': 'Still showing the prices saved at {time}.',
  'catalog.keptNone': 'This device has no saved catalog to fall back on.',
};
