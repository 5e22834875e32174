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
  | "language";

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

const table: Record<string, TypeInfo> = {};
const add = (family: TypeFamily, parent: string | undefined, names: string): void => {
  for (const name of names.split(" ")) table[name] = parent === undefined ? { family } : { family, parent };
};

add("article", undefined, "Article");
add("article", "Article", "NewsArticle");
add(
  "article",
  "NewsArticle",
  "AnalysisNewsArticle AskPublicNewsArticle BackgroundNewsArticle OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle",
);
add("actor", undefined, "Person Organization");
// The subtypes of Organization that are not also places (LocalBusiness and its kin are both, and ambiguous).
add(
  "actor",
  "Organization",
  "Airline Consortium Cooperative Corporation FundingScheme GovernmentOrganization LibrarySystem MedicalOrganization " +
    "NGO NewsMediaOrganization OnlineBusiness PerformingGroup PoliticalParty Project ResearchOrganization " +
    "SearchRescueOrganization SportsOrganization WorkersUnion",
);
add("actor", "PerformingGroup", "DanceGroup MusicGroup TheaterGroup");
add("actor", "SportsOrganization", "SportsTeam");
add("actor", "Project", "FundingAgency ResearchProject");
add("actor", "OnlineBusiness", "OnlineStore");
add("actor", "OnlineStore", "OnlineMarketplace");
add("claim", undefined, "Claim");
add("claim-review", undefined, "ClaimReview");
add("event", undefined, "Event");
add(
  "event",
  "Event",
  "BusinessEvent ChildrensEvent ComedyEvent CourseInstance DanceEvent DeliveryEvent EducationEvent EventSeries " +
    "ExhibitionEvent Festival FoodEvent Hackathon LiteraryEvent MusicEvent PublicationEvent SaleEvent " +
    "ScreeningEvent SocialEvent SportsEvent TheaterEvent VisualArtsEvent",
);
add("event", "EducationEvent", "ConferenceEvent");
add("event", "PublicationEvent", "BroadcastEvent OnDemandEvent");
add("place", undefined, "Place");
add("place", "Place", "AdministrativeArea Landform CivicStructure TouristAttraction TouristDestination");
add("place", "AdministrativeArea", "Country State City");
add("place", "Landform", "BodyOfWater Continent Mountain Volcano");
add(
  "place",
  "BodyOfWater",
  "Canal LakeBodyOfWater OceanBodyOfWater Pond Reservoir RiverBodyOfWater SeaBodyOfWater Waterfall",
);
add(
  "place",
  "CivicStructure",
  "Airport Beach Bridge BusStation Cemetery EventVenue GovernmentBuilding MusicVenue Museum Park Playground " +
    "TrainStation Zoo",
);
add("place", "GovernmentBuilding", "CityHall Courthouse DefenceEstablishment Embassy LegislativeBuilding");
add("image", undefined, "ImageObject");
add("rating", undefined, "Rating");
add("address", undefined, "PostalAddress");
add("geo", undefined, "GeoCoordinates");
add("quantity", undefined, "QuantitativeValue");
add("correction", undefined, "CorrectionComment");
add("web-page", undefined, "WebPage");
add("language", undefined, "Language");
add("role", undefined, "Role");
add("role", "Role", "OrganizationRole");
add("role", "OrganizationRole", "EmployeeRole");
add("quotation", undefined, "Quotation");

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
