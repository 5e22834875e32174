// What the command line prints that came from its input, made safe for a terminal: a file must not be able to
// clear the screen, move the cursor, reorder text or forge a line of output.

// C0 controls (newline and tab included), DEL, C1 controls, the line and paragraph separators, and the bidi
// controls (marks, embeddings, overrides, isolates).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// The same, less what JSON.stringify already escapes (C0): in JSON text these appear only inside strings.
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A line of diagnostics with every control character written as an escape (`\u001b`), so that it stays one
 * line of plain text whatever the input held.
 */
export const printable = (text: string): string => text.replace(UNPRINTABLE, escaped);

/** JSON text with the controls JSON.stringify leaves as they are written as escapes: the same JSON value. */
export const printableJson = (json: string): string => json.replace(UNPRINTABLE_IN_JSON, escaped);
