// A typedoc plugin for the guides in docs/: each takes its title (its first "# " heading) as its name in the
// API reference, where typedoc would name it after its path ("docs/model"), and they are listed as "Guides".
import { Converter } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const markdown = document.content.map((part) => part.text).join("");
    const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim();
    if (title === undefined) {
      app.logger.error(`${document.name}: a guide needs a "# " title to be named by in the API reference`);
      return;
    }
    document.name = title;
    document.frontmatter.group = "Guides";
  });
}
