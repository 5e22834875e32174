/**
 * A set of the space-separated words of a string. Called with a `@__PURE__` mark at the top of a module,
 * so that a bundler drops the set when nothing imported uses it. @internal
 */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(" "));
