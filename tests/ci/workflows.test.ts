// The GitHub workflows run what .ci/run runs (npm ci, Debian's Chromium, npm test), on the Node.js versions
// the package supports, and the release workflow tests before it publishes, with the permissions trusted
// publishing and provenance need. Read as GitHub reads them: YAML, parsed.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = resolve(import.meta.dirname, "../..");
const read = (path: string): string => readFileSync(join(root, path), "utf8");

interface Step {
  id?: string;
  if?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  container?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; "cancel-in-progress"?: unknown };
  jobs: Record<string, Job>;
}

/** A GitHub Actions expression as a workflow writes it: `${{ … }}`. */
const expression = (inner: string): string => `\${{ ${inner} }}`;
const workflow = (name: string): Workflow => parse(read(`.github/workflows/${name}`)) as Workflow;
const onlyJob = (file: Workflow): Job => {
  const jobs = Object.values(file.jobs);
  expect(jobs).toHaveLength(1);
  return jobs[0] as Job;
};
/** The shell commands of a script or of `run` steps, one per line, without comments and line breaks. */
const commandsOf = (script: string): string[] =>
  script
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
const runs = (job: Job): string[] =>
  job.steps.flatMap((step) => (step.run === undefined ? [] : commandsOf(step.run)));

// What .ci/run does, read from it: install what the lock file pins, install Chromium, test.
const ciRun = commandsOf(read(".ci/run"));
const npmCi = ciRun.find((command) => command.startsWith("npm ci"));
const chromium = ciRun.filter((command) => command.startsWith("apt-get"));
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
const engines = (JSON.parse(read("package.json")) as { engines: { node: string } }).engines;

describe(".ci/run", () => {
  it("installs with npm ci, installs Debian's chromium and runs npm test, in that order", () => {
    expect(npmCi).toBeDefined();
    expect(chromium).toContain("apt-get install -y -q chromium");
    const order = [npmCi, chromium.at(-1), "npm test"].map((command) => ciRun.indexOf(command ?? ""));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe("every workflow", () => {
  it.each(["ci.yml", "release.yml"])("%s pins each action to a full commit", (name) => {
    const steps = Object.values(workflow(name).jobs).flatMap((job) => job.steps);
    const actions = steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((uses) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(uses))).toEqual([]);
  });
});

describe(".github/workflows/ci.yml", () => {
  const ci = workflow("ci.yml");
  const job = onlyJob(ci);

  it("runs on every push to main and every pull request, reading the repository only", () => {
    expect(ci.on.push?.branches).toEqual(["main"]);
    expect(Object.keys(ci.on)).toContain("pull_request");
    expect(ci.permissions).toEqual({ contents: "read" });
  });

  it("tests on Node.js 20, 22 and 24, the oldest being the one package.json's engines names", () => {
    expect(job.strategy?.matrix?.node).toEqual([20, 22, 24]);
    expect(engines.node).toMatch(/^>=20\./);
  });

  it("runs .ci/run itself, in Debian, where its chromium package is", () => {
    expect(job.container).toBe(`node:${expression("matrix.node")}-bookworm`);
    expect(job.steps.at(0)?.uses).toMatch(/^actions\/checkout@/);
    expect(runs(job)).toEqual([".ci/run"]);
  });
});

describe(".github/workflows/release.yml", () => {
  const release = workflow("release.yml");
  const job = onlyJob(release);
  const changesets = job.steps.findIndex((step) => step.uses?.startsWith("changesets/action@"));
  const action = job.steps[changesets];

  it("runs on every push to main, one run at a time, never cancelled half-way", () => {
    expect(release.on).toEqual({ push: { branches: ["main"] } });
    expect(release.concurrency?.group).toContain(expression("github.ref"));
    expect(release.concurrency?.["cancel-in-progress"]).toBe(false);
  });

  it("has only the permissions it needs: none by default, and for the job the version pull request, tags and OIDC", () => {
    expect(release.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write", "id-token": "write" });
    expect(job.if).toBe("github.repository == 'newsgraph/newsgraph'");
  });

  it("installs as .ci/run does, in Debian, before the changesets action", () => {
    expect(job.container).toMatch(/^node:\d+-bookworm$/);
    const before = job.steps
      .slice(0, changesets)
      .flatMap((step) => (step.run === undefined ? [] : commandsOf(step.run)));
    expect(before).toContain(npmCi);
    for (const command of chromium) expect(before).toContain(command);
  });

  it("versions with version-packages, which brings package-lock.json along", () => {
    expect(action?.with?.version).toBe("npm run version-packages");
    const steps = scripts["version-packages"]?.split(" && ");
    expect(steps?.[0]).toBe("changeset version");
    expect(steps?.[1]).toMatch(/^npm install --package-lock-only\b/);
  });

  it("publishes with the release script, which runs npm test before changeset publish", () => {
    expect(scripts.release?.split(" && ")).toEqual(["npm test", "changeset publish"]);
  });

  it("publishes, and installs Chromium for the tests, only while npm lacks package.json's version", () => {
    const gate = "steps.npm.outputs.unpublished == 'true'";
    const check = job.steps.find((step) => step.id === "npm");
    expect(check?.run).toContain('npm view "$package" version');
    expect(check?.run).toContain('require("./package.json")');
    expect(action?.with?.publish).toBe(expression(`${gate} && 'npm run release' || ''`));
    const installs = job.steps.filter(
      (step) => step.run !== undefined && commandsOf(step.run).some((c) => chromium.includes(c)),
    );
    expect(installs.map((step) => step.if)).toEqual([gate]);
    expect(job.steps.indexOf(check as Step)).toBeLessThan(changesets);
  });

  it("publishes with provenance, by trusted publishing or, until that is set up, the NPM_TOKEN secret", () => {
    expect(action?.env?.NPM_CONFIG_PROVENANCE).toBe("true");
    expect(action?.env?.NPM_TOKEN).toBe(expression("secrets.NPM_TOKEN"));
    expect(job.container).toBe("node:24-bookworm");
  });
});
