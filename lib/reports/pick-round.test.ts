import { expect, it } from "vitest";
import { pickRound } from "./pick-round";

const rounds = { years: [2024, 2023, 2022], groups: ["HUYEN", "SO", "XA"], latestPublishedYear: 2023 };

it("defaults to the latest published year and group SO, and ignores unknown values", () => {
  expect(pickRound({}, rounds)).toEqual({ year: 2023, group: "SO" });
  expect(pickRound({ nam: "2024", khoi: "XA" }, rounds)).toEqual({ year: 2024, group: "XA" });
  expect(pickRound({ nam: "1999", khoi: "'; drop" }, rounds)).toEqual({ year: 2023, group: "SO" });
  expect(pickRound({ nam: ["2022", "2024"] }, rounds)).toEqual({ year: 2022, group: "SO" });
  expect(pickRound({}, { years: [], groups: [], latestPublishedYear: null })).toBeNull();
  expect(pickRound({}, { ...rounds, groups: ["XA"] })).toEqual({ year: 2023, group: "XA" });
});
