// The newsgraph command-line tool: validate documents, print JSON-LD, ninjs and the JSON Schema, import
// JSON-LD and ninjs.
// `main` takes its arguments and I/O as parameters so that tests can run it in process.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { version } from "../../package.json";
import { findJsonError } from "../import/json-error";
import { fromJsonLd } from "../import/jsonld/from-json-ld";
import { isObject } from "../import/jsonld/json";
import { formatIssuePath, type NewsGraph, newsGraphJsonSchema, safeParseNewsGraph } from "../index";
import { articleJsonLd, jsonLdScript, readPage, toJsonLd } from "../jsonld/index";
import { reasonOf } from "../model/describe";
import { fromNinjs, toNinjs } from "../ninjs/index";
import { printable, printableJson } from "./printable";
import { decodeUtf8 } from "./utf8";

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

const HELP = `newsgraph ${version}: the typed data model for news

Usage:
  newsgraph validate FILE...                     check newsgraph documents (JSON); - reads stdin
  newsgraph jsonld FILE [--article ID] [--html]  print schema.org JSON-LD for a document
  newsgraph schema                               print the JSON Schema of a newsgraph document
  newsgraph ninjs FILE [--article ID]            print an article as an IPTC ninjs 3.1 item
  newsgraph import FILE [--base-url URL] [--language TAG]
                                                 read a news page, schema.org JSON-LD or an IPTC ninjs
                                                 item into a newsgraph document
  newsgraph --help | --version

validate prints each problem on one line: FILE: PATH: what was found and what was expected.
jsonld prints the whole graph, or one article's page with --article; --html wraps it in a
<script type="application/ld+json"> element that is safe to put in a page.
import reads a JSON-LD file, or an HTML page (a .html/.htm FILE, or input that starts with <): all
its ld+json scripts as one document (repaired where they do not parse), its canonical link, language
and metadata (og:*, article:*, author, date metas); it prints the newsgraph document. Each thing it
could not read as written goes to stderr as: warning: PATH: message (for a page, $[N] is the page's
N-th ld+json script, from 0, and a CSS selector names an element of its metadata).
--base-url is the address the page was read from (its canonical link wins as the article's address);
for JSON-LD, the base of relative URLs and the address of articles that state none. --language is
the language of articles that state none (a page's own language wins).
A JSON object with a "uri" and no "@context" is read as an IPTC ninjs item (1.x, 2.x or 3.x); its
warnings name JSONPaths into the item, and --base-url is the article's address when the item's uri
is not an http(s) URL (a urn, an agency's id).
ninjs prints one article of a document as a ninjs 3.1 item (--article may be left out when the
document has one article); what ninjs has no place for goes to stderr as: warning: PATH: message.

Exit status: 0 valid (import: a document was produced, warnings or not), 1 invalid (import: nothing
could be imported), 2 usage or I/O error.`;

/** Something the user can act on; printed without a stack trace. */
class UsageError extends Error {}

/** Where the command line writes and reads. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard input, as bytes. */
  readStdin: () => Uint8Array;
}

/** How a FILE argument is named in messages: `-` is standard input. */
const nameOf = (file: string): string => (file === "-" ? "<stdin>" : file);

/** Input that is not UTF-8: exit 1, naming where. */
class NotUtf8 extends Error {}

// Files and standard input are read as bytes and decoded strictly: invalid UTF-8 is refused, not replaced.
function readInput(file: string, io: Io): string {
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? io.readStdin() : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : String((error as Error).message);
    throw new UsageError(`cannot read ${file === "-" ? "standard input" : file}: ${reason}`);
  }
  const decoded = decodeUtf8(bytes);
  if (typeof decoded === "string") return decoded;
  throw new NotUtf8(`${nameOf(file)}: not valid UTF-8: ${decoded.reason}`);
}

/** Why a text is not JSON, with the line and column (and offset) where it stops being JSON. */
function notJson(source: string): string {
  const error = findJsonError(source);
  if (error === undefined) return "not valid JSON";
  return `not valid JSON at line ${error.line}, column ${error.column} (offset ${error.offset}): ${error.reason}`;
}

type Loaded = { ok: true; graph: NewsGraph } | { ok: false; problems: string[] };

function load(file: string, io: Io): Loaded {
  const source = readInput(file, io);
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, problems: [notJson(source)] };
  }
  const result = safeParseNewsGraph(json);
  if (result.success) return { ok: true, graph: result.data };
  return {
    ok: false,
    problems: result.error.issues.map(
      (issue) => `${formatIssuePath(issue.path)}: ${issue.message} [${issue.code}]`,
    ),
  };
}

const isPage = (file: string, source: string): boolean =>
  /\.html?$/i.test(file) || source.trimStart().startsWith("<");

// A page is read whole by readPage (its JSON-LD, repaired where it does not parse, and its metadata); other
// input is read as JSON-LD.
function importGraph(
  file: string,
  source: string,
  baseUrl: string | undefined,
  language: string | undefined,
):
  | { ok: true; graph: NewsGraph; warnings: { path: string; message: string }[] }
  | { ok: false; problem: string } {
  // readPage and fromNinjs name the address `url`, fromJsonLd `baseUrl`.
  const options = {
    ...(baseUrl !== undefined && { url: baseUrl }),
    ...(language !== undefined && { defaultLanguage: language }),
  };
  if (isPage(file, source)) return { ok: true, ...readPage(source, options) };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { ok: false, problem: notJson(source) };
  }
  if (isNinjsItem(value)) return { ok: true, ...fromNinjs(value, options) };
  return {
    ok: true,
    ...fromJsonLd(value, {
      ...(baseUrl !== undefined && { baseUrl }),
      ...(language !== undefined && { defaultLanguage: language }),
    }),
  };
}

function importDocument(
  files: string[],
  baseUrl: string | undefined,
  language: string | undefined,
  io: Io,
): number {
  if (files.length !== 1) throw new UsageError("import needs exactly one FILE (or - for standard input)");
  const file = files[0] ?? "-";
  const name = nameOf(file);
  const read = importGraph(file, readInput(file, io), baseUrl, language);
  if (!read.ok) {
    io.err(printable(`${name}: ${read.problem}`));
    return EXIT_INVALID;
  }
  const { graph, warnings } = read;
  for (const warning of warnings) io.err(printable(`warning: ${warning.path}: ${warning.message}`));
  const { articles, actors, claims, events, places } = graph;
  if (articles.length + actors.length + claims.length + events.length + places.length === 0) {
    io.err(`${name}: nothing could be imported`);
    return EXIT_INVALID;
  }
  const checked = safeParseNewsGraph(graph);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      io.err(printable(`${name}: ${formatIssuePath(issue.path)}: ${issue.message} [${issue.code}]`));
    }
    return EXIT_INVALID;
  }
  io.out(printableJson(JSON.stringify(graph, null, 2)));
  return EXIT_OK;
}

/** An IPTC ninjs item, told by its shape: a JSON object with a string `uri` and no `@context`. */
const isNinjsItem = (value: unknown): value is Record<string, unknown> =>
  isObject(value) && typeof value.uri === "string" && !("@context" in value);

/** The one document a command reads, or the exit status after its problems are printed. */
function loadOne(command: string, files: string[], io: Io): NewsGraph | number {
  if (files.length !== 1) throw new UsageError(`${command} needs exactly one FILE (or - for standard input)`);
  const file = files[0] ?? "-";
  const loaded = load(file, io);
  if (loaded.ok) return loaded.graph;
  for (const problem of loaded.problems) io.err(printable(`${nameOf(file)}: ${problem}`));
  return EXIT_INVALID;
}

/** The document's article ids, for a usage message. */
const articleIds = (graph: NewsGraph): string =>
  graph.articles.map((candidate) => candidate.id).join(", ") || "none";

/** Refuses an --article that names no article of the document, listing those it has. */
function checkArticle(graph: NewsGraph, id: string): void {
  if (graph.articles.some((candidate) => candidate.id === id)) return;
  throw new UsageError(
    `no article has the id ${JSON.stringify(id)}; the document's articles are: ${articleIds(graph)}`,
  );
}

function ninjs(files: string[], article: string | undefined, io: Io): number {
  const graph = loadOne("ninjs", files, io);
  if (typeof graph === "number") return graph;
  const { articles } = graph;
  const id = article ?? (articles.length === 1 ? articles[0]?.id : undefined);
  if (id === undefined) {
    throw new UsageError(
      `ninjs needs --article ID when the document has other than one article; its articles are: ${articleIds(graph)}`,
    );
  }
  checkArticle(graph, id);
  const { item, warnings } = toNinjs(graph, id);
  for (const warning of warnings) io.err(printable(`warning: ${warning.path}: ${warning.message}`));
  io.out(printableJson(JSON.stringify(item, null, 2)));
  return EXIT_OK;
}

function validate(files: string[], io: Io): number {
  if (files.length === 0) throw new UsageError("validate needs at least one FILE (or - for standard input)");
  let status = EXIT_OK;
  for (const file of files) {
    const name = nameOf(file);
    const loaded = load(file, io);
    if (loaded.ok) {
      const { articles, actors, claims, events, places } = loaded.graph;
      io.out(
        `${name}: valid (${count(articles, "article")}, ${count(actors, "actor")}, ${count(claims, "claim")}, ${count(events, "event")}, ${count(places, "place")})`,
      );
    } else {
      status = EXIT_INVALID;
      for (const problem of loaded.problems) io.out(printable(`${name}: ${problem}`));
    }
  }
  return status;
}

function jsonld(files: string[], article: string | undefined, html: boolean, io: Io): number {
  const graph = loadOne("jsonld", files, io);
  if (typeof graph === "number") return graph;
  if (article !== undefined) checkArticle(graph, article);
  const document = article === undefined ? toJsonLd(graph) : articleJsonLd(graph, article);
  io.out(html ? jsonLdScript(document) : printableJson(JSON.stringify(document, null, 2)));
  return EXIT_OK;
}

/** "1 claim", "2 claims". */
const count = (list: readonly unknown[], noun: string): string =>
  `${list.length} ${noun}${list.length === 1 ? "" : "s"}`;

/** The options each command takes, as `--help` shows them. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  validate: [],
  jsonld: ["--article ID", "--html"],
  ninjs: ["--article ID"],
  schema: [],
  import: ["--base-url URL", "--language TAG"],
};

/** Refuses an option the command does not take, and a value missing after an option that takes one. */
function checkOptions(command: string | undefined, values: Record<string, unknown>): void {
  const takes = command === undefined ? undefined : COMMAND_OPTIONS[command];
  if (takes === undefined) return;
  for (const [name, value] of Object.entries(values)) {
    if (name === "help" || name === "version") continue;
    const known = takes.find((option) => option.split(" ")[0] === `--${name}`);
    if (known === undefined) {
      const allowed = takes.length === 0 ? "it takes no options" : `it takes ${takes.join(", ")}`;
      throw new UsageError(`${command} does not take the option ${JSON.stringify(`--${name}`)}: ${allowed}`);
    }
    if (known.includes(" ") && typeof value !== "string")
      throw new UsageError(`the option --${name} needs a value: ${known}`);
    if (!known.includes(" ") && typeof value !== "boolean")
      throw new UsageError(`the option --${name} takes no value`);
  }
}

/**
 * Runs the command line with the given arguments and returns the exit status.
 * @internal
 */
export function main(argv: string[], io: Io): number {
  try {
    // Not strict: an option the command does not take gets a message of ours that names what it takes.
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: false,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        article: { type: "string" },
        html: { type: "boolean" },
        "base-url": { type: "string" },
        language: { type: "string" },
      },
    });
    if (values.help === true) {
      io.out(HELP);
      return EXIT_OK;
    }
    if (values.version === true) {
      io.out(version);
      return EXIT_OK;
    }
    const [command, ...rest] = positionals;
    checkOptions(command, values);
    const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
    switch (command) {
      case "validate":
        return validate(rest, io);
      case "jsonld":
        return jsonld(rest, text(values.article), values.html === true, io);
      case "ninjs":
        return ninjs(rest, text(values.article), io);
      case "import":
        return importDocument(rest, text(values["base-url"]), text(values.language), io);
      case "schema":
        io.out(JSON.stringify(newsGraphJsonSchema(), null, 2));
        return EXIT_OK;
      case undefined:
        throw new UsageError("no command given");
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof NotUtf8) {
      io.err(printable(error.message));
      return EXIT_INVALID;
    }
    // The reader of the output has gone (`newsgraph jsonld big.json | head`): nothing is left to say.
    if ((error as NodeJS.ErrnoException).code === "EPIPE") return EXIT_OK;
    if (error instanceof UsageError) {
      io.err(`${printable(`newsgraph: ${error.message}`)}\nRun "newsgraph --help" for usage.`);
      return EXIT_USAGE;
    }
    io.err(printable(`newsgraph: unexpected failure: ${reasonOf(error)}`));
    return EXIT_USAGE;
  }
}
