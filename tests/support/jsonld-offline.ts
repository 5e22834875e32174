/**
 * JSON-LD expansion with no network: the schema.org context is served from ./schemaorg/context.jsonld (the
 * release 30.0 context, CC BY-SA 3.0, see ./schemaorg/README.md) and every other remote document is
 * refused. Test support only.
 */
import { readFileSync } from "node:fs";
import type { JsonLdDocument } from "jsonld";
import jsonld from "jsonld";
import type { RemoteDocument } from "jsonld/jsonld-spec";

/** The URLs under which the schema.org context is served; any other URL is refused. */
export const SCHEMA_ORG_CONTEXT_URLS: readonly string[] = [
  "https://schema.org",
  "https://schema.org/",
  "http://schema.org",
  "http://schema.org/",
  "https://schema.org/docs/jsonldcontext.jsonld",
  "http://schema.org/docs/jsonldcontext.jsonld",
];

let context: RemoteDocument["document"] | undefined;

function schemaOrgContext(): RemoteDocument["document"] {
  context ??= JSON.parse(readFileSync(new URL("./schemaorg/context.jsonld", import.meta.url), "utf8"));
  return context as RemoteDocument["document"];
}

/** Thrown (and passed through `expandOffline`) when a document other than the schema.org context is asked for. */
export class OfflineLoadRefused extends Error {
  override name = "OfflineLoadRefused";
  constructor(readonly url: string) {
    super(`offline JSON-LD: refusing to load ${url}; only the schema.org context is available offline`);
  }
}

/**
 * A jsonld.js document loader that serves the schema.org context and throws for anything else.
 *
 * @example
 * ```ts
 * await jsonld.compact(doc, "https://schema.org", { documentLoader: offlineDocumentLoader });
 * ```
 */
export async function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  if (!SCHEMA_ORG_CONTEXT_URLS.includes(url)) throw new OfflineLoadRefused(url);
  return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext() };
}

/**
 * `jsonld.expand` without network access: the schema.org context (release 30.0) comes from disk; any
 * other remote context or document makes the returned promise reject with {@link OfflineLoadRefused}
 * (jsonld.js's own wrapping error is unwrapped so the reason is plain).
 *
 * @example
 * ```ts
 * const [node] = await expandOffline({ "@context": "https://schema.org", "@type": "Thing", name: "x" });
 * // node["@type"] → ["http://schema.org/Thing"]
 * ```
 */
export async function expandOffline(
  document: JsonLdDocument,
): Promise<Awaited<ReturnType<typeof jsonld.expand>>> {
  try {
    return await jsonld.expand(document, { documentLoader: offlineDocumentLoader });
  } catch (error) {
    const cause: unknown = (error as { details?: { cause?: unknown } } | null)?.details?.cause;
    throw cause instanceof OfflineLoadRefused ? cause : error;
  }
}
