/** Merchant studio and labels (issue 8): zh-CN first, English second, same keys. */
export const merchantZh = {} as const;

export const merchantEn: Record<keyof typeof merchantZh, string> = {};
