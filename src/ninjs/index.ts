/**
 * IPTC ninjs, the news agencies' JSON format: an article of a newsgraph document written as a ninjs 3.1
 * item, and a ninjs 1.x, 2.x or 3.x item read into a newsgraph document. Nothing here imports zod at run time
 * (tests/ninjs/entry.test.ts proves it).
 *
 * @module newsgraph/ninjs
 */

export { type FromNinjsOptions, type FromNinjsResult, fromNinjs } from "./from-ninjs";
export type {
  NinjsAssociation,
  NinjsEntity,
  NinjsEvent,
  NinjsGenre,
  NinjsGeoPoint,
  NinjsInfoSource,
  NinjsItem,
  NinjsPlace,
  NinjsRendition,
  NinjsStandard,
  NinjsText,
  NinjsTrustIndicator,
  NinjsWarning,
} from "./item";
export { type ToNinjsResult, toNinjs } from "./to-ninjs";
