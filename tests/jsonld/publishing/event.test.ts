// The Event rules (Google's Event structured data documentation).
import { describe, expect, test } from "vitest";
import { event, only, place, rules } from "./support";

describe("Event rules", () => {
  test("event/name: a missing name is an error", () => {
    expect(only(event({ name: undefined }), "event/name")).toMatchObject({
      severity: "error",
      path: "$.name",
    });
  });

  test("event/start-date: a missing startDate is an error", () => {
    expect(only(event({ startDate: undefined }), "event/start-date").severity).toBe("error");
  });

  test("event/start-date: a startDate with a time but no time zone is a warning; a date alone is fine", () => {
    expect(only(event({ startDate: "2024-08-06T05:00" }), "date/time-zone").path).toBe("$.startDate");
    expect(rules(event({ startDate: "2024-08-06" }))).toEqual([]);
    expect(rules(event({ startDate: "6 August" }))).toEqual(["date/format"]);
    expect(rules(event({ endDate: "2024-08-07T00:00:00" }))).toEqual(["date/time-zone"]);
  });

  test("event/location: a missing location is an error", () => {
    expect(only(event({ location: undefined }), "event/location")).toMatchObject({
      severity: "error",
      path: "$.location",
    });
  });

  test("event/location: an event held online at a VirtualLocation with a url is accepted", () => {
    const location = { "@type": "VirtualLocation", url: "https://example.org/stream" };
    expect(
      rules(event({ location, eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode" })),
    ).toEqual([]);
  });

  test("event/location-url: a VirtualLocation without a url, or with a relative one, is an error", () => {
    expect(only(event({ location: { "@type": "VirtualLocation" } }), "event/location-url")).toMatchObject({
      severity: "error",
      path: "$.location.url",
    });
    expect(
      only(event({ location: { "@type": "VirtualLocation", url: "/stream" } }), "event/location-url").path,
    ).toBe("$.location.url");
  });

  test("date/time-zone: an online event's startDate must give its time zone: an error, not a warning", () => {
    const online = event({ location: { "@type": "VirtualLocation", url: "https://example.org/stream" } });
    expect(only({ ...online, startDate: "2024-08-06T19:00:00" }, "date/time-zone").severity).toBe("error");
    const mixed = event({ eventAttendanceMode: { "@id": "schema:MixedEventAttendanceMode" } });
    expect(only({ ...mixed, startDate: "2024-08-06T19:00" }, "date/time-zone").severity).toBe("error");
    expect(only(event({ startDate: "2024-08-06T19:00" }), "date/time-zone").severity).toBe("warning");
    expect(rules({ ...online, startDate: "2024-08-06" })).toEqual([]);
  });

  test("event/location: a PostalAddress, plain text or an untyped node in place of a Place is an error", () => {
    expect(rules(event({ location: { "@type": "PostalAddress", addressCountry: "RU" } }))).toEqual([
      "event/location",
    ]);
    expect(rules(event({ location: "Kursk" }))).toEqual(["event/location"]);
    expect(rules(event({ location: { name: "Kursk", address: "Kursk" } }))).toEqual(["event/location"]);
  });

  test("event/location: a Place beside a VirtualLocation is accepted", () => {
    const location = [place(), { "@type": "VirtualLocation", url: "https://example.org/stream" }];
    expect(rules(event({ location }))).toEqual([]);
  });

  test("event/location: a subtype of Place and a Place reached by reference are accepted", () => {
    expect(rules(event({ location: place({ "@type": "City" }) }))).toEqual([]);
    const graph = { "@graph": [event({ location: { "@id": "#venue" } }), { "@id": "#venue", ...place() }] };
    expect(rules(graph)).toEqual([]);
  });

  test("event/location: a VirtualLocation defined elsewhere in the document is followed", () => {
    const graph = {
      "@graph": [event({ location: { "@id": "#stream" } }), { "@id": "#stream", "@type": "VirtualLocation" }],
    };
    expect(only(graph, "event/location-url").path).toBe('$["@graph"][1].url');
  });

  test("event/location: the message names what was found instead of a Place", () => {
    const finding = only(event({ location: [{ "@type": "PostalAddress" }, "Kursk"] }), "event/location");
    expect(finding.message).toContain("found PostalAddress, a string");
  });

  test("event/location-address: a Place without an address is an error", () => {
    expect(only(event({ location: place({ address: undefined }) }), "event/location-address")).toMatchObject({
      severity: "error",
      path: "$.location.address",
    });
    expect(rules(event({ location: place({ address: "Red Square, Moscow" }) }))).toEqual([]);
  });

  test("the Event rules apply to subtypes of Event", () => {
    expect(rules(event({ "@type": "MusicEvent", name: undefined }))).toEqual(["event/name"]);
    expect(rules(event({ "@type": ["Event", "SportsEvent"], name: undefined }))).toEqual(["event/name"]);
  });
});
