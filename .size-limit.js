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
    // walk of plain data (which lets JSON.stringify run without a replacer) add about 0.4 kB. An article's
    // form (BlogPosting, LiveBlogPosting…) and a live blog's updates, a claim's appearances in works outside
    // the graph, and text written so that no & reads as a character reference took it from 3.79 to 4.41 kB.
    // The publisher's fields and the page profile
    // (the WebPage and WebSite, cards and light references, the stable @ids kept between calls, contributors,
    // citations, image rights and paywalled parts) add about 1.4 kB: 5.83 kB in all. The mapping context kept
    // per graph, which took 0.1x the floor off every page, 5.95 kB. Naming the whole graph at once so that no two
    // nodes share an @id (and checking at each call that what it was named from is unchanged), 6.37 kB.
    // Writing a literal reference's & as &#38; and the < of a tag that would make a description HTML markup as
    // &#60;, so that such text reads back exactly through fromJsonLd and readPage: 6.59 kB; most of it is
    // the list of the elements whose tags mark markup, which the writer and the importer share.
    name: "JSON-LD page path: articleJsonLd + jsonLdScript (zod bundled: must be none)",
    path: "dist/jsonld/index.js",
    import: "{ articleJsonLd, jsonLdScript }",
    gzip: true,
    limit: "6.75 kB",
    modifyEsbuildConfig: withZod,
  },
  {
    // parse5, the HTML standard's parser, is most of this (about 44 kB); it is in a chunk of its own, which
    // the page path above leaves out.
    name: "reading pages: extractJsonLd, parse5 bundled",
    path: "dist/jsonld/index.js",
    import: "{ extractJsonLd }",
    gzip: true,
    limit: "50 kB",
  },
  {
    // fromJsonLd loads no HTML parser: a body written as HTML markup is dropped, reported, and readPage, which
    // loads parse5, renders it. 43.56 kB, most of it entities' table of HTML's named references; parse5
    // (about 44 kB) would double it.
    name: "importing JSON-LD: fromJsonLd, entities bundled, no HTML parser",
    path: "dist/jsonld/index.js",
    import: "{ fromJsonLd }",
    gzip: true,
    limit: "44 kB",
  },
  {
    // readPage adds the JSON-LD importer with entities' decoder, jsonrepair (about 4 kB) and the page's
    // metadata reading to extractJsonLd's parse5: 85.11 kB measured (81.96 kB before the importer read the
    // publisher's fields); 87.28 kB with text escaped twice decoded again and bodies written as HTML markup
    // rendered as text (parse5's fragment parser and the renderer), and the page's metadata decoded where the
    // page escaped it twice: 88.53 kB, from 86.27 kB.
    name: "reading pages: readPage, parse5, entities and jsonrepair bundled",
    path: "dist/jsonld/index.js",
    import: "{ readPage }",
    gzip: true,
    limit: "89 kB",
  },
  {
    // An article's form and updates and a claim's appearances, with their graph checks, took it from 11.78 kB
    // to 12.65 kB (and the zod-bundled entry from 39.85 to 40.72 kB).
    // The publisher's fields, their schemas (organisations' logos, languages and twelve policy links, people's
    // profiles, contributors, citations, breadcrumbs, images' rights, paywalled parts), their descriptions for
    // the JSON Schema and their graph checks, add about 1.4 kB more: 14.07 kB (42.21 kB with zod).
    name: "whole newsgraph entry, newsgraph's own code (zod is a peer dependency)",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    limit: "14.25 kB",
  },
  {
    // zod 4's classic API gives every schema a toJSONSchema method, so any use of it brings the JSON Schema
    // generator along: about 28 kB of this is zod's, whatever newsgraph imports from it. The publisher's
    // fields add what they add to the entry above.
    name: "whole newsgraph entry, zod bundled",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    limit: "42.5 kB",
    modifyEsbuildConfig: withZod,
  },
  {
    // The writer and the reader together, as a feed pipeline imports them. 13.33 kB when the entry was
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
    // articleJsonLd does: both are in this figure, 45.26 kB; 45.51 kB once articleJsonLd kept its mapping
    // context per graph (0.1x the floor off every page written); 45.92 kB once it named the whole graph at
    // once, so that no two nodes share an @id; 46.13 kB with literal references and tags written &#38; and
    // &#60;, as on the page path above.
    name: "flat page input: articlePageJsonLd, zod bundled",
    path: "dist/page/index.js",
    import: "{ articlePageJsonLd }",
    gzip: true,
    limit: "46.25 kB",
    modifyEsbuildConfig: withZod,
  },
];
