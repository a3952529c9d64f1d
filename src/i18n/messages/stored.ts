/**
 * Damaged saved data (issue 21): the notice when a surface set a stored value aside, and the recovery screen
 * a surface shows instead of a blank page; zh-CN first. Registered by the counter, studio, kiosk and the
 * recovery screen's chunk, so the shop never downloads them.
 */
export const storedZh = {
  'stored.damaged': '本机为此页面保存的数据已损坏，已另存一份备查，此页面已重新开始。',
  'stored.recovery.title': '此页面出错了',
  'stored.recovery.body':
    '本机保存的数据可能已损坏。可以重新加载，或重置本机为此页面保存的数据（会另存一份备查）。',
  'stored.recovery.reload': '重新加载',
  'stored.recovery.reset': '重置本机为此页面保存的数据',
} as const;

export const storedEn: Record<keyof typeof storedZh, string> = {
  'stored.damaged':
    'Data saved on this device for this screen was damaged. A copy was set aside and the screen started afresh.',
  'stored.recovery.title': 'This screen ran into a problem',
  'stored.recovery.body':
    "The data saved on this device may be damaged. Reload, or reset this device's saved data for this screen (a copy is kept).",
  'stored.recovery.reload': 'Reload',
  'stored.recovery.reset': "Reset this device's saved data for this screen",
};
