// docs/model.md names every value of the model's enumerations, so a new actor kind or claim act
// cannot ship undocumented.
import { describe, expect, it } from "vitest";
import {
  actorKinds,
  articleForms,
  articleGenres,
  claimActs,
  claimRelations,
  contributorRoles,
  eventKinds,
  eventStatuses,
  participantRoles,
  placeKinds,
  provenanceBases,
  publishingPolicies,
  quoteTypes,
} from "../../src/index";
import { readRepoFile } from "./markdown";

const enumerations: Record<string, readonly string[]> = {
  actorKinds,
  articleForms,
  articleGenres,
  claimActs,
  claimRelations,
  contributorRoles,
  eventKinds,
  eventStatuses,
  participantRoles,
  placeKinds,
  provenanceBases,
  publishingPolicies,
  quoteTypes,
};

describe("docs/model.md", () => {
  const guide = readRepoFile("docs/model.md");

  it.each(Object.keys(enumerations))("names every value of %s in code style", (name) => {
    const missing = (enumerations[name] ?? []).filter((value) => !guide.includes(`\`${value}\``));
    expect(missing).toEqual([]);
  });
});
