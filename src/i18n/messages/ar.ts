/** Shopper AR and the 3D price tag (issue 5): zh-CN first, English second, same keys. */
export const arZh = {} as const;

export const arEn: Record<keyof typeof arZh, string> = {};
