import type { Locale } from './locale';

/**
 * The catalog schema states its rules in English (they also appear in logs and exported reports). Shoppers
 * and merchants see them in their language: each rule maps to its zh-CN wording, with the parts that name
 * data (ids, field names, numbers) carried over unchanged.
 */
const zhRules: [RegExp, string][] = [
  [/^must be a string$/, '必须是文本'],
  [/^must be a lowercase slug \(a-z, 0-9, single dashes\)$/, '必须是小写标识（a-z、0-9、单个连字符）'],
  [/^must be at most (\d+) characters$/, '最多 $1 个字符'],
  [/^must not be empty$/, '不能为空'],
  [/^must not contain control, zero-width or bidi characters$/, '不能包含控制字符、零宽字符或双向文本控制符'],
  [/^must be a positive integer$/, '必须是正整数'],
  [/^must be a non-negative integer$/, '必须是非负整数'],
  [/^must be a safe integer$/, '数值过大'],
  [/^must be a number$/, '必须是数字'],
  [/^must be an ISO-8601 date-time with an offset$/, '必须是带时区偏移的 ISO-8601 时间'],
  [
    /^must be a relative path on this site \(no URL, no leading slash\)$/,
    '必须是本站的相对路径（不能是网址或以 / 开头）',
  ],
  [/^must not contain "\." or "\.\." segments$/, '不能包含 "." 或 ".." 路径段'],
  [
    /^must name a \.glb, \.png, \.webp or \.jpg file with plain characters$/,
    '必须是以普通字符命名的 .glb、.png、.webp 或 .jpg 文件',
  ],
  [/^must list at least one product$/, '至少要列出一个商品'],
  [/^must be an integer between 1 and 99$/, '必须是 1 到 99 之间的整数'],
  [/^must be at least (\d+)$/, '至少为 $1'],
  [/^must be true or false$/, '必须是 true 或 false'],
  [/^must be 3-20 uppercase letters or digits$/, '必须是 3–20 位大写字母或数字'],
  [/^must be one of: (.*)$/, '必须是以下之一：$1'],
  [/^must be later than (\w+)$/, '必须晚于 $1'],
  [/^must be less than (\w+)$/, '必须小于 $1'],
  [/^must not exceed (\w+)$/, '不能超过 $1'],
  [/^must be at least (\w+)$/, '不能低于 $1'],
  [/^must not be before the deposit window ends$/, '不能早于定金阶段结束'],
  [/^duplicate product id "(.*)"$/, '商品编号 "$1" 重复'],
  [/^duplicate promotion id "(.*)"$/, '促销编号 "$1" 重复'],
  [/^duplicate coupon code "(.*)"$/, '券码 "$1" 重复'],
  [/^refers to unknown product "(.*)"$/, '引用了不存在的商品 "$1"'],
  [/^unknown field\(s\): (.*)$/, '未知字段：$1'],
  [/^must be ("[^"]*"|\d+)$/, '必须是 $1'],
  [/^must be (\w+)$/, '类型应为 $1'],
  [/^and (\d+) more errors$/, '另有 $1 处错误未列出'],
];

/** A catalog rule message in the reader's language; unknown messages are shown as they are. */
export function catalogErrorText(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const [pattern, zh] of zhRules) {
    if (pattern.test(message)) return message.replace(pattern, zh);
  }
  return message;
}
