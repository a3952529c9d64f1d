/** Cart, coupons, checkout and the counter (issue 7): zh-CN first, English second, same keys. */
export const cartZh = {} as const;

export const cartEn: Record<keyof typeof cartZh, string> = {};
