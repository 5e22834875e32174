// The info strings the docs' code blocks may carry, and what makes one unknown. See code-blocks.test.ts.
import type { CodeBlock } from "./markdown";

interface Language {
  /** Attributes the block may carry. */
  allowed: readonly string[];
  /** Attributes (with their one accepted value) the block must carry. */
  required?: Readonly<Record<string, string | true>>;
}

const TYPESCRIPT: Language = { allowed: ["run", "exit"] };
const SHELL: Language = { allowed: ["run", "exit"] };

const LANGUAGES: Readonly<Record<string, Language>> = {
  ts: TYPESCRIPT,
  typescript: TYPESCRIPT,
  js: TYPESCRIPT,
  javascript: TYPESCRIPT,
  tsx: { allowed: ["check"], required: { check: "jsx-shim" } },
  astro: { allowed: ["check"], required: { check: "frontmatter" } },
  sh: SHELL,
  bash: SHELL,
  shell: SHELL,
  json: { allowed: ["newsgraph"] },
  html: { allowed: [] },
  text: { allowed: ["output", "model-diagram"] },
  md: { allowed: ["changeset"], required: { changeset: true } },
};

/** Why the test cannot check a block as marked, or undefined when it can. */
export function unknownMarking(block: CodeBlock): string | undefined {
  const language = LANGUAGES[block.lang];
  if (language === undefined) {
    return block.lang === ""
      ? "has no info string; mark it (```ts, ```sh, ```text output, …)"
      : `has the language "${block.lang}", which this test cannot check`;
  }
  for (const name of block.attributes.keys()) {
    if (!language.allowed.includes(name)) return `has the attribute "${name}", unknown for ${block.lang}`;
  }
  for (const [name, value] of Object.entries(language.required ?? {})) {
    if (block.attributes.get(name) !== value)
      return `must be marked ${value === true ? name : `${name}=${value}`}`;
  }
  if (block.lang === "text" && block.attributes.size !== 1) {
    return "must be marked `text output` or `text model-diagram`";
  }
  const exit = block.attributes.get("exit");
  if (exit !== undefined && (exit === true || !/^\d+$/.test(exit) || !block.attributes.has("run"))) {
    return "exit=N needs a number and goes with run";
  }
  return undefined;
}
