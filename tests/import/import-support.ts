// What the importer's tests share: an import that must give a valid graph and leave its input alone,
// warnings as readable lines, and a NewsArticle to vary.
import { expect } from "vitest";
import {
  type FromJsonLdOptions,
  type FromJsonLdResult,
  fromJsonLd,
  type ImportWarning,
} from "../../src/import/jsonld/from-json-ld";
import { safeParseNewsGraph } from "../../src/validate/parse";

export type Json = Record<string, unknown>;

export const schemaOrg = "https://schema.org";

/** Freezes a value and everything in it, so that a write to it throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Json)[key]);
  }
  return value;
}

/**
 * Imports a frozen copy (so that a write to the input would surface as a failure) and checks that the graph
 * passes safeParseNewsGraph, that nothing was unreadable, and that the input is unchanged.
 */
export function importValid(input: unknown, options?: FromJsonLdOptions): FromJsonLdResult {
  const before = JSON.stringify(input);
  const result = fromJsonLd(deepFreeze(input), options);
  const checked = safeParseNewsGraph(result.graph);
  expect(checked.success ? [] : checked.error.issues).toEqual([]);
  expect(result.warnings.filter((warning) => warning.message.includes("could not be read"))).toEqual([]);
  expect(JSON.stringify(input)).toBe(before);
  return result;
}

/** Warnings as `path: message` lines, which read well in a failing test. */
export const lines = (warnings: ImportWarning[]): string[] =>
  warnings.map(({ path, message }) => `${path}: ${message}`);

/** The provenance the importer writes for what it filled in. */
export const inferred = (note: string) => ({ basis: "inferred", note });

export const NO_LANGUAGE =
  'the language is not stated; "und" (undetermined, BCP 47) is filled in because the model requires a language';

/** A NewsArticle with every field the model requires; an override of `undefined` removes the field. */
export const article = (overrides: Json = {}): Json =>
  Object.fromEntries(
    Object.entries({
      "@context": schemaOrg,
      "@type": "NewsArticle",
      url: "https://example.org/news/storm",
      headline: "Storm closes mountain pass",
      datePublished: "2025-01-08T12:00:00+01:00",
      inLanguage: "en",
      ...overrides,
    }).filter(([, value]) => value !== undefined),
  );
