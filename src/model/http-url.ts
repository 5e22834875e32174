import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { describeValue } from "./describe";
import { newsgraphRegistry } from "./registry";

/** The longest URL newsgraph accepts, in characters. @example `HTTP_URL_MAX_LENGTH; // 4096` */
export const HTTP_URL_MAX_LENGTH = 4096;

const HTTP_SCHEME = /^https?:\/\/[^/?#\s]/i;
// Spaces and control characters would be stripped or encoded by the URL parser: a silent rewrite.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f]/;

/**
 * Tells whether a string is an absolute `http:` or `https:` URL with a host, free of spaces and
 * control characters. Relative, protocol-relative, `javascript:` and `data:` URLs are not.
 *
 * @example
 * ```ts
 * import { isHttpUrl } from "newsgraph";
 *
 * isHttpUrl("https://example.org/a"); // true
 * isHttpUrl("javascript:alert(1)"); // false
 * ```
 */
export function isHttpUrl(value: string): boolean {
  if (value.length > HTTP_URL_MAX_LENGTH || !HTTP_SCHEME.test(value) || FORBIDDEN.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * An absolute `http:` or `https:` URL, such as an article's address or a Wikidata entity.
 *
 * @example
 * ```ts
 * import { HttpUrl } from "newsgraph";
 *
 * HttpUrl.parse("https://www.wikidata.org/wiki/Q423"); // ok
 * HttpUrl.safeParse("//example.org/a").success; // false: protocol-relative
 * ```
 */
export const HttpUrl: z.ZodString = z.string().check((ctx) => {
  if (!isHttpUrl(ctx.value)) {
    reportIssue(
      ctx,
      "invalid_url",
      `expected an absolute http(s) URL such as "https://example.org/page", found ${describeValue(ctx.value)}`,
    );
  }
});
newsgraphRegistry.add(HttpUrl, {
  id: "HttpUrl",
  description: "An absolute http or https URL.",
  pattern: "^[hH][tT][tT][pP][sS]?://[^/?#\\s]",
  maxLength: HTTP_URL_MAX_LENGTH,
});

/** An absolute http(s) URL. @example `const url: HttpUrl = "https://example.org/";` */
export type HttpUrl = z.output<typeof HttpUrl>;
