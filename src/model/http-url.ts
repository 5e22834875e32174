import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { describeValue } from "./describe";
import { HTTP_URL_MAX_LENGTH, HTTP_URL_PATTERN, isHttpUrl } from "./http-url-syntax";
import { newsgraphRegistry } from "./registry";

export { HTTP_URL_MAX_LENGTH, isHttpUrl };

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
  pattern: HTTP_URL_PATTERN,
  maxLength: HTTP_URL_MAX_LENGTH,
});

/**
 * An absolute http(s) URL.
 *
 * @example
 * ```ts
 * import { HttpUrl } from "newsgraph";
 *
 * const url: HttpUrl = "https://example.org/";
 * ```
 */
export type HttpUrl = z.output<typeof HttpUrl>;
