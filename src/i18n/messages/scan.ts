/** Shelf codes, scanner and camera AR (issue 6): zh-CN first, English second, same keys. */
export const scanZh = {} as const;

export const scanEn: Record<keyof typeof scanZh, string> = {};
