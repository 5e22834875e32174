import { describe, expectTypeOf, it } from "vitest";
import {
  type Actor,
  type ActorKind,
  type ArticleGenre,
  type ArticleInput,
  type actorKinds,
  type articleGenres,
  type Claim,
  type ClaimAct,
  type ClaimInput,
  type ClaimRelation,
  type claimActs,
  type claimRelations,
  type EventKind,
  type EventStatus,
  type eventKinds,
  type eventStatuses,
  type NewsGraph,
  NewsGraphError,
  type NewsGraphInput,
  type NewsGraphIssue,
  type OrganizationActor,
  type ParticipantRole,
  type PersonActor,
  type PlaceKind,
  parseNewsGraph,
  type participantRoles,
  type placeKinds,
  type QuoteType,
  type quoteTypes,
  type SafeParseNewsGraphResult,
  type StateActor,
  safeParseNewsGraph,
} from "../../src/index";

describe("NewsGraph and NewsGraphInput", () => {
  it("has every collection required in the output and optional in the input", () => {
    expectTypeOf<NewsGraph["claims"]>().toEqualTypeOf<Claim[]>();
    expectTypeOf<NewsGraph>().toHaveProperty("actors").toEqualTypeOf<Actor[]>();
    expectTypeOf<NewsGraphInput>().toHaveProperty("claims");
    expectTypeOf<{ format: 1 }>().toExtend<Pick<NewsGraphInput, "format" | "claims">>();
    expectTypeOf<{ format: 1 }>().not.toExtend<Pick<NewsGraph, "format" | "claims">>();
    expectTypeOf<NonNullable<NewsGraphInput["claims"]>>().toEqualTypeOf<ClaimInput[]>();
    expectTypeOf<{ format: 1 }>().toExtend<NewsGraphInput>();
    expectTypeOf<{ format: 1 }>().not.toExtend<NewsGraph>();
    expectTypeOf<NewsGraph["format"]>().toEqualTypeOf<1>();
  });

  it("refuses a wrong field and a wrong format", () => {
    // @ts-expect-error: `people` is not a field of a document
    const wrongField: NewsGraphInput = { format: 1, people: [] };
    // @ts-expect-error: the format is 1
    const wrongFormat: NewsGraphInput = { format: 2 };
    // @ts-expect-error: an article needs a headline
    const missing: ArticleInput = {
      id: "a",
      url: "https://e.org",
      genre: "news",
      language: "en",
      datePublished: "2024",
    };
    expectTypeOf([wrongField, wrongFormat, missing]).toBeArray();
  });
});

describe("Actor", () => {
  it("narrows on kind", () => {
    const narrow = (actor: Actor) => {
      if (actor.kind === "person") {
        expectTypeOf(actor).toEqualTypeOf<PersonActor>();
        expectTypeOf(actor.roles).toBeArray();
        expectTypeOf(actor.nationality).toEqualTypeOf<string | undefined>();
      } else if (actor.kind === "state") {
        expectTypeOf(actor).toEqualTypeOf<StateActor>();
        expectTypeOf(actor.territory).toEqualTypeOf<string | undefined>();
      } else {
        expectTypeOf(actor).toEqualTypeOf<OrganizationActor>();
        expectTypeOf(actor.country).toEqualTypeOf<string | undefined>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("gives person-only fields to people and state-only fields to states", () => {
    expectTypeOf<PersonActor>().toHaveProperty("nationality");
    expectTypeOf<PersonActor>().toHaveProperty("roles");
    expectTypeOf<PersonActor>().not.toHaveProperty("territory");
    expectTypeOf<StateActor>().toHaveProperty("territory");
    expectTypeOf<StateActor>().not.toHaveProperty("nationality");
    expectTypeOf<StateActor>().not.toHaveProperty("roles");
    expectTypeOf<Actor["kind"]>().toEqualTypeOf<ActorKind>();
  });

  it("refuses a state with a nationality", () => {
    const state: StateActor = {
      id: "russia",
      kind: "state",
      name: "Russia",
      alternateNames: [],
      sameAs: [],
      memberOf: [],
      // @ts-expect-error: a state has no nationality
      nationality: "x",
    };
    expectTypeOf(state).toEqualTypeOf<StateActor>();
  });
});

describe("validators", () => {
  it("parseNewsGraph returns a NewsGraph from anything", () => {
    expectTypeOf(parseNewsGraph).parameter(0).toBeUnknown();
    expectTypeOf(parseNewsGraph).returns.toEqualTypeOf<NewsGraph>();
  });

  it("safeParseNewsGraph's result narrows on success", () => {
    const result = safeParseNewsGraph({ format: 1 });
    expectTypeOf(result).toEqualTypeOf<SafeParseNewsGraphResult>();
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<NewsGraph>();
      // @ts-expect-error: a success has no error
      expectTypeOf(result.error).toBeNever();
    } else {
      expectTypeOf(result.error).toEqualTypeOf<NewsGraphError>();
      // @ts-expect-error: a failure has no data
      expectTypeOf(result.data).toBeNever();
    }
  });

  it("NewsGraphError carries read-only issues with paths of strings and numbers", () => {
    expectTypeOf<NewsGraphError["issues"][number]>().toEqualTypeOf<NewsGraphIssue>();
    expectTypeOf<NewsGraphError["issues"][number]["path"]>().toEqualTypeOf<(string | number)[]>();
    expectTypeOf<NewsGraphError["issues"][number]["code"]>().toEqualTypeOf<string>();
    expectTypeOf<NewsGraphError>().toExtend<Error>();
    expectTypeOf(NewsGraphError).constructorParameters.toEqualTypeOf<[readonly NewsGraphIssue[]]>();
  });
});

describe("enum lists", () => {
  it("have elements of exactly their enum's type", () => {
    expectTypeOf<(typeof claimActs)[number]>().toEqualTypeOf<ClaimAct>();
    expectTypeOf<(typeof claimRelations)[number]>().toEqualTypeOf<ClaimRelation>();
    expectTypeOf<(typeof quoteTypes)[number]>().toEqualTypeOf<QuoteType>();
    expectTypeOf<(typeof actorKinds)[number]>().toEqualTypeOf<ActorKind>();
    expectTypeOf<(typeof articleGenres)[number]>().toEqualTypeOf<ArticleGenre>();
    expectTypeOf<(typeof eventKinds)[number]>().toEqualTypeOf<EventKind>();
    expectTypeOf<(typeof eventStatuses)[number]>().toEqualTypeOf<EventStatus>();
    expectTypeOf<(typeof participantRoles)[number]>().toEqualTypeOf<ParticipantRole>();
    expectTypeOf<(typeof placeKinds)[number]>().toEqualTypeOf<PlaceKind>();
  });

  it("refuse a value outside the list", () => {
    // @ts-expect-error: "says" is not a claim act
    const act: ClaimAct = "says";
    expectTypeOf(act).toEqualTypeOf<ClaimAct>();
  });
});
