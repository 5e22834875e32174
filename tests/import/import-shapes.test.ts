// fromJsonLd on the less common shapes of each field: what it reads, what it fills in, and what it reports.
import { describe, expect, test } from "vitest";
import { type FromJsonLdOptions, fromJsonLd } from "../../src/import/jsonld/from-json-ld";
import { article, importValid, inferred, type Json, lines, NO_LANGUAGE, schemaOrg } from "./import-support";

const url = "https://example.org/news/storm";
const URL_FROM_PAGE = "the url is not stated; the address of the mainEntityOfPage is taken as the article's";
const ACT = 'schema.org does not say what the claimant does in making a claim; the act "asserts" is assumed';
const noZone = (written: string) =>
  `the source gives ${JSON.stringify(written)} without a time zone; the date is kept and the time dropped, since the model does not guess a zone`;

/** The same, without its own @context, for use inside an @graph. */
const graphArticle = (overrides: Json = {}): Json => article({ "@context": undefined, ...overrides });

describe("an article's address", () => {
  test("a WebPage written as mainEntityOfPage gives its url, else its @id", () => {
    for (const page of [
      { "@type": "WebPage", url },
      { "@type": "WebPage", "@id": url },
    ]) {
      const { graph, warnings } = importValid(article({ url: undefined, mainEntityOfPage: page }));
      expect(graph.articles[0]).toMatchObject({ url, fieldProvenance: { url: inferred(URL_FROM_PAGE) } });
      expect(lines(warnings)).toEqual([`$.url: ${URL_FROM_PAGE}`]);
    }
  });

  test("a reference to a WebPage node gives that page's url, even when the reference is no URL", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        graphArticle({ url: undefined, mainEntityOfPage: { "@id": "#webpage" } }),
        {
          "@type": "WebPage",
          "@id": "#webpage",
          url,
          relatedLink: "https://example.org/news/snow",
        },
      ],
    });
    const related =
      "schema.org relatedLink gives only a URL; each link's URL stands in for the title the model requires";
    expect(graph.articles[0]).toMatchObject({
      url,
      related: [{ title: "https://example.org/news/snow", url: "https://example.org/news/snow" }],
      fieldProvenance: { url: inferred(URL_FROM_PAGE), related: inferred(related) },
    });
    expect(lines(warnings)).toEqual([
      `$["@graph"][0].url: ${URL_FROM_PAGE}`,
      `$["@graph"][0].mainEntityOfPage: ${related}`,
    ]);
  });

  test("a reference to no node in the document gives its @id as the address", () => {
    const { graph, warnings } = importValid(article({ url: undefined, mainEntityOfPage: { "@id": url } }));
    expect(graph.articles[0]?.url).toBe(url);
    expect(lines(warnings)).toEqual([`$.url: ${URL_FROM_PAGE}`]);
  });

  test("the first mainEntityOfPage that gives an address is the article's", () => {
    const { graph, warnings } = importValid(
      article({
        url: undefined,
        mainEntityOfPage: [42, { "@type": "WebPage", name: "The page" }, "javascript:alert(1)", url],
      }),
    );
    expect(graph.articles[0]?.url).toBe(url);
    expect(lines(warnings)).toEqual([
      `$.url: ${URL_FROM_PAGE}`,
      "$.mainEntityOfPage[0]: expected a URL or a WebPage for the mainEntityOfPage, found 42; not mapped",
      '$.mainEntityOfPage[2]: the mainEntityOfPage "javascript:alert(1)" is not the article\'s url; not mapped',
      "$.mainEntityOfPage[1].name: the property name of WebPage is not mapped",
    ]);
  });

  test("a mainEntityOfPage that is neither a URL nor a node is reported, not dropped silently", () => {
    const { graph, warnings } = importValid(article({ mainEntityOfPage: [42, { "@id": 5 }] }));
    expect(graph.articles[0]).toMatchObject({ url, related: [] });
    expect(lines(warnings)).toEqual([
      "$.mainEntityOfPage[0]: expected a URL or a WebPage for the mainEntityOfPage, found 42; not mapped",
      "$.mainEntityOfPage[1]: expected a URL or a WebPage for the mainEntityOfPage, found an object; not mapped",
    ]);
  });

  test("a mainEntityOfPage at another address, or that is not a WebPage, is reported", () => {
    const { graph, warnings } = importValid(
      article({
        mainEntityOfPage: [
          "https://example.org/other",
          "javascript:alert(1)",
          { "@type": "WebPage", url: "https://example.org/other" },
          { "@type": "Person", name: "Ana" },
        ],
      }),
    );
    expect(graph.articles[0]?.url).toBe(url);
    expect(graph.actors).toEqual([]);
    expect(lines(warnings)).toEqual([
      '$.mainEntityOfPage[0]: the mainEntityOfPage "https://example.org/other" is not the article\'s url; not mapped',
      '$.mainEntityOfPage[1]: the mainEntityOfPage "javascript:alert(1)" is not the article\'s url; not mapped',
      "$.mainEntityOfPage[2].url: the WebPage's url is not the article's url; not mapped",
      "$.mainEntityOfPage[3]: the mainEntityOfPage is a Person, not a WebPage; not mapped",
    ]);
  });

  test("an untyped mainEntityOfPage is read as a WebPage; its relatedLinks are resolved against the url", () => {
    const { graph, warnings } = importValid(
      article({ mainEntityOfPage: { url, relatedLink: ["/news/snow", "javascript:alert(1)"] } }),
    );
    expect(graph.articles[0]?.related).toEqual([
      { title: "https://example.org/news/snow", url: "https://example.org/news/snow" },
    ]);
    expect(lines(warnings)).toEqual([
      "$.mainEntityOfPage: the mainEntityOfPage has no @type; read as a WebPage",
      '$.mainEntityOfPage.relatedLink[1]: a relatedLink "javascript:alert(1)" is not an http(s) URL; dropped',
      "$.mainEntityOfPage: schema.org relatedLink gives only a URL; each link's URL stands in for the title the model requires",
    ]);
  });

  test("a further url is reported, a repetition of the first is not", () => {
    const { graph, warnings } = importValid(
      article({ url: [url, url, "https://example.org/other", "javascript:alert(1)"] }),
    );
    expect(graph.articles[0]?.url).toBe(url);
    expect(lines(warnings)).toEqual([
      "$.url[2]: only one url is kept; this one is not mapped",
      '$.url[3]: the url "javascript:alert(1)" is not an absolute http(s) URL, and no base URL to resolve it against; dropped',
    ]);
  });
});

describe("an article's language", () => {
  test("an inLanguage that is not a BCP 47 tag is reported, and the language is undetermined", () => {
    const { graph, warnings } = importValid(article({ inLanguage: "english" }));
    expect(graph.articles[0]).toMatchObject({
      language: "und",
      fieldProvenance: { language: inferred(NO_LANGUAGE) },
    });
    expect(lines(warnings)).toEqual([
      '$.inLanguage: expected a BCP 47 language tag such as "en" for the inLanguage, found "english"; ignored',
      `$.inLanguage: ${NO_LANGUAGE}`,
    ]);
  });

  test("a Language node gives the tag in its alternateName; its name is then not read", () => {
    const { graph, warnings } = importValid(
      article({ inLanguage: { "@type": "Language", name: "English", alternateName: "en" } }),
    );
    expect(graph.articles[0]?.language).toBe("en");
    expect(graph.articles[0]?.fieldProvenance).toBeUndefined();
    expect(lines(warnings)).toEqual(["$.inLanguage.name: the property name of Language is not mapped"]);
  });

  test("a Language node's values that are not its tag are reported, not dropped silently", () => {
    const fromName = importValid(
      article({ inLanguage: { "@type": "Language", alternateName: "German", name: "de" } }),
    );
    expect(fromName.graph.articles[0]?.language).toBe("de");
    expect(lines(fromName.warnings)).toEqual([
      '$.inLanguage.alternateName: the Language\'s alternateName "German" is not a BCP 47 tag; not mapped',
    ]);
    const twoTags = importValid(
      article({ inLanguage: { "@type": "Language", alternateName: ["de", "de-AT"] } }),
    );
    expect(twoTags.graph.articles[0]?.language).toBe("de");
    expect(lines(twoTags.warnings)).toEqual([
      "$.inLanguage.alternateName[1]: only one language tag is kept; this further alternateName is not mapped",
    ]);
  });

  test("a Language node without a tag gives way to the defaultLanguage option", () => {
    const { graph, warnings } = importValid(
      article({ inLanguage: { "@type": "Language", name: "English" } }),
      { defaultLanguage: "fr" },
    );
    const note = 'the language is not stated; the defaultLanguage option "fr" is used';
    expect(graph.articles[0]).toMatchObject({
      language: "fr",
      fieldProvenance: { language: inferred(note) },
    });
    expect(lines(warnings)).toEqual([
      '$.inLanguage.name: the Language\'s name "English" is not a BCP 47 tag; not mapped',
      "$.inLanguage: the Language gives no BCP 47 tag in its alternateName or name; ignored",
      `$.inLanguage: ${note}`,
    ]);
  });

  test("an inLanguage that is a node of another kind is dropped", () => {
    const { graph, warnings } = importValid(article({ inLanguage: { "@type": "Person", name: "Ana" } }));
    expect(graph.articles[0]?.language).toBe("und");
    expect(graph.actors).toEqual([]);
    expect(lines(warnings)).toEqual([
      "$.inLanguage: the inLanguage cannot be a Person; dropped",
      `$.inLanguage: ${NO_LANGUAGE}`,
    ]);
  });
});

describe("an article's images", () => {
  test("sizes may be numerals or QuantitativeValues in pixels; contentUrl stands in for a missing url", () => {
    const { graph, warnings } = importValid(
      article({
        image: [
          {
            "@type": "ImageObject",
            url: "/images/pass.jpg",
            width: "1600",
            height: { "@type": "QuantitativeValue", value: 900, unitCode: "E37" },
            caption: "The pass",
            creditText: "Photo: Ana",
          },
          { "@type": "ImageObject", contentUrl: "https://cdn.example.org/pass.jpg" },
        ],
      }),
    );
    expect(graph.articles[0]?.images).toEqual([
      {
        url: "https://example.org/images/pass.jpg",
        width: 1600,
        height: 900,
        caption: "The pass",
        credit: "Photo: Ana",
      },
      { url: "https://cdn.example.org/pass.jpg" },
    ]);
    expect(warnings).toEqual([]);
  });

  test("sizes that are not positive whole numbers of pixels are reported and left out", () => {
    const image = (width: unknown, height: unknown) => ({
      "@type": "ImageObject",
      url: "/images/pass.jpg",
      width,
      height,
    });
    const { graph, warnings } = importValid(
      article({
        image: [
          image(
            { "@type": "QuantitativeValue", value: 5, unitCode: "CMT" },
            { "@type": "QuantitativeValue" },
          ),
          image("wide", 0),
          image({ "@type": "Person", name: "Ana" }, { "@id": "#nothing" }),
          image({}, 2.5),
        ],
      }),
    );
    expect(graph.articles[0]?.images).toEqual(
      Array.from({ length: 4 }, () => ({ url: "https://example.org/images/pass.jpg" })),
    );
    expect(lines(warnings)).toEqual([
      "$.image[0].width.unitCode: the image's width is not in pixels (unitCode E37); dropped",
      "$.image[0].height: the image's height has no value; dropped",
      '$.image[1].width: expected a positive whole number for the image\'s width, found "wide"; ignored',
      "$.image[1].height: expected a positive whole number for the image's height, found 0; ignored",
      "$.image[2].width: the image's width cannot be a Person; dropped",
      '$.image[2].height: no node in the document has the @id "#nothing"; the reference is dropped',
      "$.image[3].width: expected a positive whole number for the image's width, found an object; ignored",
      "$.image[3].height: expected a positive whole number for the image's height, found 2.5; ignored",
      "$.image[0].width.value: the property value of QuantitativeValue is not mapped",
    ]);
  });

  test("images without a usable url, and values that are not images, are reported and dropped", () => {
    const { graph, warnings } = importValid(
      article({
        image: [
          { "@type": "ImageObject", name: "The pass" },
          { "@type": "ImageObject", url: "javascript:alert(1)", caption: "" },
          { "@type": "Person", name: "Ana" },
          42,
          { "@id": "#nothing" },
          { "@type": "Recipe", name: "Soup" },
          // Resolved against the article's url, this is longer than the model allows of a URL.
          "a".repeat(4090),
        ],
      }),
    );
    expect(graph.articles[0]?.images).toEqual([]);
    expect(graph.actors).toEqual([]);
    expect(lines(warnings)).toEqual([
      "$.image[0]: the ImageObject has no url or contentUrl; dropped",
      '$.image[1].url: the image\'s url "javascript:alert(1)" is not an http(s) URL; dropped',
      "$.image[2]: the image cannot be a Person; dropped",
      "$.image[3]: expected an image URL or ImageObject, found 42; dropped",
      '$.image[4]: no node in the document has the @id "#nothing"; the reference is dropped',
      "$.image[5]: the image is a Recipe, a type that is not mapped; dropped",
      `$.image[6]: the image "${"a".repeat(60)}…" is not an http(s) URL; dropped`,
      "$.image[0].name: the property name of ImageObject is not mapped",
      "$.image[1].caption: the property caption of ImageObject is not mapped",
    ]);
  });
});

describe("an article's authors", () => {
  test("a creator is read as the author when no author is named, marked inferred; beside an author it is not", () => {
    const jane = { "@type": "Person", name: "Jane Doe" };
    const { graph, warnings } = importValid(article({ creator: jane }));
    const note =
      "the author is not stated; the creator is taken as the author, which schema.org says it is for a creative work";
    expect(graph.articles[0]).toMatchObject({
      authors: [graph.actors[0]?.id],
      fieldProvenance: { authors: inferred(note) },
    });
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Jane Doe"]);
    expect(lines(warnings)).toEqual([`$.creator: ${note}`]);
    const both = importValid(article({ author: jane, creator: { "@type": "Person", name: "Sam Lee" } }));
    expect(both.graph.actors.map((actor) => actor.name)).toEqual(["Jane Doe"]);
    expect(lines(both.warnings)).toEqual(["$.creator: the property creator of NewsArticle is not mapped"]);
  });
});

describe("an article's corrections", () => {
  const undated = (published: string) =>
    `a correction's date is not stated; a correction follows publication, so it is dated ${published}/.. (from the article's datePublished on)`;

  test("corrections without a date are dated from publication, and the note is given once", () => {
    const published = "2025-01-08T12:00:00+01:00";
    const { graph, warnings } = importValid(
      article({
        correction: [
          "Fixed a name.",
          "",
          { "@type": "CorrectionComment", text: "Fixed the date.", datePublished: "2025-01-09T10:00:00" },
          { "@type": "CorrectionComment", datePublished: "2025-01-09" },
          { "@type": "CorrectionComment", text: "Fixed the map." },
        ],
      }),
    );
    expect(graph.articles[0]).toMatchObject({
      corrections: [
        { date: `${published}/..`, text: "Fixed a name." },
        { date: "2025-01-09", text: "Fixed the date." },
        { date: `${published}/..`, text: "Fixed the map." },
      ],
      fieldProvenance: {
        corrections: inferred(`${undated(published)}; ${noZone("2025-01-09T10:00:00")}`),
      },
    });
    expect(lines(warnings)).toEqual([
      `$.correction[0]: ${undated(published)}`,
      "$.correction[1]: the correction is empty; ignored",
      `$.correction[2].datePublished: the correction's datePublished: ${noZone("2025-01-09T10:00:00")}`,
      "$.correction[3]: the correction has no text, which the model requires; dropped",
      `$.correction[4]: ${undated(published)}`,
      "$.correction[3].datePublished: the property datePublished of CorrectionComment is not mapped",
    ]);
  });

  test("values that are not corrections are reported and dropped", () => {
    const { graph, warnings } = importValid(
      article({ correction: [42, { "@type": "Person", name: "Ana" }, { "@id": "#nothing" }] }),
    );
    expect(graph.articles[0]?.corrections).toEqual([]);
    expect(lines(warnings)).toEqual([
      "$.correction[0]: expected a CorrectionComment, found 42; dropped",
      "$.correction[1]: the correction cannot be a Person; dropped",
      '$.correction[2]: no node in the document has the @id "#nothing"; the reference is dropped',
    ]);
  });

  test("without a datePublished to date them from, undated corrections are kept without a date", () => {
    const { graph, warnings } = importValid(
      article({
        datePublished: undefined,
        dateModified: "2025-01-10",
        correction: ["Fixed a name.", { "@type": "CorrectionComment", text: "Fixed the map." }],
      }),
    );
    const note =
      "the datePublished is not stated; the article was published no later than 2025-01-10, its dateModified";
    expect(graph.articles[0]).toMatchObject({
      datePublished: "../2025-01-10",
      corrections: [{ text: "Fixed a name." }, { text: "Fixed the map." }],
      fieldProvenance: { datePublished: inferred(note) },
    });
    const undated =
      "a correction's date is not stated, nor the article's datePublished to date it from: it is kept without a date";
    expect(lines(warnings)).toEqual([
      `$.datePublished: ${note}`,
      `$.correction[0]: ${undated}`,
      `$.correction[1]: ${undated}`,
    ]);
  });
});

describe("an article's text fields and dates", () => {
  test("keywords that are not text are reported; a lone string is split at commas, blanks left out", () => {
    const list = importValid(article({ keywords: ["weather", 5, "", "roads, alps"] }));
    expect(list.graph.articles[0]?.keywords).toEqual(["weather", "roads, alps"]);
    expect(lines(list.warnings)).toEqual([
      "$.keywords[1]: expected text for a keyword, found 5; ignored",
      "$.keywords[2]: a keyword is empty; ignored",
    ]);
    expect(importValid(article({ keywords: "weather" })).graph.articles[0]?.keywords).toEqual(["weather"]);
    expect(importValid(article({ keywords: "weather,, roads ," })).graph.articles[0]?.keywords).toEqual([
      "weather",
      "roads",
    ]);
  });

  test("the first headline that is text is kept, and the article is imported with it", () => {
    const { graph, warnings } = importValid(article({ headline: [42, "Storm closes mountain pass"] }));
    expect(graph.articles[0]?.headline).toBe("Storm closes mountain pass");
    expect(graph.articles[0]?.fieldProvenance).toBeUndefined();
    expect(lines(warnings)).toEqual(["$.headline[0]: expected text for the headline, found 42; ignored"]);
  });

  test("the name stands in for a headline that is not text, from its first value that is text", () => {
    const { graph, warnings } = importValid(article({ headline: 42, name: [7, "Storm", "Snow"] }));
    const note = "the headline is not stated; the name is taken as the headline";
    expect(graph.articles[0]).toMatchObject({
      headline: "Storm",
      fieldProvenance: { headline: inferred(note) },
    });
    expect(lines(warnings)).toEqual([
      "$.headline: expected text for the headline, found 42; ignored",
      "$.name[0]: expected text for the name, found 7; ignored",
      "$.name[2]: only one name is kept; this further value is not mapped",
      `$.headline: ${note}`,
    ]);
  });

  test("a name equal to the headline is read with it; another name is reported", () => {
    const same = importValid(article({ name: "Storm closes mountain pass" }));
    expect(same.warnings).toEqual([]);
    const other = importValid(article({ name: "Storm" }));
    expect(other.graph.articles[0]?.headline).toBe("Storm closes mountain pass");
    expect(lines(other.warnings)).toEqual(["$.name: the property name of NewsArticle is not mapped"]);
  });

  test("the description and the articleBody are read, the first that is text of each", () => {
    const { graph, warnings } = importValid(
      article({ description: [5, "Snow and wind."], articleBody: "The pass is closed." }),
    );
    expect(graph.articles[0]).toMatchObject({ description: "Snow and wind.", text: "The pass is closed." });
    expect(lines(warnings)).toEqual([
      "$.description[0]: expected text for the description, found 5; ignored",
    ]);
  });

  test("of several datePublished the first possible one is kept; impossible ones and later ones are reported", () => {
    const { graph, warnings } = importValid(
      article({ datePublished: ["2025-01-08", "yesterday", "2025-01-09"] }),
    );
    expect(graph.articles[0]?.datePublished).toBe("2025-01-08");
    expect(lines(warnings)).toEqual([
      '$.datePublished[1]: the datePublished "yesterday" is not a possible ISO 8601 date; dropped',
      "$.datePublished[2]: only one datePublished is kept; this further value is not mapped",
    ]);
  });

  test("an offset written +01 is read as +01:00; a dateModified without a zone keeps its date, as an inference", () => {
    const { graph, warnings } = importValid(
      article({ datePublished: "2025-01-08T12:00:00+01", dateModified: "2025-01-09T10:00:00" }),
    );
    expect(graph.articles[0]).toMatchObject({
      datePublished: "2025-01-08T12:00:00+01:00",
      dateModified: "2025-01-09",
      fieldProvenance: { dateModified: inferred(noZone("2025-01-09T10:00:00")) },
    });
    expect(lines(warnings)).toEqual([`$.dateModified: the dateModified: ${noZone("2025-01-09T10:00:00")}`]);
  });

  test("an impossible date is dropped however its offset is written", () => {
    const { graph, warnings } = importValid(article({ dateModified: "2025-02-30T12:00:00+0100" }));
    expect(graph.articles[0]?.dateModified).toBeUndefined();
    expect(lines(warnings)).toEqual([
      '$.dateModified: the dateModified "2025-02-30T12:00:00+0100" is not a possible ISO 8601 date; dropped',
    ]);
  });

  test("an impossible datePublished is replaced by the bounds the document sets, or left out", () => {
    const bounded = importValid(article({ datePublished: "yesterday", dateModified: "2025-01-10" }));
    expect(bounded.graph.articles[0]?.datePublished).toBe("../2025-01-10");
    expect(lines(bounded.warnings)).toEqual([
      '$.datePublished: the datePublished "yesterday" is not a possible ISO 8601 date; dropped',
      "$.datePublished: the datePublished is not stated; the article was published no later than 2025-01-10, its dateModified",
    ]);
    const undated = importValid(article({ datePublished: "yesterday" }));
    expect(undated.graph.articles[0]?.headline).toBe("Storm closes mountain pass");
    expect(undated.graph.articles[0]?.datePublished).toBeUndefined();
    expect(lines(undated.warnings)).toEqual([
      '$.datePublished: the datePublished "yesterday" is not a possible ISO 8601 date; dropped',
      "$.datePublished: no datePublished could be read, and nothing in the document bounds it: the article is imported without a date",
    ]);
  });

  test("isAccessibleForFree reads true and false in schema.org's spellings", () => {
    const free = (value: unknown) => importValid(article({ isAccessibleForFree: value }));
    expect(free("True").graph.articles[0]?.isAccessibleForFree).toBe(true);
    expect(free("schema:False").graph.articles[0]?.isAccessibleForFree).toBe(false);
    expect(free("false").graph.articles[0]?.isAccessibleForFree).toBe(false);
    const unreadable = free("https://example.org/True");
    expect(unreadable.graph.articles[0]?.isAccessibleForFree).toBeUndefined();
    expect(lines(unreadable.warnings)).toEqual([
      '$.isAccessibleForFree: expected true or false for isAccessibleForFree, found "https://example.org/True"; ignored',
    ]);
    expect(lines(free(1).warnings)).toEqual([
      "$.isAccessibleForFree: expected true or false for isAccessibleForFree, found 1; ignored",
    ]);
  });
});

describe("an article's datePublished, bounded by the document", () => {
  const claim = (overrides: Json): Json => ({
    "@type": "Claim",
    text: "The pass will reopen on Friday.",
    author: { "@type": "Person", name: "Mayor" },
    ...overrides,
  });
  test("an article written in place as a claim's appearance is dated no earlier than the claim", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      ...claim({ datePublished: "2025-01-07", appearance: graphArticle({ datePublished: undefined }) }),
    });
    const note =
      "the datePublished is not stated; the article was published no earlier than 2025-01-07, the latest date of the claims that appear in it (a claim is made before it is reported)";
    expect(graph.articles[0]).toMatchObject({
      url,
      datePublished: "2025-01-07/..",
      fieldProvenance: { datePublished: inferred(note) },
    });
    expect(graph.claims[0]).toMatchObject({ date: "2025-01-07", appearances: [{ article: "storm" }] });
    expect(lines(warnings)).toEqual([`$: ${ACT}`, `$.appearance.datePublished: ${note}`]);
  });

  test("the earliest of its dateModified and its corrections' dates bounds it from above", () => {
    const { graph } = importValid({
      "@context": schemaOrg,
      "@graph": [
        graphArticle({
          datePublished: undefined,
          dateModified: "2025-01-10",
          correction: [
            "Fixed a name.",
            { "@type": "CorrectionComment", text: "Fixed the map.", datePublished: "2025-01-12" },
            { "@id": "#correction" },
          ],
        }),
        {
          "@type": "CorrectionComment",
          "@id": "#correction",
          text: "Fixed the date.",
          datePublished: "2025-01-09",
        },
      ],
    });
    expect(graph.articles[0]).toMatchObject({
      datePublished: "../2025-01-09",
      fieldProvenance: {
        datePublished: inferred(
          "the datePublished is not stated; the article was published no later than 2025-01-09, the date of a correction to it",
        ),
      },
    });
  });

  test("bounds that contradict each other give way to the upper one alone", () => {
    const { graph } = importValid({
      "@context": schemaOrg,
      "@graph": [
        graphArticle({ "@id": url, datePublished: undefined, dateModified: "2025-01-10" }),
        claim({ datePublished: "2025-01-12", appearance: { "@id": url } }),
      ],
    });
    expect(graph.articles[0]?.datePublished).toBe("../2025-01-10");
  });

  test("appearances and claim dates that cannot be read set no bound", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        graphArticle({ "@id": url, datePublished: undefined }),
        claim({ datePublished: "soon", appearance: { "@id": url } }),
        claim({ datePublished: "../2025-01-07", appearance: { "@id": url } }),
        claim({ datePublished: "2025-01-07", appearance: [{ "@id": "#gone" }, { "@id": 5 }, "a page"] }),
      ],
    });
    expect(graph.articles.map((read) => read.datePublished)).toEqual([undefined]);
    expect(lines(warnings)).toContain(
      '$["@graph"][0].datePublished: the datePublished is not stated (nor dateCreated), and nothing in the document bounds it: the article is imported without a date',
    );
  });
});

describe("claims and their reviews", () => {
  const ann = { "@type": "Person", name: "Ann" };
  const rating = (overrides: Json = {}): Json => ({
    "@type": "Rating",
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
    alternateName: "False",
    ...overrides,
  });
  const review = (overrides: Json = {}): Json =>
    Object.fromEntries(
      Object.entries({
        "@context": schemaOrg,
        "@type": "ClaimReview",
        url: "https://example.org/check",
        author: { "@type": "Organization", name: "Checkers" },
        itemReviewed: { "@type": "Claim", text: "It is so.", author: ann },
        reviewRating: rating(),
        ...overrides,
      }).filter(([, value]) => value !== undefined),
    );
  const reviewed = (overrides: Json, options?: FromJsonLdOptions) => {
    const { graph, warnings } = importValid(review(overrides), options);
    return { review: graph.claims[0]?.review, claim: graph.claims[0], warnings: lines(warnings) };
  };

  test("a claim whose text is not text takes its name as the statement, and reads the name", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": "Claim",
      text: 5,
      name: "It is so.",
      author: ann,
    });
    const note = "the claim has no text; its name is taken as the statement";
    expect(graph.claims[0]).toMatchObject({
      statement: "It is so.",
      fieldProvenance: { statement: inferred(note), act: inferred(ACT) },
    });
    expect(lines(warnings)).toEqual([
      "$.text: expected text for the claim's text, found 5; ignored",
      `$.text: ${note}`,
      `$: ${ACT}`,
    ]);
  });

  test("the first text that is text is the statement", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": "Claim",
      text: [5, "It is so."],
      author: ann,
    });
    expect(graph.claims[0]?.statement).toBe("It is so.");
    expect(lines(warnings)).toEqual([
      "$.text[0]: expected text for the claim's text, found 5; ignored",
      `$: ${ACT}`,
    ]);
  });

  test("a claimReviewed that differs from the claim's text is reported", () => {
    const { claim, review: kept, warnings } = reviewed({ claimReviewed: "It is not so." });
    expect(claim?.statement).toBe("It is so.");
    expect(kept).toEqual({
      reviewer: "checkers",
      verdict: "False",
      rating: { value: 2, best: 5, worst: 1 },
      url: "https://example.org/check",
    });
    expect(warnings).toEqual([
      '$.claimReviewed: the claimReviewed differs from the claim\'s statement "It is so."; not mapped',
      `$.itemReviewed: ${ACT}`,
    ]);
  });

  test("numbers of a rating may be numerals; a rating off its scale, or with no value, keeps only the verdict", () => {
    expect(
      reviewed({ reviewRating: rating({ ratingValue: "2", bestRating: "5", worstRating: "1" }) }).review
        ?.rating,
    ).toEqual({ value: 2, best: 5, worst: 1 });
    const off = reviewed({ reviewRating: rating({ ratingValue: 9 }) });
    expect(off.review).toMatchObject({ verdict: "False" });
    expect(off.review?.rating).toBeUndefined();
    expect(off.warnings).toContain(
      "$.reviewRating: the ratingValue 9 is not on a scale from 1 to 5; the numeric rating is dropped",
    );
    const none = reviewed({ reviewRating: rating({ ratingValue: undefined }) });
    expect(none.review).toMatchObject({ verdict: "False" });
    expect(none.review?.rating).toBeUndefined();
    expect(none.warnings).toContain(
      "$.reviewRating: the rating has a scale but no ratingValue; the scale is not mapped",
    );
    const high = reviewed({ reviewRating: rating({ ratingValue: "high" }) });
    expect(high.review?.rating).toBeUndefined();
    expect(high.warnings).toContain(
      '$.reviewRating.ratingValue: expected a number for the ratingValue, found "high"; ignored',
    );
  });

  test("the verdict is the alternateName, else the name; a name that differs is reported", () => {
    const differs = reviewed({ reviewRating: rating({ name: "Wrong" }) });
    expect(differs.review?.verdict).toBe("False");
    expect(differs.warnings).toEqual([
      `$.itemReviewed: ${ACT}`,
      "$.reviewRating.name: the verdict is read from the alternateName; this name is not mapped",
    ]);
    const same = reviewed({ reviewRating: rating({ name: "False" }) });
    expect(same.warnings).toEqual([`$.itemReviewed: ${ACT}`]);
    const named = reviewed({ reviewRating: { "@type": "Rating", name: "Mostly false" } });
    expect(named.review).toEqual({
      reviewer: "checkers",
      verdict: "Mostly false",
      url: "https://example.org/check",
    });
    expect(named.warnings).toEqual([`$.itemReviewed: ${ACT}`]);
  });

  test("a reviewRating that is not a Rating leaves the review without a verdict, so it is dropped", () => {
    const { claim, review: kept, warnings } = reviewed({ reviewRating: "False" });
    expect(claim?.statement).toBe("It is so.");
    expect(kept).toBeUndefined();
    expect(warnings).toEqual([
      `$.itemReviewed: ${ACT}`,
      '$.reviewRating: expected a Rating, found "False"; dropped',
      "$: the ClaimReview is not imported: it lacks a verdict (reviewRating.alternateName), which the model requires",
    ]);
  });

  test("a review without a url takes the baseUrl, and one without a time zone keeps its date, as inferences", () => {
    const {
      review: kept,
      claim,
      warnings,
    } = reviewed(
      { url: undefined, datePublished: "2025-01-09T10:00:00" },
      { baseUrl: "https://example.org/check" },
    );
    const fromBase = "the review's url is not stated; the baseUrl option is taken as its address";
    expect(kept).toMatchObject({ date: "2025-01-09", url: "https://example.org/check" });
    expect(claim?.fieldProvenance?.review).toEqual(inferred(`${noZone("2025-01-09T10:00:00")}; ${fromBase}`));
    expect(warnings).toEqual([
      `$.itemReviewed: ${ACT}`,
      `$.datePublished: the review's datePublished: ${noZone("2025-01-09T10:00:00")}`,
      `$.url: ${fromBase}`,
    ]);
  });

  test("a review that lacks a reviewer, a verdict and a url says so in one warning", () => {
    const { review: kept, warnings } = reviewed({ url: undefined, author: 42, reviewRating: undefined });
    expect(kept).toBeUndefined();
    expect(warnings).toEqual([
      `$.itemReviewed: ${ACT}`,
      '$.author: expected a node or an { "@id" } reference for the review\'s author, found 42; dropped',
      "$: the ClaimReview is not imported: it lacks an author (the reviewer) and a verdict (reviewRating.alternateName) and a url, which the model requires",
    ]);
  });

  test("a review of a claim that cannot be imported is not imported either", () => {
    const { graph, warnings } = importValid(
      review({ itemReviewed: { "@type": "Claim", text: "It is so." } }),
    );
    expect(graph).toEqual({ format: 1, articles: [], actors: [], claims: [], events: [], places: [] });
    expect(lines(warnings)).toEqual([
      "$.itemReviewed: Claim not imported: it has no author, and the model requires a claimant (who makes the claim)",
      "$: ClaimReview not imported: the claim it reviews could not be imported",
    ]);
  });

  test("of two reviews of one claim the first is kept and the second reported", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "Claim", "@id": "#claim", text: "It is so.", author: ann },
        { ...review({ itemReviewed: { "@id": "#claim" } }), "@context": schemaOrg },
        { ...review({ itemReviewed: { "@id": "#claim" }, url: "https://example.org/check-2" }) },
      ],
    });
    expect(graph.claims).toHaveLength(1);
    expect(graph.claims[0]?.review?.url).toBe("https://example.org/check");
    expect(lines(warnings)).toEqual([
      '$["@graph"][2].author: the Organization "Checkers" is defined again here (first at $["@graph"][1].author); its copies were merged into one node (nothing new here)',
      `$["@graph"][0]: ${ACT}`,
      '$["@graph"][2]: the model keeps one review per claim; this further ClaimReview is not mapped',
    ]);
  });

  test("about, mentions, isBasedOn and appearance that cannot be kept are reported", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        {
          "@type": "Claim",
          "@id": "#a",
          text: "A.",
          author: ann,
          datePublished: "2025-01-07T10:00:00",
          about: [{ "@id": "#a" }, { "@id": "#gone" }, { "@type": "Person", name: "Bo" }],
          mentions: [{ "@type": "QuantitativeValue", value: 3, unitText: "days" }, "three"],
          isBasedOn: [
            { "@type": "Quotation", text: "A, really.", author: ann },
            { "@type": "Quotation", text: "A again." },
            { "@type": "WebPage", url: "https://example.org/page" },
            { "@id": "#nope" },
            { "@type": "Quotation", text: 5 },
          ],
          appearance: { "@type": "Person", name: "Cy" },
        },
      ],
    });
    expect(graph.claims[0]).toMatchObject({
      id: "a",
      date: "2025-01-07",
      about: ["bo"],
      quantities: [{ unit: "days", value: 3 }],
      quote: "A, really.",
      fieldProvenance: { date: inferred(noZone("2025-01-07T10:00:00")) },
    });
    expect(graph.actors.map((actor) => actor.name).sort()).toEqual(["Ann", "Bo"]);
    expect(lines(warnings)).toEqual([
      `$["@graph"][0]: ${ACT}`,
      `$["@graph"][0].datePublished: the claim's datePublished: ${noZone("2025-01-07T10:00:00")}`,
      '$["@graph"][0].about[0]: the claim is about itself; not mapped',
      '$["@graph"][0].about[1]: no node in the document has the @id "#gone"; the reference is dropped',
      '$["@graph"][0].mentions[1]: expected a QuantitativeValue for the claim\'s mentions; dropped',
      '$["@graph"][0].appearance: the appearance cannot be a Person; dropped',
      '$["@graph"][0].isBasedOn[1]: only one quotation is kept; this one is not mapped',
      '$["@graph"][0].isBasedOn[2]: the claim isBasedOn something other than a Quotation; not mapped',
      '$["@graph"][0].isBasedOn[3]: no node in the document has the @id "#nope"; the reference is dropped',
      '$["@graph"][0].isBasedOn[4].text: expected text for the quotation\'s text, found 5; ignored',
    ]);
  });
});

describe("actors", () => {
  const role = (overrides: Json): Json => ({ "@type": "OrganizationRole", ...overrides });

  test("roles keep their title and dates; roles that cannot be kept are reported", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        {
          "@type": "Person",
          "@id": "#ana",
          name: "Ana",
          alternateName: ["A. R.", 5],
          sameAs: ["https://example.org/ana", "mailto:ana@example.org"],
          memberOf: [
            role({
              roleName: "Chair",
              startDate: "2020-01-01",
              endDate: "2019-01-01",
              memberOf: { "@id": "#org" },
            }),
            role({ roleName: "Member", startDate: "2018-01-01T10:00:00", memberOf: { "@id": "#org" } }),
            role({ memberOf: { "@id": "#org" } }),
            role({ roleName: "Lost" }),
            role({ roleName: "Dangling", memberOf: { "@id": "#nobody" } }),
            { "@id": "#nothing" },
            { "@type": "Place", name: "Kursk" },
          ],
        },
        { "@type": "NGO", "@id": "#org", name: "Org" },
      ],
    });
    expect(graph.actors[0]).toEqual({
      id: "ana",
      kind: "person",
      name: "Ana",
      alternateNames: ["A. R."],
      sameAs: ["https://example.org/ana"],
      memberOf: ["org"],
      roles: [
        { title: "Chair", of: "org", start: "2020-01-01" },
        { title: "Member", of: "org", start: "2018-01-01" },
      ],
      worksFor: [],
      knowsAbout: [],
      knowsLanguage: [],
      fieldProvenance: { roles: inferred(noZone("2018-01-01T10:00:00")) },
    });
    const at = '$["@graph"][0]';
    expect(lines(warnings)).toEqual([
      `${at}.alternateName[1]: expected text for an alternateName, found 5; ignored`,
      `${at}.sameAs[1]: the sameAs "mailto:ana@example.org" is not an absolute http(s) URL, and no base URL to resolve it against; dropped`,
      `${at}.memberOf[0].endDate: the role's endDate 2019-01-01 is before its startDate 2020-01-01; dropped`,
      `${at}.memberOf[1].startDate: the role's startDate: ${noZone("2018-01-01T10:00:00")}`,
      `${at}.memberOf[3]: the role names no organisation (memberOf); dropped`,
      `${at}.memberOf[4].memberOf: no node in the document has the @id "#nobody"; the reference is dropped`,
      `${at}.memberOf[5]: no node in the document has the @id "#nothing"; the reference is dropped`,
      `${at}.memberOf[6]: memberOf cannot be a Place; the reference is dropped`,
      `${at}.memberOf[3].roleName: the property roleName of OrganizationRole is not mapped`,
      `${at}.memberOf[4].roleName: the property roleName of OrganizationRole is not mapped`,
    ]);
  });

  test("a state keeps its roles as memberships, and a territory that is no place is reported", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        {
          "@type": "GovernmentOrganization",
          "@id": "#ru",
          name: "Russia",
          areaServed: "Russia",
          memberOf: role({
            roleName: "Member",
            startDate: "2020-01-01T00:00:00",
            memberOf: { "@id": "#un" },
          }),
        },
        { "@type": "Organization", "@id": "#un", name: "UN" },
      ],
    });
    expect(graph.actors[0]).toEqual({
      id: "ru",
      kind: "state",
      name: "Russia",
      alternateNames: [],
      sameAs: [],
      memberOf: ["un"],
    });
    expect(lines(warnings)).toEqual([
      `$["@graph"][0].memberOf.startDate: the role's startDate: ${noZone("2020-01-01T00:00:00")}`,
      '$["@graph"][0].memberOf: a state holds no roles in the model; its roles are kept as memberships',
      '$["@graph"][0].areaServed: expected a node or an { "@id" } reference for the areaServed (territory), found "Russia"; dropped',
    ]);
  });

  test("a name that is not text gives way to the legalName, which is then read", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": "Organization",
      name: 42,
      legalName: "ACME Ltd",
    });
    expect(graph.actors.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: "acme-ltd", name: "ACME Ltd" },
    ]);
    expect(lines(warnings)).toEqual(["$.name: expected text for the name, found 42; ignored"]);
  });

  test("the first name that is text is kept", () => {
    const { graph, warnings } = importValid({ "@context": schemaOrg, "@type": "Person", name: [7, "Ana"] });
    expect(graph.actors.map(({ id, name }) => ({ id, name }))).toEqual([{ id: "ana", name: "Ana" }]);
    expect(lines(warnings)).toEqual(["$.name[0]: expected text for the name, found 7; ignored"]);
  });

  test("a roles cycle is broken at every role that closes it, however the roles are ordered", () => {
    const member = (id: string, roleName = "Member") => role({ roleName, memberOf: { "@id": id } });
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "Organization", "@id": "#a", name: "A", memberOf: [member("#a"), member("#b")] },
        { "@type": "Organization", "@id": "#b", name: "B", memberOf: [member("#a"), member("#a", "Chair")] },
      ],
    });
    expect(graph.actors.map((actor) => [actor.id, actor.kind === "state" ? [] : actor.roles])).toEqual([
      ["a", [{ title: "Member", of: "b" }]],
      ["b", []],
    ]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][0].memberOf[0].memberOf: this roles would close a cycle, which the model forbids; dropped',
      '$["@graph"][1].memberOf[0].memberOf: this roles would close a cycle, which the model forbids; dropped',
      '$["@graph"][1].memberOf[1].memberOf: this roles would close a cycle, which the model forbids; dropped',
    ]);
  });
});

describe("places", () => {
  test("subtypes are narrowed to the kinds of the model, and said so", () => {
    const types = ["State", "Mountain", "Museum", "LakeBodyOfWater", "TouristAttraction"];
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": types.map((type, index) => ({ "@type": type, name: `Place ${index}` })),
    });
    expect(graph.places.map((place) => place.kind)).toEqual([
      "region",
      "area",
      "site",
      "body-of-water",
      "site",
    ]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][0]["@type"]: schema.org State is kept as the kind "region"',
      '$["@graph"][1]["@type"]: schema.org Mountain is kept as the kind "area"',
      '$["@graph"][2]["@type"]: schema.org Museum is kept as the kind "site"',
      '$["@graph"][3]["@type"]: schema.org LakeBodyOfWater is kept as the kind "body-of-water"',
      '$["@graph"][4]["@type"]: schema.org TouristAttraction is kept as the kind "site"',
    ]);
  });

  test("geo coordinates may be numerals; any that cannot be read drop the geo", () => {
    const city = (name: string, geo: unknown) => ({ "@type": "City", name, geo });
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        city("A", { "@type": "GeoCoordinates", latitude: "51.7", longitude: "36.2" }),
        city("B", { "@type": "GeoCoordinates", latitude: "51.7", longitude: 200 }),
        city("C", { "@type": "GeoCoordinates", latitude: 51.7 }),
        city("D", "51.7,36.2"),
        city("E", { "@id": "#nowhere" }),
        city("F", { latitude: 10, longitude: "east" }),
        city("G", { "@type": "Person", name: "Ana" }),
      ],
    });
    expect(graph.places.map((place) => place.geo)).toEqual([
      { latitude: 51.7, longitude: 36.2 },
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][1].geo.longitude: the longitude 200 is outside -180 to 180; dropped',
      '$["@graph"][2].geo.longitude: the geo has no longitude; dropped',
      '$["@graph"][3].geo: expected GeoCoordinates for the geo; dropped',
      '$["@graph"][4].geo: no node in the document has the @id "#nowhere"; the reference is dropped',
      '$["@graph"][5].geo: the geo has no @type; read as a GeoCoordinates',
      '$["@graph"][5].geo.longitude: expected a number for the longitude, found "east"; ignored',
      '$["@graph"][6].geo: the geo cannot be a Person; dropped',
    ]);
  });

  test("an address gives codes, and a locality and region that contain the place, shared between places", () => {
    const address = (fields: Json) => ({ "@type": "PostalAddress", ...fields });
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        {
          "@type": "City",
          name: "Hall",
          address: address({ addressCountry: "DE", addressRegion: "Bavaria", addressLocality: "Munich" }),
        },
        {
          "@type": "City",
          name: "Hall 2",
          address: address({ addressCountry: "DE", addressRegion: "Bavaria", addressLocality: "Munich" }),
        },
        {
          "@type": "City",
          name: "Hall 3",
          address: address({ addressCountry: "Germany", addressRegion: "DE-BY", addressLocality: 5 }),
        },
        { "@type": "City", name: "Hall 4", address: address({ addressRegion: "Bavaria" }) },
      ],
    });
    expect(
      graph.places.map(({ id, kind, containedIn, countryCode, subdivisionCode }) => ({
        id,
        kind,
        containedIn,
        countryCode,
        subdivisionCode,
      })),
    ).toEqual([
      { id: "hall", kind: "city", containedIn: "munich", countryCode: "DE", subdivisionCode: undefined },
      { id: "hall-2", kind: "city", containedIn: "munich", countryCode: "DE", subdivisionCode: undefined },
      {
        id: "hall-3",
        kind: "city",
        containedIn: undefined,
        countryCode: undefined,
        subdivisionCode: "DE-BY",
      },
      {
        id: "hall-4",
        kind: "city",
        containedIn: "bavaria-2",
        countryCode: undefined,
        subdivisionCode: undefined,
      },
      {
        id: "bavaria",
        kind: "region",
        containedIn: undefined,
        countryCode: "DE",
        subdivisionCode: undefined,
      },
      { id: "munich", kind: "city", containedIn: "bavaria", countryCode: "DE", subdivisionCode: undefined },
      {
        id: "bavaria-2",
        kind: "region",
        containedIn: undefined,
        countryCode: undefined,
        subdivisionCode: undefined,
      },
    ]);
    const at = (index: number) => `$["@graph"][${index}].address`;
    expect(lines(warnings)).toEqual([
      `${at(0)}.addressRegion: the addressRegion "Bavaria" is kept as a region containing the place`,
      `${at(0)}.addressLocality: the addressLocality "Munich" is kept as a city containing the place`,
      `${at(1)}.addressRegion: the addressRegion "Bavaria" is kept as a region containing the place`,
      `${at(1)}.addressLocality: the addressLocality "Munich" is kept as a city containing the place`,
      `${at(2)}.addressCountry: the addressCountry "Germany" is not an ISO 3166-1 alpha-2 code; not mapped`,
      `${at(2)}.addressLocality: expected text for the addressLocality, found 5; ignored`,
      `${at(3)}.addressRegion: the addressRegion "Bavaria" is kept as a region containing the place`,
    ]);
  });

  test("a place already contained in another leaves its address's region and locality unread", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        {
          "@type": "City",
          name: "Hall",
          containedInPlace: { "@id": "#munich" },
          address: { "@type": "PostalAddress", addressRegion: "Bavaria", addressLocality: "Munich" },
        },
        {
          "@type": "City",
          "@id": "#munich",
          name: "Munich",
          containedIn: { "@id": "#bavaria" },
          containedInPlace: { "@id": "#bavaria" },
        },
        { "@type": "AdministrativeArea", "@id": "#bavaria", name: "Bavaria" },
      ],
    });
    expect(graph.places.map(({ id, containedIn }) => [id, containedIn])).toEqual([
      ["hall", "munich"],
      ["munich", "bavaria"],
      ["bavaria", undefined],
    ]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][0].address.addressRegion: the addressRegion is not mapped: the place is already contained in another',
      '$["@graph"][1].containedIn: only one containing place is kept; this one is not mapped',
      '$["@graph"][0].address.addressLocality: the property addressLocality of PostalAddress is not mapped',
    ]);
  });

  test("an address that is not a PostalAddress is reported as what it is", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "City", name: "A", address: "Main Street 1" },
        { "@type": "City", name: "B", address: {} },
        { "@type": "City", name: "C", address: { "@type": "PostalAddress", addressRegion: "" } },
      ],
    });
    expect(graph.places.map((place) => place.containedIn)).toEqual([undefined, undefined, undefined]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][0].address: expected a PostalAddress for the address, found "Main Street 1"; not mapped',
      '$["@graph"][1].address: expected a PostalAddress for the address, found an object; not mapped',
      '$["@graph"][2].address.addressRegion: the addressRegion is empty; ignored',
    ]);
  });

  test("the first name that is text is kept", () => {
    const { graph, warnings } = importValid({ "@context": schemaOrg, "@type": "City", name: [5, "Kursk"] });
    expect(graph.places.map(({ id, name }) => ({ id, name }))).toEqual([{ id: "kursk", name: "Kursk" }]);
    expect(lines(warnings)).toEqual(["$.name[0]: expected text for the name, found 5; ignored"]);
  });
});

describe("events", () => {
  const KIND = 'schema.org Event does not say what kind of event it is; the kind "other" is assumed';
  const quantity = (fields: Json) => ({ "@type": "QuantitativeValue", ...fields });

  test("dates, a location and participants given as names, a superEvent, and quantities are read", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": "Event",
      name: [5, "Summit"],
      description: "Talks.",
      startDate: "2025-03-01T09:00:00",
      endDate: "2025-02-01",
      location: "Geneva",
      performer: ["Ana", 42, { "@type": "Place", name: "Kursk" }],
      organizer: { "@type": "Organization", name: "UN" },
      superEvent: { "@type": "Event", name: "Series" },
      about: [
        quantity({ value: 3, unitText: "days", description: "approximately" }),
        quantity({ minValue: 1, maxValue: 5, unitText: "talks", description: "approximately: one to five" }),
        quantity({ value: "12", unitText: "tonnes", description: "as reported" }),
      ],
    });
    expect(graph.events[0]).toEqual({
      id: "summit",
      name: "Summit",
      kind: "other",
      description: "Talks.",
      start: "2025-03-01",
      location: "geneva",
      participants: [
        { actor: "ana", role: "agent" },
        { actor: "un", role: "host" },
      ],
      partOf: "series",
      quantities: [
        { unit: "days", value: 3, approximate: true },
        { unit: "talks", min: 1, max: 5, approximate: true, text: "one to five" },
        { unit: "tonnes", value: 12, text: "as reported" },
      ],
      fieldProvenance: { kind: inferred(KIND), start: inferred(noZone("2025-03-01T09:00:00")) },
    });
    expect(graph.events[1]).toMatchObject({ id: "series", name: "Series" });
    expect(lines(warnings)).toEqual([
      `$["@type"]: ${KIND}`,
      "$.name[0]: expected text for the name, found 5; ignored",
      `$.startDate: the startDate: ${noZone("2025-03-01T09:00:00")}`,
      "$.endDate: the endDate 2025-02-01 is before the startDate 2025-03-01; dropped",
      "$.location: the location is given as a plain name, so the Place made from it has no @id, url or other details",
      "$.performer[0]: the performer is given as a plain name, so the Person made from it has no @id, url or other details",
      '$.performer[1]: expected a node or an { "@id" } reference for the performer, found 42; dropped',
      "$.performer[2]: the performer cannot be a Place; the reference is dropped",
      '$.location["@type"]: schema.org Place does not say what sort of place it is; the kind "site" is assumed',
      `$.superEvent["@type"]: ${KIND}`,
    ]);
  });

  test("quantities without a unit or a number, or with contradictory bounds, are reported and dropped", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": "Event",
      name: "Summit",
      about: [
        quantity({ value: 3 }),
        quantity({ unitText: "days" }),
        quantity({ value: 9, minValue: 1, maxValue: 5, unitText: "days" }),
        quantity({ minValue: 5, maxValue: 1, unitText: "days" }),
        "three days",
      ],
    });
    expect(graph.events[0]?.quantities).toEqual([]);
    expect(lines(warnings)).toEqual([
      `$["@type"]: ${KIND}`,
      "$.about[0]: the event's about has no unitText, which the model requires; dropped",
      "$.about[1]: the event's about has no value, minValue or maxValue; dropped",
      "$.about[2]: the event's about has a value outside its minValue and maxValue; dropped",
      "$.about[3]: the event's about has a value outside its minValue and maxValue; dropped",
      "$.about[4]: expected a QuantitativeValue for the event's about; dropped",
    ]);
  });

  test("a partOf cycle through several events is broken at the edge that closes it", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": ["a", "b", "c"].map((id, index, ids) => ({
        "@type": "Event",
        "@id": `#${id}`,
        name: id.toUpperCase(),
        superEvent: { "@id": `#${ids[(index + 1) % ids.length]}` },
      })),
    });
    expect(graph.events.map((event) => [event.id, event.partOf])).toEqual([
      ["a", "b"],
      ["b", "c"],
      ["c", undefined],
    ]);
    expect(lines(warnings)).toContain(
      '$["@graph"][2].superEvent: this partOf would close a cycle, which the model forbids; dropped',
    );
  });
});

describe("documents", () => {
  test("@set holds values as @list does", () => {
    const { graph, warnings } = importValid(article({ keywords: { "@set": ["weather", "roads"] } }));
    expect(graph.articles[0]?.keywords).toEqual(["weather", "roads"]);
    expect(warnings).toEqual([]);
  });

  test("a context item that is neither a URL nor an object is reported; objects that do not name schema.org are too", () => {
    const { graph, warnings } = importValid([
      { ...article(), "@context": [schemaOrg, 5, null] },
      { "@context": [{ "@language": "en" }], "@type": "Person", name: "Ana" },
    ]);
    expect(graph.articles).toHaveLength(1);
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Ana"]);
    expect(lines(warnings)).toEqual([
      '$[0]["@context"][1]: expected a context URL or object, found 5; ignored',
      '$[1]["@context"]: the context does not name schema.org (as a URL or an @vocab); terms are read as schema.org',
    ]);
  });

  test("the context of a reference is checked too", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        graphArticle({ author: { "@id": "#ana", "@context": "https://example.net/vocab" } }),
        { "@type": "Person", "@id": "#ana", name: "Ana" },
      ],
    });
    expect(graph.articles[0]?.authors).toEqual(["ana"]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][0].author["@context"]: the context "https://example.net/vocab" is not schema.org\'s and was not loaded; terms are read as schema.org',
    ]);
  });

  test("types and @ids that are not non-empty strings are reported and ignored", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": ["Person", 5, ""], "@id": 5, name: "Ana" },
        { "@type": "Person", "@id": "", name: "Ben" },
        { "@type": ["https://example.net/vocab#Author", "Person"], name: "Cy" },
      ],
    });
    expect(graph.actors.map(({ id, kind }) => `${id} (${kind})`)).toEqual([
      "ana (person)",
      "ben (person)",
      "cy (person)",
    ]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][0]["@id"]: expected an @id string, found 5; ignored',
      '$["@graph"][0]["@type"][1]: expected a type name, found 5; ignored',
      '$["@graph"][0]["@type"][2]: expected a type name, found ""; ignored',
      '$["@graph"][1]["@id"]: expected an @id string, found ""; ignored',
      '$["@graph"][2]["@type"]: read as Person; the type https://example.net/vocab#Author cannot be kept beside it',
    ]);
  });

  test("a property written twice in one node, bare and as a schema.org term, keeps the first", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@type": "Person",
      name: "Ana",
      "schema:name": "Anna",
    });
    expect(graph.actors.map((actor) => actor.name)).toEqual(["Ana"]);
    expect(lines(warnings)).toEqual([
      '$["schema:name"]: the property name is written twice in one node; the first is kept',
    ]);
  });

  test("a node first met as a typed reference is reported where it is defined", () => {
    const { graph, warnings } = importValid({
      "@context": schemaOrg,
      "@graph": [
        graphArticle({ author: { "@type": "Person", "@id": "#ana" } }),
        { "@type": "Person", "@id": "#ana", description: "Reporter" },
      ],
    });
    expect(graph.articles[0]?.authors).toEqual([]);
    expect(lines(warnings)).toEqual([
      '$["@graph"][1]: Person not imported: it has no name, which the model requires',
      `$["@graph"][0].author: the author refers to a node that could not be imported ($["@graph"][1]); the reference is dropped`,
    ]);
  });

  test("values nested in @value are read; values nested more than 100 levels deep are reported, not read", () => {
    const nested = importValid(article({ headline: { "@value": { "@value": "Deep" } } }));
    expect(nested.graph.articles[0]?.headline).toBe("Deep");
    let deep: unknown = "weather";
    for (let level = 0; level < 120; level++) deep = [deep];
    const { graph, warnings } = importValid(article({ keywords: deep }));
    expect(graph.articles[0]?.keywords).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.path).toBe(`$.keywords${"[0]".repeat(100)}`);
    expect(warnings[0]?.message).toBe("nested more than 100 levels deep; not read");
  });

  test("long values are cut short in messages", () => {
    const { warnings } = importValid({
      "@context": schemaOrg,
      "@type": "Person",
      name: "Ana",
      url: `javascript:${"x".repeat(80)}`,
    });
    expect(lines(warnings)).toEqual([
      `$.url: the url "javascript:${"x".repeat(49)}…" is not an absolute http(s) URL, and no base URL to resolve it against; dropped`,
    ]);
  });
});

describe("the whole import", () => {
  test("options given as null are no options", () => {
    const { graph, warnings } = importValid(article(), null as unknown as FromJsonLdOptions);
    expect(graph.articles.map((node) => node.id)).toEqual(["storm"]);
    expect(warnings).toEqual([]);
  });

  test("a value thrown while reading the input that is not an Error is reported as it is", () => {
    const hostile = { "@context": schemaOrg, "@type": "Person" } as Json;
    Object.defineProperty(hostile, "name", {
      enumerable: true,
      get: () => {
        throw "no access";
      },
    });
    const { graph, warnings } = fromJsonLd(hostile);
    expect(graph).toEqual({ format: 1, articles: [], actors: [], claims: [], events: [], places: [] });
    expect(lines(warnings)).toEqual(["$: the input could not be read: no access; nothing was imported"]);
  });

  test("a subject without @type is reported as such", () => {
    const { graph, warnings } = importValid(article({ about: { name: "The pass" } }));
    expect(graph.articles[0]?.about).toEqual([]);
    expect(lines(warnings)).toEqual(["$.about: the about has no @type, so it cannot be mapped; dropped"]);
  });

  test("an id taken by a node whose name slugs to it is passed over for the next suffix", () => {
    const { graph } = importValid({
      "@context": schemaOrg,
      "@graph": ["A", "A 2", "A"].map((name, index) => ({
        "@type": "Person",
        name,
        url: `https://example.org/people/${index}`,
      })),
    });
    expect(graph.actors.map((actor) => actor.id)).toEqual(["a", "a-2", "a-3"]);
  });

  test("nodes of every kind come out in the order of the input, whatever order they are reached in", () => {
    const { graph } = importValid({
      "@context": schemaOrg,
      "@graph": [
        { "@type": "Person", "@id": "#b", name: "B", nationality: { "@id": "#country" } },
        { "@type": "Person", "@id": "#a", name: "A" },
        { "@type": "Country", "@id": "#country", name: "Country" },
        { "@type": "City", "@id": "#city", name: "City", containedInPlace: { "@id": "#country" } },
      ],
    });
    expect(graph.actors.map((actor) => actor.id)).toEqual(["b", "a"]);
    expect(graph.places.map((place) => place.id)).toEqual(["country", "city"]);
  });
});
