// JSON that does not parse, repaired by jsonrepair, with each repair found and named. jsonrepair gives the
// repaired text only, so the places are found by reading both texts as tokens and lining them up: where they
// part, the tokens left out and put in say what kind of repair it was. The search for where they meet again
// looks a bounded distance ahead, and only so many repairs are located, so the time stays linear.
import { jsonrepair } from "jsonrepair";
import { reasonOf } from "../model/describe";

/**
 * What kind of repair was made to JSON that did not parse.
 *
 * - `comment`: a `//` or `/* … *\/` comment removed;
 * - `trailing-comma`: a comma before a closing bracket, or a comma too many, removed;
 * - `missing-comma`: a comma put in between two values;
 * - `missing-value`: a member or element without a value (`"width": ,`) given `null`;
 * - `quotes`: a string in single or typographic quotes, or a name without quotes, written in double quotes;
 * - `string-escape`: a line break, control character or quotation mark inside a string escaped, or an
 *   escape JSON does not have rewritten;
 * - `literal`: a word JSON does not have (`undefined`, `NaN`, `True`, `None`) written as JSON's;
 * - `unclosed`: objects and arrays the text leaves open closed at its end;
 * - `extra-closing`: a closing bracket that closes nothing removed;
 * - `several-values`: values written one after another read as one array;
 * - `removed`: text that is not JSON removed;
 * - `rewritten`: text rewritten in another way (the message shows what was there and what is now).
 *
 * @example
 * ```ts
 * import { type JsonRepairKind, readPage } from "newsgraph/jsonld";
 *
 * const { warnings } = readPage('<script type="application/ld+json">{"@type": "Thing",}</script>');
 * const kinds: (JsonRepairKind | undefined)[] = warnings.map((warning) => warning.repair);
 * // kinds → [undefined, "trailing-comma", …]
 * ```
 */
export type JsonRepairKind =
  | "comment"
  | "trailing-comma"
  | "missing-comma"
  | "missing-value"
  | "quotes"
  | "string-escape"
  | "literal"
  | "unclosed"
  | "extra-closing"
  | "several-values"
  | "removed"
  | "rewritten";

/** One repair: its kind, where in the text it was made, and a phrase saying what was done. @internal */
export interface JsonRepair {
  kind: JsonRepairKind;
  /** The string index in the repaired-from text where the repair begins. */
  offset: number;
  /** What was done, as a phrase: `a trailing comma removed`. */
  description: string;
}

/** JSON that was repaired: its value and the repairs, in the order of the text. @internal */
export interface RepairedJson {
  value: unknown;
  repairs: JsonRepair[];
  /** Set when there were more repairs than were located: the offset after which they were not looked for. */
  unlocatedAfter?: number;
}

/**
 * The longest text that is repaired, in UTF-16 units. jsonrepair rewrites its output string at each repair, so
 * its time can grow with the square of the length (a text of 64 Ki characters holding a repair every few
 * characters takes about a quarter of a second); the bound keeps a page's reading time linear in its length.
 */
export const MAX_REPAIRED_LENGTH = 65_536;

/** How many repairs of one text are located; the rest are counted as one. */
export const MAX_LOCATED_REPAIRS = 100;
/** How many tokens ahead, in either text, the search for the place where the two meet again looks. */
const LOOKAHEAD = 48;
/** How many tokens in a row must agree for the texts to have met again. */
const AGREEING = 3;

type TokenKind = "punctuation" | "string" | "number" | "word" | "comment" | "other";

interface Token {
  kind: TokenKind;
  /** The string's value, or the token as written. */
  value: string;
  /** As written. */
  raw: string;
  start: number;
}

const CLOSING_QUOTE: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  "`": "`",
  "\u201c": "\u201d",
  "\u2018": "\u2019",
};
const ESCAPED: Readonly<Record<string, string>> = {
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** A string's value read leniently: whatever its quotes, with the escapes JSON and JavaScript have. */
function stringValue(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "string") return value;
  } catch {
    // Not a JSON string: read it as below.
  }
  const closing = CLOSING_QUOTE[raw[0] ?? ""];
  const end = closing !== undefined && raw.length > 1 && raw.endsWith(closing) ? raw.length - 1 : raw.length;
  let value = "";
  for (let index = 1; index < end; index++) {
    const character = raw[index] as string;
    if (character !== "\\" || index + 1 >= end) {
      value += character;
      continue;
    }
    const escaped = raw[++index] as string;
    const hex = escaped === "u" ? /^[0-9a-fA-F]{4}/.exec(raw.slice(index + 1, index + 5)) : null;
    if (hex !== null) {
      value += String.fromCharCode(Number.parseInt(hex[0], 16));
      index += 4;
    } else value += ESCAPED[escaped] ?? escaped;
  }
  return value;
}

const PUNCTUATION = new Set(["{", "}", "[", "]", ":", ","]);

/** Reads a text, JSON or not, as tokens; white space is passed over. Linear in the length of the text. */
function tokens(text: string): Token[] {
  const found: Token[] = [];
  const pattern =
    /\s+|\/\/[^\n\r]*|\/\*[\s\S]*?(?:\*\/|$)|-?(?:\d|\.\d)[\d.eE+-]*|[A-Za-z_$][\w$]*|[{}[\]:,]|[\s\S]/gy;
  let index = 0;
  while (index < text.length) {
    const character = text[index] as string;
    const closing = CLOSING_QUOTE[character];
    if (closing !== undefined) {
      let end = index + 1;
      while (end < text.length && text[end] !== closing && !(closing === "\u201d" && text[end] === '"')) {
        end += text[end] === "\\" ? 2 : 1;
      }
      end = Math.min(end + 1, text.length);
      const raw = text.slice(index, end);
      found.push({ kind: "string", value: stringValue(raw), raw, start: index });
      index = end;
      continue;
    }
    pattern.lastIndex = index;
    const raw = (pattern.exec(text) as RegExpExecArray)[0];
    const kind: TokenKind | undefined = /^\s/.test(raw)
      ? undefined
      : raw.startsWith("//") || raw.startsWith("/*")
        ? "comment"
        : PUNCTUATION.has(raw)
          ? "punctuation"
          : /^-?\.?\d/.test(raw)
            ? "number"
            : /^[A-Za-z_$]/.test(raw)
              ? "word"
              : "other";
    if (kind !== undefined) found.push({ kind, value: raw, raw, start: index });
    index += raw.length;
  }
  return found;
}

const same = (left: Token | undefined, right: Token | undefined): boolean =>
  left !== undefined && right !== undefined && left.kind === right.kind && left.value === right.value;

/**
 * Whether the two token lists agree from these places on, for a few tokens or up to both their ends. Tokens
 * agree here when they say the same, however written (`name` and `"name"`), so that a repair right after
 * another is not taken for part of it.
 */
function meet(original: Token[], repaired: Token[], at: number, to: number): boolean {
  for (let step = 0; step < AGREEING; step++) {
    const left = original[at + step];
    const right = repaired[to + step];
    if (left === undefined && right === undefined) return true;
    if (left?.value !== right?.value) return false;
  }
  return true;
}

const isClosing = (token: Token): boolean => token.value === "}" || token.value === "]";
const LITERALS = new Set(["undefined", "NaN", "Infinity", "None", "True", "False", "Null", "TRUE", "FALSE"]);

/** Up to 40 characters of a text, for messages. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 39)}…` : flat);
}

/** Names one place where the texts part: the tokens left out of the original and those put in. */
function classify(
  text: string,
  left: Token[],
  put: Token[],
  next: Token | undefined,
  atStart: boolean,
): Omit<JsonRepair, "offset"> {
  const removed = left.length === 0 ? "" : text.slice(left[0]?.start, endOf(left.at(-1) as Token));
  const added = put.map((token) => token.raw).join("");
  if (left.length > 0 && put.length === 0) {
    if (left.every((token) => token.kind === "comment"))
      return { kind: "comment", description: `a comment removed: ${excerpt(removed)}` };
    if (left.every((token) => token.value === ","))
      return {
        kind: "trailing-comma",
        description:
          next !== undefined && isClosing(next) ? "a trailing comma removed" : "a comma too many removed",
      };
    if (left.every(isClosing))
      return {
        kind: "extra-closing",
        description: `a closing ${excerpt(removed)} that closes nothing removed`,
      };
    return { kind: "removed", description: `text that is not JSON removed: ${excerpt(removed)}` };
  }
  if (left.length === 0) {
    if (put.length === 1 && put[0]?.value === ",")
      return { kind: "missing-comma", description: "a comma put in" };
    if (put.length === 1 && put[0]?.value === "null")
      return { kind: "missing-value", description: "a value is missing; null put in its place" };
    if (atStart && put.length === 1 && put[0]?.value === "[")
      return {
        kind: "several-values",
        description: "values written one after another read as one array",
      };
    if (put.every(isClosing))
      return {
        kind: "unclosed",
        description: `the text ends with objects or arrays open; ${excerpt(added)} put in`,
      };
  }
  const [first] = left;
  if (left.length === 1 && put.length === 1 && first !== undefined) {
    if (first.kind === "word" && put[0]?.kind === "string" && put[0].value === first.value)
      return { kind: "quotes", description: `the name ${first.raw} put in double quotes` };
    if (first.kind === "word" && LITERALS.has(first.value))
      return { kind: "literal", description: `${first.raw} written as ${added}` };
  }
  if (first?.kind === "string" && put.length === 1 && put[0]?.kind === "string")
    return {
      kind: "string-escape",
      description: `a quotation mark inside a string escaped: ${excerpt(put[0].value)}`,
    };
  return { kind: "rewritten", description: `${excerpt(removed)} rewritten as ${excerpt(added)}` };
}

const endOf = (token: Token): number => token.start + token.raw.length;

/** Why a string that has the same value in both texts was not JSON as written, if it was not. */
function stringRepair(token: Token): Omit<JsonRepair, "offset"> | undefined {
  const { raw } = token;
  if (raw[0] !== '"') {
    const quotes = raw[0] === "'" ? "single quotes" : raw[0] === "`" ? "backquotes" : "typographic quotes";
    return { kind: "quotes", description: `a string in ${quotes} put in double quotes` };
  }
  try {
    JSON.parse(raw);
    return undefined;
  } catch {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters JSON strings may not hold
    const control = /[\u0000-\u001f]/.exec(raw);
    if (control !== null) {
      const name = control[0] === "\n" || control[0] === "\r" ? "a line break" : "a control character";
      return { kind: "string-escape", description: `${name} inside a string escaped` };
    }
    return { kind: "string-escape", description: "an escape JSON does not have rewritten" };
  }
}

/**
 * Lines up the tokens of the original and the repaired text and names each place where they part. @internal
 */
export function locateRepairs(
  original: string,
  repaired: string,
): Pick<RepairedJson, "repairs" | "unlocatedAfter"> {
  const before = tokens(original);
  const after = tokens(repaired);
  const repairs: JsonRepair[] = [];
  let at = 0;
  let to = 0;
  const add = (repair: Omit<JsonRepair, "offset">, offset: number): void => {
    repairs.push({ ...repair, offset });
  };
  while (at < before.length || to < after.length) {
    if (repairs.length >= MAX_LOCATED_REPAIRS) {
      return { repairs, unlocatedAfter: before[at]?.start ?? original.length };
    }
    const left = before[at];
    if (same(left, after[to]) && left !== undefined) {
      if (left.kind === "string") {
        const repair = stringRepair(left);
        if (repair !== undefined) add(repair, left.start);
      }
      at++;
      to++;
      continue;
    }
    // The fewest tokens left out and put in after which the two agree again.
    let skip: { out: number; in: number } | undefined;
    for (let total = 1; total <= 2 * LOOKAHEAD && skip === undefined; total++) {
      for (let out = Math.min(total, LOOKAHEAD); out >= Math.max(0, total - LOOKAHEAD); out--) {
        const put = total - out;
        if (at + out > before.length || to + put > after.length) continue;
        if (meet(before, after, at + out, to + put)) {
          skip = { out, in: put };
          break;
        }
      }
    }
    const out = skip?.out ?? before.length - at;
    const put = skip?.in ?? after.length - to;
    const offset = left?.start ?? original.length;
    // jsonrepair closes the array it opens around values written one after another: one repair, not two.
    const closesArray =
      at + out === before.length &&
      out === 0 &&
      put === 1 &&
      after[to]?.value === "]" &&
      repairs.some((repair) => repair.kind === "several-values");
    if (!closesArray)
      add(
        classify(original, before.slice(at, at + out), after.slice(to, to + put), before[at + out], to === 0),
        offset,
      );
    at += out;
    to += put;
  }
  return { repairs };
}

/** Why a text was not repaired, as a phrase. @internal */
export interface NotRepaired {
  reason: string;
}

/**
 * Repairs JSON that does not parse (comments, trailing commas, a missing value, unescaped line breaks and
 * quotes, single quotes, unclosed brackets…) with jsonrepair, and says what was repaired where. A text is not
 * repaired when it is longer than {@link MAX_REPAIRED_LENGTH}, when jsonrepair gives up, or when what it
 * repairs to holds no object (text that is not JSON at all, which jsonrepair makes a string of).
 * @internal
 */
export function repairJson(text: string): RepairedJson | NotRepaired {
  if (text.length > MAX_REPAIRED_LENGTH)
    return {
      reason: `it is ${text.length} characters long, and texts longer than ${MAX_REPAIRED_LENGTH} are not repaired`,
    };
  let repaired: string;
  let value: unknown;
  try {
    repaired = jsonrepair(text);
    value = JSON.parse(repaired);
  } catch (error) {
    // jsonrepair's messages say what it met and where: "Colon expected at position 1158".
    return { reason: `it cannot be repaired (${reasonOf(error)})` };
  }
  const holdsObject = (item: unknown): boolean => typeof item === "object" && item !== null;
  if (!(holdsObject(value) && (!Array.isArray(value) || value.some(holdsObject))))
    return { reason: "it holds no JSON object to repair: it is not JSON at all" };
  return { value, ...locateRepairs(text, repaired) };
}
