import fc from "fast-check";
import type { Actor, PublishingPolicies, Role } from "../model/actor";
import type {
  Article,
  ArticleImage,
  BreadcrumbItem,
  Citation,
  Contributor,
  Correction,
  RelatedLink,
} from "../model/article";
import type { Claim, ClaimAppearance, ClaimResponse, ClaimReview, Rating } from "../model/claim";
import type { Event, Participant } from "../model/event";
import type { ImageFile } from "../model/image-file";
import type { Place } from "../model/place";
import type { Provenance } from "../model/provenance";
import type { TextSpan } from "../model/text-span";
import {
  articleForms,
  articleGenres,
  claimActs,
  claimRelations,
  contributorRoles,
  eventKinds,
  eventStatuses,
  newsMediaPolicies,
  organizationKinds,
  participantRoles,
  placeKinds,
  publishingPolicies,
  quoteTypes,
  workTypes,
} from "../model/vocabulary";
import { defined } from "./defined";
import { arbitraryDateRange, arbitraryFuzzyDate } from "./fuzzy-date";
import {
  arbitraryCountryCode,
  arbitraryFiniteNumber,
  arbitraryGeoPoint,
  arbitraryHttpUrl,
  arbitraryLanguageTag,
  arbitraryNodeId,
  arbitraryProvenance,
  arbitraryQuantity,
  arbitrarySubdivisionCode,
  arbitraryText,
} from "./values";
import { PROVENANCE_FIELDS } from "./vocabulary";

/**
 * The ids a generated node may refer to, by kind, and the texts of the articles that have one. Every
 * reference a node arbitrary writes is drawn from these lists, so that it resolves. For `partOf`,
 * `containedIn` and `roles[].of` to stay free of cycles in a graph, list only the nodes of the same
 * kind that come earlier.
 *
 * @example
 * ```ts
 * import type { ReferenceTargets } from "newsgraph/testing";
 *
 * const targets: ReferenceTargets = { actors: ["nato"], places: ["kursk-oblast"] };
 * ```
 */
export interface ReferenceTargets {
  /** Article ids, for evidence. */
  articles?: readonly string[];
  /** Actor ids, for claimants, authors, contributors, image creators, participants, roles and memberships. */
  actors?: readonly string[];
  /** The ids of `actors` that are organisations (of any kind but person), for a person's `worksFor`. */
  organizations?: readonly string[];
  /** Claim ids, for responses. */
  claims?: readonly string[];
  /** Event ids, for subjects and `partOf`. */
  events?: readonly string[];
  /** Place ids, for locations, datelines, territories and `containedIn`. */
  places?: readonly string[];
  /** Article texts by article id: evidence into these articles is anchored in their text. */
  texts?: ReadonlyMap<string, string>;
}

/**
 * Options of the node arbitraries.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import type { NodeOptions } from "newsgraph/testing";
 *
 * const options: NodeOptions = { id: fc.constant("nato"), targets: { places: ["brussels"] } };
 * ```
 */
export interface NodeOptions {
  /** The node's id; by default any {@link arbitraryNodeId}. */
  id?: fc.Arbitrary<string>;
  /** The ids it may refer to; by default none, so the node refers to nothing. */
  targets?: ReferenceTargets;
}

const plain = { noNullPrototype: true } as const;
const NODE_EXTRAS = ["provenance", "fieldProvenance"];
/** The order parseNewsGraph writes each kind of node's keys in. @internal */
export const KEY_ORDER = {
  article: [...PROVENANCE_FIELDS.article, ...NODE_EXTRAS],
  person: [...PROVENANCE_FIELDS.person, ...NODE_EXTRAS],
  state: [...PROVENANCE_FIELDS.state, ...NODE_EXTRAS],
  organization: [...PROVENANCE_FIELDS.organization, ...NODE_EXTRAS],
  event: [...PROVENANCE_FIELDS.event, ...NODE_EXTRAS],
};
const name = arbitraryText({ minLength: 1, maxPieces: 3 });
const sentence = arbitraryText({ minLength: 1, maxPieces: 6 });
const words = fc.array(name, { maxLength: 3 });

/** A fresh empty array each time (a shared one could be changed through any node that holds it). */
const empty = <T>(): fc.Arbitrary<T[]> => fc.constant(null).map((): T[] => []);

/** One of `ids`, or nothing when there is none. */
const oneOf = (ids: readonly string[] | undefined): fc.Arbitrary<string | undefined> =>
  ids === undefined || ids.length === 0
    ? fc.constant(undefined)
    : fc.option(fc.constantFrom(...ids), { nil: undefined });

/** Some of `ids`, in any order, each at most once. */
const someOf = (ids: readonly string[] | undefined, max = 4): fc.Arbitrary<string[]> =>
  ids === undefined || ids.length === 0
    ? empty()
    : fc.shuffledSubarray([...ids], { maxLength: Math.min(max, ids.length) });

const subjects = (targets: ReferenceTargets): string[] => [
  ...(targets.actors ?? []),
  ...(targets.events ?? []),
  ...(targets.places ?? []),
];

const sometimes = <T>(arbitrary: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined, freq });

function fieldProvenance(fields: readonly string[]): fc.Arbitrary<Record<string, Provenance> | undefined> {
  const entries = fc.uniqueArray(fc.tuple(fc.constantFrom(...fields), arbitraryProvenance()), {
    selector: ([field]) => field,
    maxLength: 2,
  });
  const inOrder = (list: [string, Provenance][]) =>
    Object.fromEntries([...list].sort(([a], [b]) => fields.indexOf(a) - fields.indexOf(b)));
  return sometimes(entries.map(inOrder), 4);
}

const dates = fc.oneof(
  arbitraryDateRange().map(([start, end]): [string | undefined, string | undefined] => [start, end]),
  arbitraryFuzzyDate().map((start): [string | undefined, string | undefined] => [start, undefined]),
  arbitraryFuzzyDate().map((end): [string | undefined, string | undefined] => [undefined, end]),
  fc.constant<[string | undefined, string | undefined]>([undefined, undefined]),
);

/**
 * Places: a kind, a name, ISO codes, a point and `containedIn` drawn from `targets.places`.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryPlace } from "newsgraph/testing";
 *
 * fc.sample(arbitraryPlace({ targets: { places: ["russia"] } }), 1);
 * // e.g. [{ id: "kursk", kind: "region", name: "Kursk", alternateNames: [], sameAs: [], containedIn: "russia" }]
 * ```
 */
export function arbitraryPlace(options: NodeOptions = {}): fc.Arbitrary<Place> {
  const { id = arbitraryNodeId(), targets = {} } = options;
  return fc
    .record(
      {
        id,
        kind: fc.constantFrom(...placeKinds),
        name,
        alternateNames: words,
        containedIn: oneOf(targets.places),
        countryCode: sometimes(arbitraryCountryCode()),
        subdivisionCode: sometimes(arbitrarySubdivisionCode()),
        geo: sometimes(arbitraryGeoPoint()),
        sameAs: fc.array(arbitraryHttpUrl(), { maxLength: 2 }),
        provenance: sometimes(arbitraryProvenance(), 4),
        fieldProvenance: fieldProvenance(PROVENANCE_FIELDS.place),
      },
      plain,
    )
    .map((fields) => defined<Place>(fields));
}

// `.int()`'s bound: widths may be as large as the model allows, heights stay plausible.
const imageFileFields = {
  url: arbitraryHttpUrl(),
  width: sometimes(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
  height: sometimes(fc.integer({ min: 1, max: 10_000 })),
};

/** An image file: a logo, a portrait. */
const imageFile = fc.record(imageFileFields, plain).map((fields) => defined<ImageFile>(fields));

const languages = fc.array(arbitraryLanguageTag(), { maxLength: 2 });

/** Policy pages: any of the twelve for a news organisation, none of the four it alone has for another kind. */
function arbitraryPolicies(media: boolean): fc.Arbitrary<PublishingPolicies | undefined> {
  const names = media
    ? publishingPolicies
    : publishingPolicies.filter((name) => !(newsMediaPolicies as readonly string[]).includes(name));
  const urls = Object.fromEntries(names.map((name) => [name, arbitraryHttpUrl()]));
  return sometimes(fc.record(urls, { requiredKeys: [], noNullPrototype: true }), 2);
}

function arbitraryRoles(targets: ReferenceTargets): fc.Arbitrary<Role[]> {
  const actors = targets.actors ?? [];
  if (actors.length === 0) return empty();
  const role = fc
    .record({ title: name, of: fc.constantFrom(...actors), dates }, plain)
    .map(({ title, of, dates: [start, end] }) => defined<Role>({ title, of, start, end }));
  return fc.array(role, { maxLength: 2 });
}

/**
 * Options of {@link arbitraryActor}.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import type { ActorOptions } from "newsgraph/testing";
 *
 * const options: ActorOptions = { person: true, url: fc.constant("https://example.org/staff/ana-ruiz") };
 * ```
 */
export interface ActorOptions extends NodeOptions {
  /** `true`: a person; `false`: a state or an organisation; by default any of the three. */
  person?: boolean;
  /** Its `url` (people and organisations only), or `undefined` for none; by default now and then one. */
  url?: fc.Arbitrary<string | undefined>;
}

/**
 * Actors of every kind: people (with nationality, roles, profile page, portrait, job, employers, expertise
 * and languages), states (with territory) and organisations (with country, roles, home page, logo,
 * founding date, languages and policy pages), referring only to `targets`.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryActor } from "newsgraph/testing";
 *
 * fc.sample(arbitraryActor({ targets: { actors: ["nato"] } }), 1);
 * // e.g. [{ id: "mark-rutte", kind: "person", name: "Mark Rutte", roles: [{ title: "Secretary General", of: "nato" }], … }]
 * ```
 */
export function arbitraryActor(options: ActorOptions = {}): fc.Arbitrary<Actor> {
  const { id = arbitraryNodeId(), targets = {}, person: only, url = sometimes(arbitraryHttpUrl()) } = options;
  const common = {
    id,
    name,
    alternateNames: words,
    description: sometimes(sentence),
    sameAs: fc.array(arbitraryHttpUrl(), { maxLength: 2 }),
    memberOf: someOf(targets.actors, 2),
    provenance: sometimes(arbitraryProvenance(), 4),
  };
  const actorOrPlace = oneOf([...(targets.actors ?? []), ...(targets.places ?? [])]);
  const person = fc
    .record(
      {
        ...common,
        kind: fc.constant("person" as const),
        nationality: actorOrPlace,
        roles: arbitraryRoles(targets),
        url,
        image: sometimes(imageFile),
        jobTitle: sometimes(name),
        worksFor: someOf(targets.organizations, 2),
        knowsAbout: words,
        knowsLanguage: languages,
        fieldProvenance: fieldProvenance(PROVENANCE_FIELDS.person),
      },
      plain,
    )
    .map((fields) => defined<Actor>(fields, KEY_ORDER.person));
  const state = fc
    .record(
      {
        ...common,
        kind: fc.constant("state" as const),
        territory: oneOf(targets.places),
        fieldProvenance: fieldProvenance(PROVENANCE_FIELDS.state),
      },
      plain,
    )
    .map((fields) => defined<Actor>(fields, KEY_ORDER.state));
  const organization = fc.constantFrom(...organizationKinds).chain((kind) =>
    fc
      .record(
        {
          ...common,
          kind: fc.constant(kind),
          country: actorOrPlace,
          roles: arbitraryRoles(targets),
          url,
          logo: sometimes(imageFile),
          foundingDate: sometimes(arbitraryFuzzyDate()),
          languages,
          policies: arbitraryPolicies(kind === "media"),
          fieldProvenance: fieldProvenance(PROVENANCE_FIELDS.organization),
        },
        plain,
      )
      .map((fields) => defined<Actor>(fields, KEY_ORDER.organization)),
  );
  if (only === true) return person;
  if (only === false) return fc.oneof(state, organization);
  return fc.oneof(person, state, organization);
}

/**
 * Events: a kind, dates whose end is not before their start, a location, participants and `partOf`
 * drawn from `targets`, and the figures that describe them.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryEvent } from "newsgraph/testing";
 *
 * fc.sample(arbitraryEvent({ targets: { actors: ["north-korea"], places: ["kursk"] } }), 1);
 * ```
 */
export function arbitraryEvent(options: NodeOptions = {}): fc.Arbitrary<Event> {
  const { id = arbitraryNodeId(), targets = {} } = options;
  const actors = targets.actors ?? [];
  const participant: fc.Arbitrary<Participant[]> =
    actors.length === 0
      ? empty()
      : fc.array(
          fc.record({ actor: fc.constantFrom(...actors), role: fc.constantFrom(...participantRoles) }, plain),
          {
            maxLength: 3,
          },
        );
  return fc
    .record(
      {
        id,
        name,
        kind: fc.constantFrom(...eventKinds),
        description: sometimes(sentence),
        dates,
        location: oneOf(targets.places),
        participants: participant,
        partOf: oneOf(targets.events),
        quantities: fc.array(arbitraryQuantity(), { maxLength: 2 }),
        status: sometimes(fc.constantFrom(...eventStatuses)),
        provenance: sometimes(arbitraryProvenance(), 4),
        fieldProvenance: fieldProvenance(PROVENANCE_FIELDS.event),
      },
      plain,
    )
    .map(({ dates: [start, end], ...fields }) => defined<Event>({ ...fields, start, end }, KEY_ORDER.event));
}

/**
 * Options of {@link arbitraryArticle}.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryArticle } from "newsgraph/testing";
 *
 * const articles = arbitraryArticle({ withText: true, url: fc.constant("https://example.org/a") });
 * ```
 */
export interface ArticleOptions extends NodeOptions {
  /** `true`: the article has a non-empty `text`; `false`: it has none; by default either. */
  withText?: boolean;
  /** Its `url`; by default any from {@link arbitraryHttpUrl}. */
  url?: fc.Arbitrary<string>;
}

/**
 * Articles: every field, with images (their rights and creator), contributors, breadcrumbs, citations,
 * "read also" links, corrections, paywalled parts (only when not free) and — per `withText` — a body of
 * paragraphs of Unicode and hostile text. Authors, contributors, image creators, publisher, dateline and
 * subjects come from `targets`; `dateModified` is never before `datePublished`.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryArticle } from "newsgraph/testing";
 *
 * const [article] = fc.sample(arbitraryArticle({ withText: true }), 1);
 * article?.text; // e.g. "NATO confirmed</script>…\n\nRutte said…"
 * ```
 */
export function arbitraryArticle(options: ArticleOptions = {}): fc.Arbitrary<Article> {
  const { id = arbitraryNodeId(), url = arbitraryHttpUrl(), targets = {}, withText } = options;
  const paragraph = arbitraryText({ minLength: 1, maxPieces: 10 });
  const body = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((list) => list.join("\n\n"));
  const text =
    withText === true
      ? body
      : withText === false
        ? fc.constant(undefined)
        : sometimes(fc.oneof(body, fc.constant("")), 1);
  const image = fc
    .record(
      {
        ...imageFileFields,
        caption: sometimes(sentence),
        credit: sometimes(name),
        creator: oneOf(targets.actors),
        copyrightNotice: sometimes(name),
        license: sometimes(arbitraryHttpUrl()),
        acquireLicensePage: sometimes(arbitraryHttpUrl()),
      },
      plain,
    )
    .map((fields) => defined<ArticleImage>(fields));
  const actors = targets.actors ?? [];
  const contributor =
    actors.length === 0
      ? empty<Contributor>()
      : fc.array(
          fc
            .record(
              { actor: fc.constantFrom(...actors), role: sometimes(fc.constantFrom(...contributorRoles), 4) },
              plain,
            )
            .map((fields) => defined<Contributor>(fields)),
          { maxLength: 3 },
        );
  const crumb = fc.record({ name, url: arbitraryHttpUrl() }, plain).map((fields): BreadcrumbItem => fields);
  const citation = fc
    .oneof(
      fc.record({ title: name, url: sometimes(arbitraryHttpUrl()) }, plain),
      fc.record({ url: arbitraryHttpUrl() }, plain),
    )
    .map((fields) => defined<Citation>(fields));
  // Closed parts only on an article that is not free, as the model demands.
  const access = fc.oneof(
    fc.record({ isAccessibleForFree: sometimes(fc.constant(true)), paywalledParts: empty<string>() }, plain),
    fc.record(
      { isAccessibleForFree: fc.constant(false), paywalledParts: fc.array(name, { maxLength: 2 }) },
      plain,
    ),
  );
  const related = fc
    .record(
      { title: sentence, url: sometimes(arbitraryHttpUrl()), datePublished: sometimes(arbitraryFuzzyDate()) },
      plain,
    )
    .map((fields) => defined<RelatedLink>(fields));
  const correction = fc
    .record({ date: sometimes(arbitraryFuzzyDate(), 4), text: sentence }, plain)
    .map((fields) => defined<Correction>(fields));
  type Dates = [string | undefined, string | undefined];
  const published = fc.oneof(
    {
      weight: 4,
      arbitrary: arbitraryDateRange().map(([start, end]): Dates => [start, end]),
    },
    {
      weight: 2,
      arbitrary: arbitraryFuzzyDate().map((start): Dates => [start, undefined]),
    },
    // A source that does not say when it was published.
    { weight: 1, arbitrary: sometimes(arbitraryFuzzyDate()).map((modified): Dates => [undefined, modified]) },
  );
  return fc
    .record(
      {
        id,
        url,
        headline: sentence,
        alternativeHeadline: sometimes(sentence),
        description: sometimes(sentence),
        genre: fc.constantFrom(...articleGenres),
        form: sometimes(fc.constantFrom(...articleForms)),
        language: arbitraryLanguageTag(),
        published,
        authors: someOf(targets.actors, 3),
        contributors: contributor,
        publisher: oneOf(targets.actors),
        section: sometimes(name),
        breadcrumb: fc.array(crumb, { maxLength: 3 }),
        keywords: words,
        images: fc.array(image, { maxLength: 2 }),
        text,
        dateline: oneOf(targets.places),
        about: someOf(subjects(targets), 3),
        mentions: someOf(subjects(targets), 3),
        related: fc.array(related, { maxLength: 2 }),
        citations: fc.array(citation, { maxLength: 2 }),
        backstory: sometimes(sentence),
        corrections: fc.array(correction, { maxLength: 2 }),
        // A live blog's updates are chosen by arbitraryNewsGraph, which sees every article.
        updates: empty<string>(),
        access,
        provenance: sometimes(arbitraryProvenance(), 4),
        fieldProvenance: fieldProvenance(PROVENANCE_FIELDS.article),
      },
      plain,
    )
    .map(
      ({
        published: [datePublished, dateModified],
        access: { isAccessibleForFree, paywalledParts },
        ...fields
      }) =>
        defined<Article>(
          { ...fields, datePublished, dateModified, isAccessibleForFree, paywalledParts },
          KEY_ORDER.article,
        ),
    );
}

/**
 * A span of `text`: offsets (UTF-16 code units, which may split a surrogate pair), the exact text
 * between them, and now and then the text just before and after.
 * @internal
 */
export function anchoredSpan(article: string, text: string): fc.Arbitrary<TextSpan> {
  return fc
    .integer({ min: 0, max: text.length - 1 })
    .chain((start) =>
      fc.record(
        {
          start: fc.constant(start),
          end: fc.integer({ min: start + 1, max: Math.min(text.length, start + 60) }),
          before: fc.integer({ min: 0, max: 32 }),
          after: fc.integer({ min: 0, max: 32 }),
        },
        { requiredKeys: ["start", "end"], noNullPrototype: true },
      ),
    )
    .map(({ start, end, before, after }) =>
      defined<TextSpan>({
        article,
        start,
        end,
        exact: text.slice(start, end),
        prefix: before === undefined ? undefined : text.slice(Math.max(0, start - before), start),
        suffix: after === undefined ? undefined : text.slice(end, end + after),
      }),
    );
}

function arbitraryEvidence(targets: ReferenceTargets): fc.Arbitrary<TextSpan[]> {
  const articles = targets.articles ?? [];
  if (articles.length === 0) return empty();
  const span = fc.constantFrom(...articles).chain((article): fc.Arbitrary<TextSpan[]> => {
    const text = targets.texts?.get(article);
    if (text !== undefined) {
      return text.length > 0 ? anchoredSpan(article, text).map((s) => [s]) : empty<TextSpan>();
    }
    // No text to anchor in: any offsets, as for an article whose body is kept elsewhere.
    return fc
      .record(
        {
          start: fc.nat({ max: 100_000 }),
          length: fc.integer({ min: 1, max: 200 }),
          exact: arbitraryText({ minLength: 1, maxPieces: 4 }),
          prefix: sometimes(arbitraryText({ maxPieces: 2 })),
          suffix: sometimes(arbitraryText({ maxPieces: 2 })),
        },
        plain,
      )
      .map(({ start, length, ...rest }) => [
        defined<TextSpan>({ article, start, end: start + length, ...rest }),
      ]);
  });
  return fc.array(span, { maxLength: 3 }).map((lists) => lists.flat());
}

/** An appearance: an article of `targets`, or a work outside the graph with at least one field. */
function arbitraryAppearance(targets: ReferenceTargets): fc.Arbitrary<ClaimAppearance> {
  const first = sometimes(fc.boolean());
  const work = fc
    .record(
      {
        url: sometimes(arbitraryHttpUrl()),
        type: sometimes(fc.constantFrom(...workTypes)),
        name: sometimes(sentence),
        author: oneOf(targets.actors),
        datePublished: sometimes(arbitraryFuzzyDate()),
        first,
      },
      plain,
    )
    .map((fields) => defined<ClaimAppearance>(fields))
    .filter((appearance) => Object.keys(appearance).some((key) => key !== "first"));
  const articles = targets.articles ?? [];
  if (articles.length === 0) return work;
  const inGraph = fc
    .record({ article: fc.constantFrom(...articles), first }, plain)
    .map((fields) => defined<ClaimAppearance>(fields));
  return fc.oneof(inGraph, work);
}

function arbitraryReview(actors: readonly string[]): fc.Arbitrary<ClaimReview | undefined> {
  if (actors.length === 0) return fc.constant(undefined);
  const rating = fc
    .tuple(
      arbitraryFiniteNumber(),
      fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([worst, span, at]): Rating => {
      const best = worst + span > worst ? worst + span : worst + Math.abs(worst) + 1;
      const value = Math.min(best, Math.max(worst, worst + (best - worst) * at));
      return { value, best, worst };
    })
    .filter((r) => Number.isFinite(r.best) && r.worst < r.best);
  const small = fc
    .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }))
    .chain(([worst, span]) =>
      fc
        .integer({ min: worst, max: worst + span })
        .map((value): Rating => ({ value, best: worst + span, worst })),
    );
  return sometimes(
    fc
      .record(
        {
          reviewer: fc.constantFrom(...actors),
          verdict: name,
          rating: sometimes(fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: rating })),
          date: sometimes(arbitraryFuzzyDate()),
          url: arbitraryHttpUrl(),
        },
        plain,
      )
      .map((fields) => defined<ClaimReview>(fields)),
  );
}

/**
 * Claims: a claimant from `targets.actors` (any id when it lists none) and the other references from `targets`, figures, responses to other claims (never
 * to itself: leave its id out of `targets.claims`), a fact-check now and then, and evidence — anchored
 * in the text of each article that `targets.texts` holds, free offsets for the others. Where every span is
 * anchored, a quote is the exact text of one of them, as validation demands.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryClaim } from "newsgraph/testing";
 *
 * const texts = new Map([["kursk-opinion", "NATO confirmed the deployment."]]);
 * fc.sample(arbitraryClaim({ targets: { actors: ["nato"], articles: ["kursk-opinion"], texts } }), 1);
 * // e.g. [{ id: "c", claimant: "nato", evidence: [{ article: "kursk-opinion", start: 0, end: 4, exact: "NATO" }], … }]
 * ```
 */
export function arbitraryClaim(options: NodeOptions = {}): fc.Arbitrary<Claim> {
  const { id = arbitraryNodeId(), targets = {} } = options;
  const actors = targets.actors ?? [];
  const claimant = actors.length === 0 ? arbitraryNodeId() : fc.constantFrom(...actors);
  const others = targets.claims ?? [];
  const responds: fc.Arbitrary<ClaimResponse[]> =
    others.length === 0
      ? empty()
      : fc.array(
          fc.record(
            { claim: fc.constantFrom(...others), relation: fc.constantFrom(...claimRelations) },
            plain,
          ),
          {
            maxLength: 2,
          },
        );
  return fc
    .record(
      {
        id,
        claimant,
        statement: sentence,
        act: fc.constantFrom(...claimActs),
        cue: sometimes(name),
        quoteType: sometimes(fc.constantFrom(...quoteTypes)),
        date: sometimes(arbitraryFuzzyDate()),
        about: someOf(subjects(targets), 3),
        quantities: fc.array(arbitraryQuantity(), { maxLength: 2 }),
        quote: sometimes(sentence),
        evidence: arbitraryEvidence(targets),
        appearances: fc.array(arbitraryAppearance(targets), { maxLength: 2 }),
        responds,
        reportedBy: oneOf(actors),
        review: arbitraryReview(actors),
        provenance: sometimes(arbitraryProvenance(), 4),
        fieldProvenance: fieldProvenance(PROVENANCE_FIELDS.claim),
      },
      plain,
    )
    .chain((fields) => {
      // Where every span is anchored in a text, a quote must be inside one of them: the exact text of one.
      const { evidence } = fields;
      const anchored = evidence.length > 0 && evidence.every((span) => targets.texts?.has(span.article));
      if (!anchored || fields.quote === undefined) return fc.constant(defined<Claim>(fields));
      return fc.constantFrom(...evidence).map((span) => defined<Claim>({ ...fields, quote: span.exact }));
    });
}
