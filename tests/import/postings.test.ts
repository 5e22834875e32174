// schema.org's posting types and other Article subtypes: the article's form, and a live blog's updates.
import { describe, expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/graph";
import { article, importValid, inferred, lines } from "./import-support";

const url = "https://example.org/live/storm";

describe("an article's form", () => {
  test("each posting type and Article subtype is a form, of no genre in particular", () => {
    const forms = {
      Article: "article",
      BlogPosting: "blog-posting",
      SocialMediaPosting: "social-media-posting",
      DiscussionForumPosting: "discussion-forum-posting",
      Report: "report",
      ScholarlyArticle: "scholarly-article",
      TechArticle: "tech-article",
      SatiricalArticle: "satirical-article",
      AdvertiserContentArticle: "advertiser-content-article",
    };
    for (const [type, form] of Object.entries(forms)) {
      const { graph, warnings } = importValid(article({ "@type": type }));
      expect(graph.articles[0]).toMatchObject({ genre: "news", form });
      expect(warnings).toEqual([]);
    }
  });

  test("a form beside a NewsArticle subtype keeps both; Article beside NewsArticle adds nothing", () => {
    const opinionBlog = importValid(article({ "@type": ["BlogPosting", "OpinionNewsArticle"] }));
    expect(opinionBlog.graph.articles[0]).toMatchObject({ genre: "opinion", form: "blog-posting" });
    const news = importValid(article({ "@type": ["Article", "NewsArticle"] }));
    expect(news.graph.articles[0]?.form).toBeUndefined();
    expect(news.warnings).toEqual([]);
  });

  test("a type below the forms is kept as its nearest form, and reported", () => {
    const { graph, warnings } = importValid(article({ "@type": "MedicalScholarlyArticle" }));
    expect(graph.articles[0]?.form).toBe("scholarly-article");
    expect(lines(warnings)).toEqual([
      '$["@type"]: schema.org MedicalScholarlyArticle is kept as the form ScholarlyArticle, the nearest the model has',
    ]);
  });

  test("the emitter writes the form back, with the genre's type beside it unless the genre is news", () => {
    for (const types of [
      "BlogPosting",
      "Article",
      ["SocialMediaPosting", "AnalysisNewsArticle"],
      ["Article", "OpinionNewsArticle"],
    ]) {
      const { graph } = importValid(article({ "@type": types }));
      expect(toJsonLd(graph)["@graph"][0]?.["@type" as never]).toEqual(types);
    }
  });
});

describe("a live blog's updates", () => {
  const update = (n: number, fields: Record<string, unknown> = {}) => ({
    "@type": "BlogPosting",
    headline: `Update ${n}`,
    datePublished: `2025-01-08T1${n}:00:00+01:00`,
    mainEntityOfPage: url,
    ...fields,
  });

  test("each update is an article of the graph, in the live blog's order; one without an address of its own takes the live blog's with a fragment", () => {
    const { graph, warnings } = importValid(
      article({
        "@type": "LiveBlogPosting",
        url,
        liveBlogUpdate: [update(1, { url: `${url}#post-1` }), update(2), update(3, { "@id": `${url}#p3` })],
      }),
    );
    expect(graph.articles.map(({ id, url, form, updates }) => ({ id, url, form, updates }))).toEqual([
      { id: "storm", url, form: "live-blog-posting", updates: ["update-1", "update-2", "p3"] },
      { id: "update-1", url: `${url}#post-1`, form: "blog-posting", updates: [] },
      { id: "update-2", url: `${url}#update-2`, form: "blog-posting", updates: [] },
      { id: "p3", url: `${url}#p3`, form: "blog-posting", updates: [] },
    ]);
    const note =
      "the update of a live blog gives no address of its own; the live blog's url with the fragment #update-2 (its place in the liveBlogUpdate list) is taken as its address";
    expect(graph.articles[2]?.fieldProvenance?.url).toEqual(inferred(note));
    expect(lines(warnings)).toContain(`$.liveBlogUpdate[1].url: ${note}`);
    // No two updates were merged: each has its own address.
    expect(lines(warnings).some((line) => line.includes("merged"))).toBe(false);
  });

  test("an update that is not a BlogPosting is imported as an article of its own, and reported", () => {
    const { graph, warnings } = importValid(
      article({
        "@type": "LiveBlogPosting",
        url,
        liveBlogUpdate: [update(1, { "@type": "NewsArticle", url: `${url}#n1` })],
      }),
    );
    expect(graph.articles.map((node) => node.updates)).toEqual([[], []]);
    expect(lines(warnings)).toContain(
      "$.liveBlogUpdate[0]: a liveBlogUpdate is a BlogPosting, and this is a NewsArticle; it is imported as an article of its own, not as an update",
    );
  });

  test("a live blog written again as another type with the same url keeps its updates", () => {
    const { graph } = importValid([
      article({ url }),
      article({ "@type": "LiveBlogPosting", url, liveBlogUpdate: [update(1)] }),
    ]);
    expect(graph.articles[0]).toMatchObject({ form: "live-blog-posting", updates: ["update-1"] });
  });

  test("newsgraph's own live blog reads back exactly", () => {
    const { graph } = importValid(
      article({ "@type": "LiveBlogPosting", url, liveBlogUpdate: [update(1), update(2)] }),
    );
    const once = toJsonLd(graph);
    expect(once["@graph"][0]).toMatchObject({
      "@type": "LiveBlogPosting",
      liveBlogUpdate: [{ "@id": `${url}#update-1` }, { "@id": `${url}#update-2` }],
    });
    const { graph: again } = importValid(once);
    expect(toJsonLd(again)).toEqual(once);
  });
});
