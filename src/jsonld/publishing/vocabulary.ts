// The schema.org types the rules apply to (a test keeps these in step with schema.org 30.0).
import { wordSet } from "../word-set";

/** Article and all its subclasses: the Article rules apply to each. @internal */
export const ARTICLE_TYPES = /* @__PURE__ */ wordSet(
  "Article AdvertiserContentArticle NewsArticle AnalysisNewsArticle AskPublicNewsArticle BackgroundNewsArticle " +
    "OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle Report SatiricalArticle ScholarlyArticle " +
    "MedicalScholarlyArticle SocialMediaPosting BlogPosting LiveBlogPosting DiscussionForumPosting TechArticle " +
    "APIReference",
);

/** Event and all its subclasses: the Event rules apply to each. @internal */
export const EVENT_TYPES = /* @__PURE__ */ wordSet(
  "Event BusinessEvent ChildrensEvent ComedyEvent ConferenceEvent CourseInstance DanceEvent DeliveryEvent " +
    "EducationEvent EventSeries ExhibitionEvent Festival FoodEvent Hackathon LiteraryEvent MusicEvent " +
    "PerformingArtsEvent PublicationEvent BroadcastEvent OnDemandEvent SaleEvent ScreeningEvent SocialEvent " +
    "SportsEvent TheaterEvent VisualArtsEvent UserInteraction UserBlocks UserCheckins UserComments UserDownloads " +
    "UserLikes UserPageVisits UserPlays UserPlusOnes UserTweets",
);

/** Types that can stand as an Event's location but are not a physical Place. @internal */
export const NOT_A_PLACE = /* @__PURE__ */ wordSet("VirtualLocation PostalAddress");

/** Organization and all its subclasses. @internal */
export const ORGANIZATION_TYPES = /* @__PURE__ */ wordSet(
  "AccountingService AdultEntertainment Airline AmusementPark AnimalShelter ArchiveOrganization " +
    "ArtGallery Attorney AutoBodyShop AutoDealer AutoPartsStore AutoRental AutoRepair AutoWash " +
    "AutomatedTeller AutomotiveBusiness Bakery BankOrCreditUnion BarOrPub BeautySalon BedAndBreakfast " +
    "BikeStore BookStore BowlingAlley Brewery CafeOrCoffeeShop Campground Casino ChildCare ClothingStore " +
    "CollegeOrUniversity ComedyClub ComputerStore Consortium ConvenienceStore Cooperative Corporation " +
    "CovidTestingFacility DanceGroup DaySpa Dentist DepartmentStore DiagnosticLab Distillery " +
    "DryCleaningOrLaundry EducationalOrganization Electrician ElectronicsStore ElementarySchool " +
    "EmergencyService EmploymentAgency EntertainmentBusiness ExerciseGym FastFoodRestaurant " +
    "FinancialService FireStation Florist FoodEstablishment FundingAgency FundingScheme FurnitureStore " +
    "GardenStore GasStation GeneralContractor GolfCourse GovernmentOffice GovernmentOrganization " +
    "GroceryStore HVACBusiness HairSalon HardwareStore HealthAndBeautyBusiness HealthClub HighSchool " +
    "HobbyShop HomeAndConstructionBusiness HomeGoodsStore Hospital Hostel Hotel HousePainter IceCreamShop " +
    "IndividualPhysician InsuranceAgency InternetCafe JewelryStore LegalService Library LibrarySystem " +
    "LiquorStore LocalBusiness Locksmith LodgingBusiness MedicalBusiness MedicalClinic " +
    "MedicalOrganization MensClothingStore MiddleSchool MobilePhoneStore Motel MotorcycleDealer " +
    "MotorcycleRepair MovieRentalStore MovieTheater MovingCompany MusicGroup MusicStore NGO NailSalon " +
    "NewsMediaOrganization NightClub Notary OfficeEquipmentStore OnlineBusiness OnlineMarketplace " +
    "OnlineStore Optician Organization OutletStore PawnShop PerformingGroup PetStore Pharmacy Physician " +
    "PhysiciansOffice Plumber PoliceStation PoliticalParty PostOffice Preschool ProfessionalService " +
    "Project PublicSwimmingPool RadioStation RealEstateAgent RecyclingCenter ResearchOrganization " +
    "ResearchProject Resort Restaurant RoofingContractor School SearchRescueOrganization SelfStorage " +
    "ShoeStore ShoppingCenter SkiResort SportingGoodsStore SportsActivityLocation SportsClub " +
    "SportsOrganization SportsTeam StadiumOrArena Store TattooParlor TelevisionStation TennisComplex " +
    "TheaterGroup TireShop TouristInformationCenter ToyStore TravelAgency VacationRental VeterinaryCare " +
    "WholesaleStore Winery WorkersUnion",
);

/** Person and its subclass. @internal */
export const PERSON_TYPES = /* @__PURE__ */ wordSet("Person Patient");

/** Tells whether some of a node's types is a Person or an Organization (or a subclass of either). @internal */
export const isPersonOrOrganization = (types: Iterable<string>): boolean =>
  [...types].some((type) => PERSON_TYPES.has(type) || ORGANIZATION_TYPES.has(type));

/** WebPage and all its subclasses. @internal */
export const WEB_PAGE_TYPES = /* @__PURE__ */ wordSet(
  "WebPage AboutPage CheckoutPage CollectionPage ContactPage FAQPage ImageGallery ItemPage MediaGallery " +
    "MedicalWebPage ProfilePage QAPage RealEstateListing SearchResultsPage VideoGallery",
);

/** WebPageElement and all its subclasses: what a paywalled section is. @internal */
export const WEB_PAGE_ELEMENT_TYPES = /* @__PURE__ */ wordSet(
  "WebPageElement SiteNavigationElement Table WPAdBlock WPFooter WPHeader WPSideBar",
);

/**
 * The types Google reads paywall markup on (Subscription and paywalled content docs: CreativeWork and the
 * types it names), besides every Article and WebPage type. @internal
 */
export const PAYWALLED_TYPES = /* @__PURE__ */ wordSet(
  "CreativeWork Blog Comment Course HowTo Message Review",
);
