// fieldProvenance for values the importer fills in or reshapes, so that none passes for stated.
import type { Provenance } from "../../model/provenance";

/** The inferred fields of one node, by field name. @internal */
export type Inferred = Record<string, Provenance>;

/** Marks a field as inferred, adding the note to any already there (once: two corrections may share one). @internal */
export function infer(inferred: Inferred, field: string, note: string): void {
  const known = inferred[field]?.note;
  if (known?.includes(note)) return;
  inferred[field] = { basis: "inferred", note: known === undefined ? note : `${known}; ${note}` };
}

/**
 * The `fieldProvenance` member of a node: absent when nothing was inferred. The cast is safe because the
 * mappers only name their own node's fields.
 * @internal
 */
export function fieldProvenance<Fields>(inferred: Inferred): { fieldProvenance?: Fields } {
  return Object.keys(inferred).length === 0 ? {} : { fieldProvenance: inferred as Fields };
}

/** A callback that marks a field as inferred with the note it is given (a text's decoded references). @internal */
export const marker =
  (inferred: Inferred, field: string) =>
  (note: string): void => {
    infer(inferred, field, note);
  };
