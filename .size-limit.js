// Bundle budgets, checked by `npm run size` in `npm test`: what a user's bundler adds for each import,
// minified and gzipped. size-limit leaves peer dependencies such as zod out of its bundles; the checks
// marked "zod bundled" put it back, because the user ships it all the same. For the JSON-LD page path
// that makes the budget the proof that no zod is inside: zod alone is several times that limit.
const withZod = (config) => ({
  ...config,
  external: (config.external ?? []).filter((name) => name !== "zod"),
});

export default [
  {
    // 3.37 kB before the page path was made fast; the graph's id index kept between calls and jsonLdScript's
    // walk of plain data (which lets JSON.stringify run without a replacer) add about 0.4 kB. 3.75 kB before
    // the publisher's fields and the page profile: the WebPage and WebSite, cards and light references, the
    // stable @ids, contributors, citations, image rights and paywalled parts add about 1.1 kB.
    name: "JSON-LD page path: articleJsonLd + jsonLdScript (zod bundled: must be none)",
    path: "dist/jsonld/index.js",
    import: "{ articleJsonLd, jsonLdScript }",
    gzip: true,
    limit: "5 kB",
    modifyEsbuildConfig: withZod,
  },
  {
    // 11.03 kB before the publisher's fields (organisations, people, contributors, citations, breadcrumbs,
    // images' rights, their checks and JSON Schema metadata) added about 0.4 kB.
    name: "whole newsgraph entry, newsgraph's own code (zod is a peer dependency)",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    limit: "13 kB",
  },
  {
    // zod 4's classic API gives every schema a toJSONSchema method, so any use of it brings the JSON Schema
    // generator along: about 28 kB of this is zod's, whatever newsgraph imports from it. 39.12 kB before the
    // publisher's fields, which add what the entry above adds.
    name: "whole newsgraph entry, zod bundled",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    limit: "41 kB",
    modifyEsbuildConfig: withZod,
  },
  {
    // The writer and the reader together, as a feed pipeline imports them. 13.22 kB when the entry was
    // added, about three quarters of it the ninjs code itself: most of that is the reader, which names in a sentence every
    // property and value the model cannot hold, and reads ninjs 1.x and 2.x spellings too. The rest is the
    // importer's id slugs and syntax checks that it shares with fromJsonLd, and the date parser. zod is
    // bundled back in: the budget proves that none loads.
    name: "ninjs: toNinjs + fromNinjs (zod bundled: must be none)",
    path: "dist/ninjs/index.js",
    import: "{ toNinjs, fromNinjs }",
    gzip: true,
    limit: "14 kB",
    modifyEsbuildConfig: withZod,
  },
  {
    // The flat input validates with zod (the model's schemas and its own) and then writes the page as
    // articleJsonLd does: both are in this figure.
    name: "flat page input: articlePageJsonLd, zod bundled",
    path: "dist/page/index.js",
    import: "{ articlePageJsonLd }",
    gzip: true,
    limit: "44 kB",
    modifyEsbuildConfig: withZod,
  },
];
