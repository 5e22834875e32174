// The part of schema.org the importer understands: contexts, term names, and the types it maps.

/**
 * What a schema.org type is read as: one of the model's nodes, or a value read in place by the property
 * that holds it (an image, a rating, an address…).
 * @internal
 */
export type TypeFamily =
  | "article"
  | "actor"
  | "claim"
  | "claim-review"
  | "event"
  | "place"
  | "image"
  | "rating"
  | "address"
  | "geo"
  | "quantity"
  | "correction"
  | "web-page"
  | "role"
  | "quotation"
  | "language"
  | "web-site"
  | "web-page-element"
  | "breadcrumb-list"
  | "list-item";

interface TypeInfo {
  family: TypeFamily;
  /** The nearest supertype the importer knows, for choosing the most specific of several types. */
  parent?: string;
}

const SCHEMA_ORG_PREFIX = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i;

/**
 * The local name of a schema.org term written bare, as `schema:Name` or as a full `http(s)://schema.org/Name`
 * IRI; `undefined` for a term of another vocabulary (`og:title`, `https://example.org/ns#x`).
 * @internal
 */
export function schemaOrgTerm(term: string): string | undefined {
  const local = term.replace(SCHEMA_ORG_PREFIX, "");
  if (local.length === 0 || /[:/#]/.test(local)) return undefined;
  return local;
}

/**
 * The term definitions of the contexts in force at a node (`"headline": "https://other.example/ns#title"`),
 * its own context's over those of the nodes it is nested in, as JSON-LD scopes them: a chain of layers, one
 * per context met on the way down, so that no layer is copied. A term defined as `null` is defined as
 * nothing. @internal
 */
export interface TermScope {
  definitions: ReadonlyMap<string, string | null>;
  /** The scope around it; `undefined` at the top, or where a context resets the definitions. */
  outer: TermScope | undefined;
}

/** What a term written in the input stands for, once the contexts in force have been read. @internal */
export interface Term {
  /** The schema.org local name, or `undefined` for a term of another vocabulary (or of none). */
  schemaOrg: string | undefined;
  /** The IRI a context maps the term to, when one does. */
  iri?: string | null;
}

function definitionOf(scope: TermScope | undefined, term: string): string | null | undefined {
  for (let layer = scope; layer !== undefined; layer = layer.outer) {
    const found = layer.definitions.get(term);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads a property name or type name in the scope of the contexts in force: a term they define stands for
 * its IRI, and a compact IRI (`p:name`) whose prefix they define for the prefix's IRI and the rest; any other
 * term is read as schema.org's, bare or as a `schema:` name or a full schema.org IRI. @internal
 */
export function readTerm(scope: TermScope | undefined, term: string): Term {
  if (scope === undefined) return { schemaOrg: schemaOrgTerm(term) };
  const defined = definitionOf(scope, term);
  if (defined !== undefined) {
    if (defined === null) return { schemaOrg: undefined, iri: null };
    const iri = expandPrefix(scope, defined);
    // A term defined as another bare term (`"titel": "headline"`) is read against the vocabulary.
    return { schemaOrg: schemaOrgTerm(iri), iri };
  }
  const expanded = expandPrefix(scope, term);
  return expanded === term
    ? { schemaOrg: schemaOrgTerm(term) }
    : { schemaOrg: schemaOrgTerm(expanded), iri: expanded };
}

function expandPrefix(scope: TermScope, term: string): string {
  const colon = term.indexOf(":");
  if (colon <= 0 || term.startsWith("//", colon + 1)) return term;
  const prefix = definitionOf(scope, term.slice(0, colon));
  return typeof prefix === "string" ? `${prefix}${term.slice(colon + 1)}` : term;
}

const CONTEXT_URL = /^https?:\/\/(?:www\.)?schema\.org(?:\/(?:docs\/jsonldcontext\.json(?:ld)?)?)?$/i;

/** Tells whether a `@context` string names the schema.org context (http or https, with or without `/`). @internal */
export const isSchemaOrgContextUrl = (value: string): boolean => CONTEXT_URL.test(value);

/** Tells whether a `@vocab` IRI is schema.org's. @internal */
export const isSchemaOrgVocabulary = (value: string): boolean =>
  /^https?:\/\/(?:www\.)?schema\.org\/$/i.test(value);

type TypeRow = readonly [family: TypeFamily, parent: string | undefined, names: string];

// Built when first read, not at import: a page that only writes JSON-LD should not pay for the importer.
// A Map: the names looked up are the input's type names, and `constructor` is a name like any other.
function typeTable(rows: readonly TypeRow[]): ReadonlyMap<string, TypeInfo> {
  const table = new Map<string, TypeInfo>();
  for (const [family, parent, names] of rows)
    for (const name of names.split(" "))
      table.set(name, parent === undefined ? { family } : { family, parent });
  return table;
}

const table = /* @__PURE__ */ typeTable([
  ["article", undefined, "Article"],
  [
    "article",
    "Article",
    "NewsArticle SocialMediaPosting Report ScholarlyArticle TechArticle SatiricalArticle AdvertiserContentArticle",
  ],
  ["article", "SocialMediaPosting", "BlogPosting DiscussionForumPosting"],
  ["article", "BlogPosting", "LiveBlogPosting"],
  ["article", "ScholarlyArticle", "MedicalScholarlyArticle"],
  ["article", "TechArticle", "APIReference"],
  [
    "article",
    "NewsArticle",
    "AnalysisNewsArticle AskPublicNewsArticle BackgroundNewsArticle OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle",
  ],
  ["actor", undefined, "Person Organization"],
  // The subtypes of Organization that are not also places (LocalBusiness and its kin are both, and ambiguous).
  [
    "actor",
    "Organization",
    "Airline Consortium Cooperative Corporation FundingScheme GovernmentOrganization LibrarySystem MedicalOrganization " +
      "NGO NewsMediaOrganization OnlineBusiness PerformingGroup PoliticalParty Project ResearchOrganization " +
      "SearchRescueOrganization SportsOrganization WorkersUnion",
  ],
  ["actor", "PerformingGroup", "DanceGroup MusicGroup TheaterGroup"],
  ["actor", "SportsOrganization", "SportsTeam"],
  ["actor", "Project", "FundingAgency ResearchProject"],
  ["actor", "OnlineBusiness", "OnlineStore"],
  ["actor", "OnlineStore", "OnlineMarketplace"],
  ["claim", undefined, "Claim"],
  ["claim-review", undefined, "ClaimReview"],
  ["event", undefined, "Event"],
  [
    "event",
    "Event",
    "BusinessEvent ChildrensEvent ComedyEvent CourseInstance DanceEvent DeliveryEvent EducationEvent EventSeries " +
      "ExhibitionEvent Festival FoodEvent Hackathon LiteraryEvent MusicEvent PublicationEvent SaleEvent " +
      "ScreeningEvent SocialEvent SportsEvent TheaterEvent VisualArtsEvent",
  ],
  ["event", "EducationEvent", "ConferenceEvent"],
  ["event", "PublicationEvent", "BroadcastEvent OnDemandEvent"],
  ["place", undefined, "Place"],
  ["place", "Place", "AdministrativeArea Landform CivicStructure TouristAttraction TouristDestination"],
  ["place", "AdministrativeArea", "Country State City"],
  ["place", "Landform", "BodyOfWater Continent Mountain Volcano"],
  [
    "place",
    "BodyOfWater",
    "Canal LakeBodyOfWater OceanBodyOfWater Pond Reservoir RiverBodyOfWater SeaBodyOfWater Waterfall",
  ],
  [
    "place",
    "CivicStructure",
    "Airport Beach Bridge BusStation Cemetery EventVenue GovernmentBuilding MusicVenue Museum Park Playground " +
      "TrainStation Zoo",
  ],
  ["place", "GovernmentBuilding", "CityHall Courthouse DefenceEstablishment Embassy LegislativeBuilding"],
  ["image", undefined, "ImageObject"],
  ["rating", undefined, "Rating"],
  ["address", undefined, "PostalAddress"],
  ["geo", undefined, "GeoCoordinates"],
  ["quantity", undefined, "QuantitativeValue"],
  ["correction", undefined, "CorrectionComment"],
  ["web-page", undefined, "WebPage"],
  ["language", undefined, "Language"],
  ["role", undefined, "Role"],
  ["role", "Role", "OrganizationRole"],
  ["role", "OrganizationRole", "EmployeeRole"],
  ["quotation", undefined, "Quotation"],
  ["web-site", undefined, "WebSite"],
  ["web-page-element", undefined, "WebPageElement"],
  ["breadcrumb-list", undefined, "BreadcrumbList"],
  ["list-item", undefined, "ListItem"],
]);

/** What the importer knows of a schema.org type, or `undefined` for a type it does not map. @internal */
export const typeInfo = (name: string): TypeInfo | undefined => table.get(name);

let byLowerCase: ReadonlyMap<string, string> | undefined;

/**
 * The type the importer maps whose name is `name` in another case (`imageObject`, `newsarticle`), as search
 * engines match type names; `undefined` when there is none. No two schema.org types differ only in case.
 * @internal
 */
export function typeInOtherCase(name: string): string | undefined {
  byLowerCase ??= new Map([...table.keys()].map((type) => [type.toLowerCase(), type]));
  const found = byLowerCase.get(name.toLowerCase());
  return found === name ? undefined : found;
}

/** The supertypes of a known type that the importer knows, nearest first. @internal */
export function supertypes(name: string): string[] {
  const chain: string[] = [];
  for (let parent = typeInfo(name)?.parent; parent !== undefined; parent = typeInfo(parent)?.parent) {
    chain.push(parent);
  }
  return chain;
}
