import * as z from "zod";
import { reportIssue } from "./custom-issue";
import { HttpUrl } from "./http-url";
import { newsgraphRegistry } from "./registry";
import { provenanceBases } from "./vocabulary";

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

const provenanceShape = {
  /** Whether the value is stated in the source, inferred, or taken from an external reference. */
  basis: ProvenanceBasis,
  /** The reasoning or the source, in words. Required unless the value is `stated`. */
  note: z.string().min(1).optional(),
  /** Where an external value was taken from. */
  source: HttpUrl.optional(),
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

export { provenanceBases };
