import { describe, expect, it } from "vitest";
import { workshopsRu } from "./messages.ru.ts";
import { workshopsUk } from "./messages.uk.ts";

describe("the minutes count points with the right Ukrainian and Russian plural", () => {
  const counts = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 122];
  const said = (points: (count: number, shown: string) => string) => counts.map((n) => points(n, String(n)));

  it("in Ukrainian", () => {
    expect(said(workshopsUk.minutes.points)).toEqual([
      "0 балів",
      "1 бал",
      "2 бали",
      "4 бали",
      "5 балів",
      "11 балів",
      "12 балів",
      "14 балів",
      "21 бал",
      "22 бали",
      "25 балів",
      "101 бал",
      "111 балів",
      "112 балів",
      "122 бали",
    ]);
  });

  it("in Russian", () => {
    expect(said(workshopsRu.minutes.points)).toEqual([
      "0 баллов",
      "1 балл",
      "2 балла",
      "4 балла",
      "5 баллов",
      "11 баллов",
      "12 баллов",
      "14 баллов",
      "21 балл",
      "22 балла",
      "25 баллов",
      "101 балл",
      "111 баллов",
      "112 баллов",
      "122 балла",
    ]);
  });
});
