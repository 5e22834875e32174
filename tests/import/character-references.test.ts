// HTML character references in the text of JSON-LD: decoded in text fields (reported and marked), again where
// the page escaped the text twice, left alone in URLs and ids; and newsgraph's own output writes an `&` that would
// begin one as `&#38;`, so that it reads back.
import { describe, expect, test } from "vitest";
import { fromJsonLd } from "../../src/import/jsonld/from-json-ld";
import { decodeReferences } from "../../src/import/jsonld/values";
import { toJsonLd } from "../../src/jsonld/graph";
import { literalText } from "../../src/jsonld/mapping-context";
import type { NewsGraph } from "../../src/model/news-graph";
import { article, importValid, inferred, lines } from "./import-support";

const decodedNote = (list: string) =>
  `the source writes the text with HTML character references, decoded here: ${list}`;

describe("decodeReferences", () => {
  test("decodes named and numeric references closed by a semicolon, and names each", () => {
    expect(decodeReferences("Geh&auml;lter &amp; L&#246;hne &#x2B; &auml;")).toEqual({
      text: "Gehälter & Löhne + ä",
      note: decodedNote('"ä" (auml), "&" (amp), "ö" (#246), "+" (#x2B)'),
    });
  });

  test("leaves text without a reference alone: a bare ampersand, a name without its semicolon, an unknown name", () => {
    for (const text of ["Fisch & Fang", "AT&T", "&copy2020", "&nosuchname;", "no ampersand"])
      expect(decodeReferences(text)).toBeUndefined();
  });

  test("names at most five references", () => {
    expect(decodeReferences("&#49;&#50;&#51;&#52;&#53;&#54;&#55;")?.note).toBe(
      decodedNote('"1" (#49), "2" (#50), "3" (#51), "4" (#52), "5" (#53), and 2 more'),
    );
  });
});

const twiceNote = (once: string, twice: string) =>
  `${decodedNote(once)}; escaped twice, they are decoded again: ${twice}`;

describe("text escaped twice", () => {
  test("is decoded again, and the note says it was escaped twice", () => {
    expect(decodeReferences("enth&amp;uuml;llen")).toEqual({
      text: "enthüllen",
      note: twiceNote('"&" (amp)', '"ü" (uuml)'),
    });
    expect(decodeReferences("&amp;quot;Despite it,&amp;quot; it said")?.text).toBe('"Despite it," it said');
  });

  test("is decoded again where it holds references escaped once too, inside words and against punctuation", () => {
    expect(decodeReferences("a&#241;o: 10 empujadas&amp;hellip; ..&amp;iquest;Pero?")).toEqual({
      text: "año: 10 empujadas… ..¿Pero?",
      note: twiceNote('"ñ" (#241), "&" (amp)', '"…" (hellip), "¿" (iquest)'),
    });
  });

  test("a reference standing alone as a word is decoded again only where the whole text was escaped again", () => {
    // Every & of the source begins &amp;: the text was escaped twice throughout.
    expect(decodeReferences("Fisch &amp;amp; Fang")?.text).toBe("Fisch & Fang");
    expect(decodeReferences("write &amp;amp; in HTML")?.text).toBe("write & in HTML");
    // Beside a reference escaped once, or a bare &, it is text about HTML.
    expect(decodeReferences("Geh&auml;lter: write &amp;amp; in HTML")).toEqual({
      text: "Gehälter: write &amp; in HTML",
      note: `${decodedNote('"ä" (auml), "&" (amp)')}; in a text not escaped again as a whole, amp standing alone as a word is read as text about HTML and kept as written`,
    });
    expect(decodeReferences("AT&T: write `&amp;amp;` or (&amp;lt;)")?.text).toBe(
      "AT&T: write `&amp;` or (&lt;)",
    );
  });

  test("an & written &#38; stays literal: a further decoding leaves the reference after it alone", () => {
    expect(decodeReferences("Ana &#38;amp; Bo")).toEqual({
      text: "Ana &amp; Bo",
      note: decodedNote('"&" (#38)'),
    });
    expect(decodeReferences("&amp;#38;amp;")?.text).toBe("&amp;");
    // Only that form: WordPress's &#038; and the he library's &#x26; are decoded as any reference.
    expect(decodeReferences("&#x26;uuml;&#038;lt;")?.text).toBe("ü<");
  });

  test("is decoded three times at most; what is left is kept, and reported", () => {
    expect(decodeReferences("&amp;amp;uuml;")?.text).toBe("ü");
    expect(decodeReferences("&amp;amp;amp;uuml;")).toEqual({
      text: "&uuml;",
      note: `${twiceNote('"&" (amp)', '"&" (amp)')}; escaped three times, they are decoded a third time: "&" (amp); references still left after 3 decodings are kept as written`,
    });
  });
});

describe("fromJsonLd decodes character references in text fields", () => {
  test("text escaped twice, reported and marked as such", () => {
    const { graph, warnings } = importValid(article({ description: "Auto enth&amp;uuml;llen" }));
    const note = twiceNote('"&" (amp)', '"ü" (uuml)');
    expect(graph.articles[0]).toMatchObject({
      description: "Auto enthüllen",
      fieldProvenance: { description: inferred(note) },
    });
    expect(lines(warnings)).toEqual([`$.description: the description: ${note}`]);
  });

  test("an article's headline and its publisher's name, each reported and marked", () => {
    const { graph, warnings } = importValid(
      article({
        headline: "Geh&auml;lter-Studie",
        publisher: {
          "@type": "Organization",
          name: "Fisch &amp; Fang",
          url: "https://example.org/?a=1&amp;b=2",
        },
      }),
    );
    expect(graph.articles[0]).toMatchObject({
      headline: "Gehälter-Studie",
      fieldProvenance: { headline: inferred(decodedNote('"ä" (auml)')) },
    });
    expect(graph.actors[0]).toMatchObject({
      id: "fisch-fang",
      name: "Fisch & Fang",
      // A URL is never decoded: `&amp;` in a URL is the URL's own business.
      url: "https://example.org/?a=1&amp;b=2",
      fieldProvenance: { name: inferred(decodedNote('"&" (amp)')) },
    });
    expect(lines(warnings)).toEqual([
      `$.headline: the headline: ${decodedNote('"ä" (auml)')}`,
      `$.publisher.name: the name: ${decodedNote('"&" (amp)')}`,
    ]);
  });

  test("keywords, image captions and a claim's statement too", () => {
    const { graph } = importValid(
      article({
        keywords: ["Fisch &amp; Fang", "Wetter"],
        image: { "@type": "ImageObject", url: "https://example.org/a.jpg", caption: "&quot;Sturm&quot;" },
      }),
    );
    expect(graph.articles[0]).toMatchObject({
      keywords: ["Fisch & Fang", "Wetter"],
      images: [{ caption: '"Sturm"' }],
      fieldProvenance: {
        keywords: inferred(decodedNote('"&" (amp)')),
        images: inferred(decodedNote('"\\"" (quot)')),
      },
    });
    const claim = importValid({
      "@context": "https://schema.org",
      "@type": "Claim",
      text: "It&#039;s safe",
      author: { "@type": "Person", name: "Ana" },
    });
    expect(claim.graph.claims[0]).toMatchObject({ statement: "It's safe" });
    expect(claim.graph.claims[0]?.fieldProvenance?.statement).toEqual(inferred(decodedNote('"\'" (#039)')));
  });
});

describe("newsgraph's own text reads back", () => {
  test("literalText writes an & that would begin a reference as &#38;, and leaves any other & alone", () => {
    expect(literalText("Fisch & Fang")).toBe("Fisch & Fang");
    expect(literalText("write &amp; or &#38; for &")).toBe("write &#38;amp; or &#38;#38; for &");
    expect(literalText("&#12345678; is no character")).toBe("&#38;#12345678; is no character");
    expect(decodeReferences(literalText("write &amp; or &#38; for &"))?.text).toBe(
      "write &amp; or &#38; for &",
    );
  });

  test("a headline and a name that hold &amp; literally come back as they were", () => {
    const graph: NewsGraph = {
      format: 1,
      articles: [
        {
          id: "a",
          url: "https://example.org/a",
          headline: "Why we write &amp; for &",
          genre: "news",
          language: "en",
          datePublished: "2025-01-08",
          authors: ["ana"],
          keywords: ["&lt;script&gt;"],
          images: [],
          about: [],
          mentions: [],
          related: [],
          corrections: [],
          updates: [],
          contributors: [],
          breadcrumb: [],
          citations: [],
          paywalledParts: [],
        },
      ],
      actors: [
        {
          id: "ana",
          kind: "person",
          name: "Ana &amp; Bo",
          worksFor: [],
          knowsAbout: [],
          knowsLanguage: [],
          alternateNames: [],
          sameAs: [],
          memberOf: [],
          roles: [],
        },
      ],
      claims: [],
      events: [],
      places: [],
    };
    const once = toJsonLd(graph);
    expect(once["@graph"][0]).toMatchObject({
      headline: "Why we write &#38;amp; for &",
      keywords: ["&#38;lt;script&#38;gt;"],
    });
    const { graph: imported } = fromJsonLd(once);
    expect(imported.articles[0]?.headline).toBe("Why we write &amp; for &");
    expect(imported.articles[0]?.keywords).toEqual(["&lt;script&gt;"]);
    expect(imported.actors[0]?.name).toBe("Ana &amp; Bo");
    expect(toJsonLd(imported)).toEqual(once);
  });
});
