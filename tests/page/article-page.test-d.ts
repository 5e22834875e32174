// The flat input's types: what a page must give, what it may, and what TypeScript refuses before zod does.
import { describe, expectTypeOf, test } from "vitest";
import type { JsonLdGraph } from "../../src/jsonld/output";
import type { NewsGraph } from "../../src/model/news-graph";
import {
  type ArticlePageInput,
  articlePageGraph,
  articlePageJsonLd,
  type PageImage,
  type PagePublisher,
} from "../../src/page/index";

const page = {
  url: "https://example.org/news/bridge",
  headline: "Harbour bridge reopens",
  language: "en",
  datePublished: "2025-03-14T07:30:00+00:00",
} satisfies ArticlePageInput;

describe("the flat page input's types", () => {
  test("gives a JsonLdGraph, or the graph it builds", () => {
    expectTypeOf(articlePageJsonLd(page)).toEqualTypeOf<JsonLdGraph>();
    expectTypeOf(articlePageGraph(page)).toEqualTypeOf<NewsGraph>();
  });

  test("requires the url, headline, language and datePublished", () => {
    // @ts-expect-error no headline
    articlePageJsonLd({ url: page.url, language: "en", datePublished: page.datePublished });
    // @ts-expect-error no language
    articlePageJsonLd({ url: page.url, headline: "A", datePublished: page.datePublished });
  });

  test("takes images and logos as a URL or an object with their size, and refuses other shapes", () => {
    expectTypeOf<string>().toExtend<PageImage>();
    expectTypeOf<{ url: string; width: number; height: number }>().toExtend<PageImage>();
    expectTypeOf<{ name: string; url: string; logo: string }>().toExtend<PagePublisher>();
    // @ts-expect-error a width as text
    articlePageJsonLd({ ...page, images: [{ url: "https://example.org/a.jpg", width: "1200" }] });
  });

  test("refuses an unknown field, a misspelt one, and a genre the model does not have", () => {
    // @ts-expect-error next-seo's name for the headline
    articlePageJsonLd({ ...page, title: "A" });
    // @ts-expect-error authors are objects with a name, not strings
    articlePageJsonLd({ ...page, authors: ["Ana Ruiz"] });
    // @ts-expect-error no such genre
    articlePageJsonLd({ ...page, genre: "blog" });
  });
});
