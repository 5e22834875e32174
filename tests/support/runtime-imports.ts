// The modules an entry point loads at run time: every import and re-export that is not type-only, followed
// from file to file. The entry points that must not load zod are held to it with these.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ts from "typescript";

/** The specifiers a module imports or re-exports at run time. */
export function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const named = statement.exportClause;
      const typeOnly =
        named !== undefined &&
        ts.isNamedExports(named) &&
        named.elements.every((element) => element.isTypeOnly);
      if (!typeOnly) specifier = statement.moduleSpecifier;
    }
    if (specifier !== undefined && ts.isStringLiteral(specifier)) found.push(specifier.text);
  }
  return found;
}

/** Every source file an entry loads at run time, and the packages they import. */
export function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const target = [`${base}.ts`, `${base}/index.ts`].find((candidate) => existsSync(candidate));
      if (target === undefined) throw new Error(`cannot resolve ${specifier} from ${file}`);
      pending.push(target);
    }
  }
  return { files, packages };
}
