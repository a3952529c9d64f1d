/** Kiosk display (issue 9): zh-CN first, English second, same keys. */
export const kioskZh = {} as const;

export const kioskEn: Record<keyof typeof kioskZh, string> = {};
