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

const CONTEXT_URL = /^https?:\/\/(?:www\.)?schema\.org(?:\/(?:docs\/jsonldcontext\.json(?:ld)?)?)?$/i;

/** Tells whether a `@context` string names the schema.org context (http or https, with or without `/`). @internal */
export const isSchemaOrgContextUrl = (value: string): boolean => CONTEXT_URL.test(value);

/** Tells whether a `@vocab` IRI is schema.org's. @internal */
export const isSchemaOrgVocabulary = (value: string): boolean =>
  /^https?:\/\/(?:www\.)?schema\.org\/$/i.test(value);

type TypeRow = readonly [family: TypeFamily, parent: string | undefined, names: string];

// Built when first read, not at import: a page that only writes JSON-LD should not pay for the importer.
function typeTable(rows: readonly TypeRow[]): Record<string, TypeInfo> {
  const table: Record<string, TypeInfo> = {};
  for (const [family, parent, names] of rows)
    for (const name of names.split(" ")) table[name] = parent === undefined ? { family } : { family, parent };
  return table;
}

const table = /* @__PURE__ */ typeTable([
  ["article", undefined, "Article"],
  ["article", "Article", "NewsArticle"],
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
export const typeInfo = (name: string): TypeInfo | undefined =>
  Object.hasOwn(table, name) ? table[name] : undefined;

/** The supertypes of a known type that the importer knows, nearest first. @internal */
export function supertypes(name: string): string[] {
  const chain: string[] = [];
  for (let parent = typeInfo(name)?.parent; parent !== undefined; parent = typeInfo(parent)?.parent) {
    chain.push(parent);
  }
  return chain;
}
