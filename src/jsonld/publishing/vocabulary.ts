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
