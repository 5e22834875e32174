// Checks the shell commands shown in the docs against the project: npm scripts that exist, packages
// that are dependencies, CLI commands and flags that the `newsgraph` tool knows, files that exist.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { root } from "./markdown";

interface PackageJson {
  name: string;
  version: string;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageJson;

/** The `newsgraph --help` text. */
export function cliHelp(): string {
  const out: string[] = [];
  main(["--help"], { out: (text) => out.push(text), err: () => {}, readStdin: () => new Uint8Array() });
  return out.join("\n");
}

/** The commands the CLI's help lists: `validate`, `jsonld`, `schema`, … */
export function cliCommands(): Set<string> {
  return new Set([...cliHelp().matchAll(/^\s+newsgraph ([a-z][a-z-]*)\b/gm)].map((match) => match[1] ?? ""));
}

/** Splits one command line into words, honouring single and double quotes. */
export function words(command: string): string[] {
  const found: string[] = [];
  for (const match of command.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
    found.push(match[1] ?? match[2] ?? match[3] ?? "");
  }
  return found;
}

/** The commands of a shell block: prompts and comments removed, `&&`, `||`, `;` and `|` split apart. */
export function commands(code: string): string[] {
  return code
    .split("\n")
    .map((line) => line.replace(/^\$\s+/, "").replace(/\s+#.*$/, ""))
    .filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"))
    .flatMap((line) => line.split(/\s*(?:&&|\|\||;|\|)\s*/))
    .filter((command) => command.trim() !== "");
}

// Paths inside the repository that a command names; other paths (the reader's own files) are examples.
const REPO_PATH = /^(?:\.\/)?(?:examples|src|tests|docs|scripts|bench)\//;

// The package's own files, as an installed copy sees them.
const INSTALLED = /^(?:\.\/)?node_modules\/newsgraph\//;

function checkRepoPaths(args: readonly string[], problems: string[]): void {
  for (const arg of args) {
    const path = arg.replace(INSTALLED, "");
    if ((REPO_PATH.test(path) || INSTALLED.test(arg)) && !existsSync(join(root, path))) {
      problems.push(`${arg} does not exist in the repository`);
    }
  }
}

function checkCli(args: readonly string[], problems: string[]): void {
  const [command, ...rest] = args;
  const help = cliHelp();
  if (command === undefined) {
    problems.push("newsgraph without a command");
  } else if (command.startsWith("-")) {
    if (!help.includes(command)) problems.push(`newsgraph has no option ${command}`);
  } else if (!cliCommands().has(command)) {
    problems.push(`newsgraph has no command "${command}" (it has ${[...cliCommands()].join(", ")})`);
  }
  for (const arg of rest) {
    const flag = arg.split("=")[0] ?? arg;
    if (flag.startsWith("--") && !help.includes(flag)) problems.push(`newsgraph has no option ${flag}`);
  }
  checkRepoPaths(rest, problems);
}

const KNOWN_PACKAGES = (): Set<string> =>
  new Set([
    packageJson.name,
    ...Object.keys(packageJson.dependencies ?? {}),
    ...Object.keys(packageJson.peerDependencies ?? {}),
    ...Object.keys(packageJson.devDependencies ?? {}),
  ]);

function checkNpm(args: readonly string[], problems: string[]): void {
  const [sub, ...rest] = args;
  switch (sub) {
    case "ci":
    case "pack":
      return;
    case "test":
      if (packageJson.scripts.test === undefined) problems.push("package.json has no test script");
      return;
    case "run": {
      const script = rest[0];
      if (script === undefined || packageJson.scripts[script] === undefined) {
        problems.push(`package.json has no script "${script ?? ""}"`);
      }
      const separator = rest.indexOf("--");
      const passed = separator === -1 ? [] : rest.slice(separator + 1);
      // `npm run newsgraph -- …` is the command line itself, run from the sources.
      if (script === "newsgraph") checkCli(passed, problems);
      else checkRepoPaths(passed, problems);
      return;
    }
    case "install":
    case "i": {
      const known = KNOWN_PACKAGES();
      for (const name of rest.filter((arg) => !arg.startsWith("-"))) {
        const bare = name.replace(/(?<=.)@.*$/, "");
        if (!known.has(bare))
          problems.push(`npm install names "${bare}", which is not newsgraph or a dependency`);
      }
      return;
    }
    default:
      problems.push(`npm ${sub ?? ""} is not a command these docs check`);
  }
}

function checkNpx(args: readonly string[], problems: string[]): void {
  const [bin, ...rest] = args;
  if (bin === "newsgraph") {
    checkCli(rest, problems);
    return;
  }
  if (bin === undefined || !existsSync(join(root, "node_modules/.bin", bin))) {
    problems.push(`npx ${bin ?? ""}: no such binary among the dev dependencies`);
    return;
  }
  if (bin === "tsx") {
    const file = rest[0];
    if (file === undefined || !existsSync(join(root, file)))
      problems.push(`tsx runs ${file}, which does not exist`);
    checkRepoPaths(rest.slice(1), problems);
    return;
  }
  checkRepoPaths(rest, problems);
}

// Commands that say nothing about the project and need no check beyond being spelled right.
const PLAIN = new Set(["cd", "git", "curl", "cat", "ls", "mkdir", "echo", "apt-get", "open", "xdg-open"]);

/** What is wrong with one command of a shell block; nothing when it is right. */
export function checkCommand(command: string): string[] {
  const problems: string[] = [];
  const [program, ...args] = words(command).filter((word) => !/^[<>]/.test(word));
  if (program === "npm") checkNpm(args, problems);
  else if (program === "npx") checkNpx(args, problems);
  else if (program === "newsgraph") checkCli(args, problems);
  else if (program === "node") checkRepoPaths(args, problems);
  else if (program === undefined || !PLAIN.has(program)) problems.push(`unknown command "${program ?? ""}"`);
  return problems;
}

/**
 * How a `sh run` line is run by the test: a program and its arguments, run from the repository root.
 * `node_modules/newsgraph/…` (the package as a user's project installs it) is read from the repository
 * itself; `renamed` maps each such path back, for the output.
 */
export function runnable(command: string): { argv: string[]; renamed: Map<string, string> } | undefined {
  const [program, ...args] = words(command);
  const renamed = new Map<string, string>();
  const local = args.map((arg) => {
    const path = arg.replace(INSTALLED, "");
    if (path !== arg) renamed.set(path, arg);
    return path;
  });
  const tsx = join(root, "node_modules/.bin/tsx");
  if (program === "newsgraph") return { argv: [tsx, "src/cli.ts", ...local], renamed };
  if (program === "npx" && local[0] === "newsgraph") {
    return { argv: [tsx, "src/cli.ts", ...local.slice(1)], renamed };
  }
  if (program === "npx" && local[0] === "tsx") return { argv: [tsx, ...local.slice(1)], renamed };
  return undefined;
}
