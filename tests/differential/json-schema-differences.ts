// The shape rules that the zod schemas check and the generated JSON Schema cannot express, by the name of
// the corruption that breaks them. docs/json-schema-differences.md has the same table for readers (a test
// keeps the two equal); the differential test skips exactly these corruptions.
import type { CorruptionRule } from "../properties/support/corruptions";

/** Why a rule is beyond JSON Schema, and an example the JSON Schema accepts and newsgraph does not. */
export interface JsonSchemaDifference {
  rule: string;
  example: string;
  why: string;
}

export const jsonSchemaDifferences: Partial<Record<CorruptionRule, JsonSchemaDifference>> = {
  "date-leap-day": {
    rule: "29 February only in leap years",
    example: '"2023-02-29"',
    why: "a pattern would have to tell leap years (divisible by 4, not by 100 unless by 400) from the digits",
  },
  "date-interval-order": {
    rule: "an interval does not end before it starts",
    example: '"2024-06/2023-01"',
    why: "comparing two parts of one string is beyond a regular expression",
  },
  "url-unparseable": {
    rule: "a URL the WHATWG URL parser accepts, with a host",
    example: '"http://[/", "https://example.org:99999/"',
    why: "the pattern checks the scheme, the host's first character and the characters; hosts, ports and IPv6 literals need the parser",
  },
  "url-too-long-utf16": {
    rule: "at most 4096 UTF-16 code units in a URL",
    example: "a URL of 2,060 characters, 2,040 of them emoji",
    why: "JSON Schema's maxLength counts code points, newsgraph counts UTF-16 code units as JavaScript does; only characters beyond U+FFFF count differently",
  },
  "quantity-order": {
    rule: "Quantity: min <= value <= max",
    example: '{ "min": 10, "max": 5, "unit": "soldiers" }',
    why: "JSON Schema cannot compare one property's value with another's",
  },
  "span-order": {
    rule: "TextSpan: end > start",
    example: '{ "start": 4, "end": 4, … }',
    why: "JSON Schema cannot compare one property's value with another's",
  },
  "rating-scale": {
    rule: "Rating: worst < best",
    example: '{ "value": 1, "worst": 5, "best": 5 }',
    why: "JSON Schema cannot compare one property's value with another's",
  },
  "rating-value": {
    rule: "Rating: worst <= value <= best",
    example: '{ "value": 6, "worst": 1, "best": 5 }',
    why: "JSON Schema cannot compare one property's value with another's",
  },
};
