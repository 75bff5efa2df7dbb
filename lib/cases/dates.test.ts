import { describe, expect, it } from "vitest";
import { parseVnDate, vnDayNumber, vnDayString, vnYearStart } from "./dates";

describe("parseVnDate", () => {
  it.each([
    ["2023-03-10", "2023-03-09T17:00:00.000Z"],
    ["2023-03-10T08:30", "2023-03-10T01:30:00.000Z"],
    ["2023-03-10T08:30:15", "2023-03-10T01:30:15.000Z"],
    ["2023-03-10 08:30", "2023-03-10T01:30:00.000Z"],
    ["10/03/2023", "2023-03-09T17:00:00.000Z"],
    ["1/3/2023", "2023-02-28T17:00:00.000Z"],
    ["10/03/2023 16:45", "2023-03-10T09:45:00.000Z"],
    ["29/02/2024", "2024-02-28T17:00:00.000Z"],
    [" 2023-01-01 ", "2022-12-31T17:00:00.000Z"],
  ])("%s is %s", (text, iso) => {
    expect(parseVnDate(text)?.toISOString()).toBe(iso);
  });

  it.each([
    "",
    "2023-13-01",
    "31/02/2023",
    "29/02/2023",
    "2023-03-10T24:00",
    "10-03-2023",
    "2023/03/10",
    "hôm qua",
    "03/10/23",
    "2023-03-10T08:61",
  ])("%j is not a date", (text) => expect(parseVnDate(text)).toBeNull());
});

describe("Vietnam calendar days", () => {
  it("puts 23:59 local and 00:00 local on the days they are in Vietnam", () => {
    expect(vnDayString(parseVnDate("2023-03-10T23:59")!)).toBe("2023-03-10");
    expect(vnDayString(parseVnDate("2023-03-11T00:00")!)).toBe("2023-03-11");
    expect(vnDayNumber(parseVnDate("2023-03-11")!) - vnDayNumber(parseVnDate("2023-03-10T23:59")!)).toBe(1);
  });
  it("starts the year at 00:00 UTC+7", () => {
    expect(vnYearStart(2024).toISOString()).toBe("2023-12-31T17:00:00.000Z");
  });
});
