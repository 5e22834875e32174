import { it } from "vitest";
import { extractJsonLd } from "../work/main/src/jsonld/extract";
it("x", () => {
 const page = `<head>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>
  <script type="application/ld+json">{"headline": "Unfinished",</script>
</head>`;
 console.log(JSON.stringify(extractJsonLd(page), null, 1));
 console.log(JSON.stringify(extractJsonLd('<p>hi</p><script type="application/ld+json">{"a":}</script>')));
 console.log(JSON.stringify(extractJsonLd('<script type="application/ld+json"><!-- {"a" 1} --></script>')));
});
