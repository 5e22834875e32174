// checkPublishing as a whole: complete documents, paths, references, and input that is not what it should be.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkPublishing, PUBLISHING_RULES } from "../../../src/jsonld/publishing";
import { deeplyNestedArticle, publishingPage } from "../../adversarial/hostile-inputs";
import { article, check, claimReview, event, type Json, only, person, place, rules } from "./support";

// A thousand generated documents take a few seconds, more while other test files run beside them.
const PROPERTY_TIMEOUT = 30_000;

describe("checkPublishing on complete documents", () => {
  test("a complete NewsArticle has no findings", () => {
    expect(check(article())).toEqual([]);
  });

  test("a complete ClaimReview has no findings", () => {
    expect(check(claimReview())).toEqual([]);
  });

  test("a complete Event has no findings", () => {
    expect(check(event())).toEqual([]);
  });

  test("a @graph whose nodes refer to each other by @id has no findings", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        article({ "@context": undefined, author: { "@id": "#jane" }, image: { "@id": "#photo" } }),
        { "@id": "#jane", ...person },
        { "@id": "#photo", "@type": "ImageObject", contentUrl: "https://example.org/photo.jpg" },
        claimReview({ "@context": undefined, reviewRating: { "@id": "#rating" } }),
        { "@id": "#rating", "@type": "Rating", alternateName: "False" },
        event({ "@context": undefined, location: { "@id": "#kursk" } }),
        { "@id": "#kursk", ...place() },
      ],
    };
    expect(check(JSON.parse(JSON.stringify(graph)))).toEqual([]);
  });

  test("a top-level array of nodes is checked node by node", () => {
    expect(rules([article(), claimReview({ url: undefined })])).toEqual(["claim-review/url"]);
  });

  test("the documented example gives the documented finding", () => {
    const findings = check({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "The moon is made of cheese",
      url: "https://example.org/fact-checks/moon",
      datePublished: "2024-11-07",
      author: { "@type": "Organization", name: "Example Checks" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "A. Speaker" },
        datePublished: "2024-11-05",
        appearance: "https://example.net/interview",
      },
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1 },
    });
    expect(findings).toEqual([
      {
        severity: "error",
        rule: "claim-review/rating-name",
        path: "$.reviewRating.alternateName",
        message: expect.any(String),
      },
    ]);
  });

  test("every finding names one of the exported rule ids", () => {
    const findings = check([{ "@type": "NewsArticle" }, { "@type": "ClaimReview" }, { "@type": "Event" }, 5]);
    expect(findings.length).toBeGreaterThan(10);
    for (const finding of findings) expect(PUBLISHING_RULES).toContain(finding.rule);
  });
});

describe("what the rules apply to", () => {
  test("a work nested in about, mentions, citation, isBasedOn or appearance is not held to the page's rules", () => {
    const cited = { "@type": "NewsArticle", headline: "Someone else's article" };
    const aside = { "@type": "Event", name: "A war" };
    for (const key of ["about", "mentions", "citation", "isBasedOn", "appearance", "firstAppearance"]) {
      expect(rules(article({ [key]: [cited, aside] }))).toEqual([]);
    }
    expect(rules(article({ about: { "@type": "Thing", name: "A war", hasPart: cited } }))).toEqual([]);
  });

  test("a Person, Place or Organization under about or mentions is never rejected", () => {
    const light = [
      { "@type": "Person", name: "Mark Rutte", sameAs: "https://www.wikidata.org/wiki/Q57792" },
      { "@type": "Place", name: "Kursk Oblast" },
      { "@type": "Organization", name: "NATO" },
      { "@type": "Thing", name: "Russo-Ukrainian War" },
    ];
    expect(rules(article({ about: light, mentions: light }))).toEqual([]);
  });

  test("a node about refers to by @id and the page defines is checked where it is defined", () => {
    const page = {
      "@graph": [article({ about: { "@id": "#war" } }), { "@id": "#war", "@type": "Event", name: "A war" }],
    };
    expect(check(page).map((finding) => [finding.rule, finding.path])).toEqual([
      ["event/start-date", '$["@graph"][1].startDate'],
      ["event/location", '$["@graph"][1].location'],
    ]);
  });

  test("a node defined both aside and on the page is checked once, with all its definitions", () => {
    const page = {
      "@graph": [
        article({ citation: { "@id": "#other", "@type": "NewsArticle", headline: "Other" } }),
        { "@id": "#other", author: { "@type": "Person", name: "A. Writer", url: "https://example.net/a" } },
      ],
    };
    expect(rules(page)).toEqual(["article/date-published", "article/date-modified", "article/image"]);
  });
});

describe("paths", () => {
  test("a path is a JSONPath with bracket notation for keys that are not plain names", () => {
    const finding = only(
      { "@graph": [article({ author: [{ "@type": "Person", name: "Jane", url: "/jane" }] })] },
      "article/author-url",
    );
    expect(finding.path).toBe('$["@graph"][0].author[0].url');
  });

  test("a problem in a node reached by reference is reported where that node is defined", () => {
    const finding = only(
      {
        "@graph": [
          article({ author: { "@id": "#jane" } }),
          { "@id": "#jane", "@type": "Person", name: "Jane" },
        ],
      },
      "article/author-url",
    );
    expect(finding.path).toBe('$["@graph"][1].url');
    expect(finding.severity).toBe("warning");
  });

  test("a node referred to by several articles is reported once", () => {
    const jane = { "@id": "#jane", "@type": "Person", name: "Jane" };
    const findings = check({
      "@graph": [
        article({ "@id": "#a", author: { "@id": "#jane" } }),
        article({ "@id": "#b", author: { "@id": "#jane" } }),
        jane,
      ],
    });
    expect(findings.filter((finding) => finding.rule === "article/author-url")).toHaveLength(1);
  });
});

describe("references", () => {
  test("reference/unresolved: an author that the document does not define is a warning", () => {
    const finding = only(article({ author: { "@id": "https://example.org/#jane" } }), "reference/unresolved");
    expect(finding).toMatchObject({ severity: "warning", path: "$.author" });
  });

  test("reference/unresolved: an Event location or rating that is not defined is a warning, not an error", () => {
    expect(rules(event({ location: { "@id": "#nowhere" } }))).toEqual(["reference/unresolved"]);
    expect(rules(claimReview({ reviewRating: { "@id": "#nowhere" } }))).toEqual(["reference/unresolved"]);
  });

  test("a reference defined later in the document is resolved", () => {
    const doc = [article({ author: { "@id": "#jane" } }), { "@id": "#jane", ...person }];
    expect(rules(doc)).toEqual([]);
  });

  test("a reference defined in a nested node is resolved", () => {
    const doc = {
      "@graph": [
        article({ author: { "@id": "#jane" } }),
        { "@type": "WebPage", about: { "@id": "#jane", ...person } },
      ],
    };
    expect(rules(doc)).toEqual([]);
  });
});

describe("robustness", () => {
  test("input that is not a node object is a document/shape error", () => {
    for (const junk of [5, "x", null, undefined, true]) {
      expect(check(junk)).toEqual([
        { severity: "error", path: "$", rule: "document/shape", message: expect.stringContaining("found") },
      ]);
    }
  });

  test("an array of junk gives one document/shape error per item", () => {
    expect(check([1, null, "x", [], { "@type": "Thing" }]).map((finding) => finding.path)).toEqual([
      "$[0]",
      "$[1]",
      "$[2]",
      "$[3]",
    ]);
  });

  test("junk where values belong is reported, not thrown", () => {
    const junk = {
      "@graph": [
        { "@type": "NewsArticle", headline: null, author: [null, 5, []], image: [{}, 3], datePublished: {} },
        { "@type": 7, "@id": 8 },
        {
          "@type": "ClaimReview",
          reviewRating: [null, { ratingValue: {}, bestRating: [], worstRating: true }],
        },
        { "@type": "Event", location: [null, 1, { "@id": 5 }], startDate: [] },
      ],
    };
    const findings = check(junk);
    expect(findings.length).toBeGreaterThan(5);
  });

  test("a cycle of nested objects does not loop", () => {
    const node: Json = { "@type": "NewsArticle", headline: "Loop" };
    node.author = { "@type": "Person", name: "Jane", url: "https://x.org", knows: node };
    node.isPartOf = node;
    expect(check(node).map((finding) => finding.rule)).toEqual([
      "article/date-published",
      "article/date-modified",
      "article/image",
    ]);
  });

  test("__proto__ and constructor keys are read as data and pollute nothing", () => {
    const doc = JSON.parse(
      '{"@type":"NewsArticle","__proto__":{"headline":"inherited?"},"constructor":{"@id":"__proto__"},' +
        '"author":{"@id":"__proto__"},"@id":"__proto__"}',
    );
    const found = rules(doc);
    expect(found).toContain("article/headline");
    expect(({} as Json).headline).toBeUndefined();
  });

  test("an inherited property does not count as present", () => {
    const inherited = Object.create({ headline: "from the prototype" });
    Object.assign(inherited, article({ headline: undefined }));
    expect(rules(inherited)).toContain("article/headline");
  });

  test("a document that cannot be read is reported as document/unreadable", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys for you");
        },
      },
    );
    expect(checkPublishing(hostile)).toEqual([
      {
        severity: "error",
        path: "$",
        rule: "document/unreadable",
        message: expect.stringContaining("no keys"),
      },
    ]);
  });

  test("the input is not mutated", () => {
    const doc = { "@graph": [article({ author: { "@id": "#jane" } }), { "@id": "#jane", name: "Jane" }] };
    const before = structuredClone(doc);
    check(doc);
    expect(doc).toEqual(before);
  });

  test(
    "any JSON value is checked without throwing, and every finding is well-formed",
    () => {
      const schemaLike = fc.letrec((tie) => ({
        node: fc.dictionary(
          fc.constantFrom(
            "@type",
            "@id",
            "@graph",
            "headline",
            "author",
            "image",
            "url",
            "location",
            "reviewRating",
            "ratingValue",
            "bestRating",
            "worstRating",
            "startDate",
            "datePublished",
            "name",
            "address",
            "__proto__",
          ),
          tie("value"),
        ),
        value: fc.oneof(
          { depthSize: "small" },
          fc.constantFrom(
            "NewsArticle",
            "ClaimReview",
            "Event",
            "Place",
            "VirtualLocation",
            "#a",
            "2024-01-01T00:00",
          ),
          fc.jsonValue({ maxDepth: 1 }),
          tie("node"),
          fc.array(tie("value"), { maxLength: 3 }),
        ),
      }));
      fc.assert(
        fc.property(fc.oneof(fc.anything(), schemaLike.node, fc.array(schemaLike.node)), (document) => {
          const findings = checkPublishing(document);
          for (const finding of findings) {
            expect(PUBLISHING_RULES).toContain(finding.rule);
            expect(["error", "warning"]).toContain(finding.severity);
            expect(finding.path.startsWith("$")).toBe(true);
            expect(finding.message.length).toBeGreaterThan(0);
          }
          expect(findings.some((finding) => finding.rule === "document/unreadable")).toBe(false);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("deep input", () => {
  test.each([5_000, 20_000])(
    "a property nested %i levels deep is reported once, and the article is still checked",
    (depth) => {
      const findings = check(deeplyNestedArticle(depth));
      expect(findings.map((finding) => [finding.severity, finding.rule])).toEqual([
        ["warning", "document/depth"],
        ["warning", "article/author"],
        ["warning", "article/date-modified"],
        ["warning", "article/image"],
      ]);
      expect(findings[0]?.path).toBe(`$.isBasedOn${".a".repeat(100)}`);
    },
  );

  test("arrays count as levels, and a node at the limit is still read", () => {
    const nested = (depth: number, inner: unknown): unknown =>
      Array.from({ length: depth }).reduce<unknown>((value) => [value], inner);
    // The @graph array is one level down, so the article is at depth 100, then 101.
    const atLimit = { "@graph": nested(99, { "@type": "NewsArticle", headline: "At the limit" }) };
    expect(rules(atLimit)).toEqual([
      "article/author",
      "article/date-published",
      "article/date-modified",
      "article/image",
    ]);
    const beyond = { "@graph": nested(100, { "@type": "NewsArticle", headline: "Beyond" }) };
    expect(check(beyond)).toEqual([
      expect.objectContaining({ rule: "document/depth", path: `$["@graph"]${"[0]".repeat(100)}` }),
    ]);
  });
});

describe("a page of many nodes", () => {
  test("a page of 10,000 nodes of every kind the rules read, all linked by @id, gives no findings", () => {
    const page = publishingPage(10_000);
    expect((page["@graph"] as unknown[]).length).toBe(10_001);
    expect(check(page)).toEqual([]);
  });
});
