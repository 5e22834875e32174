import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { HttpUrl } from "./http-url";
import { newsgraphRegistry } from "./registry";
import { provenanceBases, provenanceFormats } from "./vocabulary";

/**
 * Schema of one of {@link provenanceBases}.
 *
 * @example
 * ```ts
 * import { ProvenanceBasis } from "newsgraph";
 *
 * ProvenanceBasis.parse("inferred");
 * ```
 */
export const ProvenanceBasis: z.ZodEnum<{ [K in (typeof provenanceBases)[number]]: K }> =
  z.enum(provenanceBases);
/**
 * One of {@link provenanceBases}.
 *
 * @example
 * ```ts
 * import { ProvenanceBasis } from "newsgraph";
 *
 * const basis: ProvenanceBasis = "inferred";
 * ```
 */
export type ProvenanceBasis = z.output<typeof ProvenanceBasis>;

/**
 * Schema of one of {@link provenanceFormats}.
 *
 * @example
 * ```ts
 * import { ProvenanceFormat } from "newsgraph";
 *
 * ProvenanceFormat.parse("html");
 * ```
 */
export const ProvenanceFormat: z.ZodEnum<{ [K in (typeof provenanceFormats)[number]]: K }> =
  z.enum(provenanceFormats);
/**
 * One of {@link provenanceFormats}.
 *
 * @example
 * ```ts
 * import type { ProvenanceFormat } from "newsgraph";
 *
 * const format: ProvenanceFormat = "json-ld";
 * ```
 */
export type ProvenanceFormat = z.output<typeof ProvenanceFormat>;

const provenanceOriginShape = {
  /** The format the value was read from. */
  format: ProvenanceFormat,
  /**
   * Where in it: for JSON, an RFC 9535 JSONPath (`$["@graph"][1].headline`; for a page, `$[N]` is its N-th
   * ld+json script, from 0); for HTML, a CSS selector of the element (`meta[property="og:title"]`,
   * `link[rel="canonical"]`, `html[lang]`, `title`), with the attribute value as the page writes it.
   */
  at: z.string().min(1),
};

/**
 * Where in its source a value was read: the format, and the place within it, written so that a program can
 * find it again (a JSONPath, a CSS selector).
 *
 * @example
 * ```ts
 * import { ProvenanceOrigin } from "newsgraph";
 *
 * ProvenanceOrigin.parse({ format: "html", at: 'meta[property="article:published_time"]' });
 * ```
 */
export const ProvenanceOrigin: z.ZodObject<typeof provenanceOriginShape, z.core.$strict> =
  z.strictObject(provenanceOriginShape);
newsgraphRegistry.add(ProvenanceOrigin, {
  id: "ProvenanceOrigin",
  description: "Where in its source a value was read: the format, and a JSONPath or CSS selector within it.",
});
/**
 * Where in its source a value was read.
 *
 * @example
 * ```ts
 * import type { ProvenanceOrigin } from "newsgraph";
 *
 * const origin: ProvenanceOrigin = { format: "json-ld", at: "$[0].headline" };
 * ```
 */
export interface ProvenanceOrigin extends z.output<typeof ProvenanceOrigin> {}

const provenanceShape = {
  /** Whether the value is stated in the source, inferred, or taken from an external reference. */
  basis: ProvenanceBasis,
  /** The reasoning or the source, in words. Required unless the value is `stated`. */
  note: z.string().min(1).optional(),
  /** Where an external value was taken from. */
  source: HttpUrl.optional(),
  /**
   * Where in the source the value was read (a stated one), or what it was worked out from (an inferred one):
   * `{ format: "html", at: 'meta[property="og:title"]' }`.
   */
  origin: ProvenanceOrigin.optional(),
};

/**
 * The type of the {@link Provenance} schema. It has a name so that the published declarations refer to it
 * rather than spell it out at every field of every `fieldProvenance`, which made a user's type checker
 * work through it dozens of times for one annotated article.
 *
 * @example
 * ```ts
 * import { Provenance, type ProvenanceSchema } from "newsgraph";
 *
 * const schema: ProvenanceSchema = Provenance;
 * ```
 */
export interface ProvenanceSchema extends z.ZodObject<typeof provenanceShape, z.core.$strict> {}

/**
 * How a node or a field came to be: stated in the source, or not — and then why it is there.
 * Data that the source does not say (a year it leaves out, a URL it does not give) is marked
 * `inferred` with the reasoning in `note`, never passed off as stated.
 *
 * @example
 * ```ts
 * import { Provenance } from "newsgraph";
 *
 * Provenance.parse({ basis: "inferred", note: "The year follows from 'two and a half years' into the war." });
 * ```
 */
export const Provenance: ProvenanceSchema = z.strictObject(provenanceShape).check((ctx) => {
  if (ctx.value.basis !== "stated" && ctx.value.note === undefined) {
    reportIssue(
      ctx,
      "missing_note",
      `expected a note explaining a value that is ${ctx.value.basis}, found none`,
      ["note"],
    );
  }
});
newsgraphRegistry.add(Provenance, {
  id: "Provenance",
  description: "Whether a value is stated in the source, inferred or external, with a note saying why.",
  if: { properties: { basis: { const: "stated" } } },
  else: { properties: { note: true }, required: ["note"] },
});

/**
 * Provenance of a node or field.
 *
 * @example
 * ```ts
 * import { Provenance } from "newsgraph";
 *
 * const p: Provenance = { basis: "stated" };
 * ```
 */
export interface Provenance extends z.output<typeof Provenance> {}

/**
 * Builds the `fieldProvenance` schema for an entity: one optional {@link Provenance} per field of
 * its shape, and no other keys.
 * @internal
 */
export function fieldProvenanceOf<Shape extends z.core.$ZodShape>(
  shape: Shape,
): z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<typeof Provenance> }, z.core.$strict> {
  const fields = Object.fromEntries(Object.keys(shape).map((key) => [key, Provenance.optional()]));
  return z.strictObject(fields) as z.ZodObject<
    { [K in keyof Shape]: z.ZodOptional<typeof Provenance> },
    z.core.$strict
  >;
}

export { provenanceBases, provenanceFormats };
