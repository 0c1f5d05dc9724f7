import type { WorkshopMessages } from "./messages.types.ts";

// Ukrainian has three plural forms for whole numbers: 1 and 21 бал, 2–4 and 22 бали, 5–20 and 11 балів.
const pointsWord = (count: number) => {
  const lastTwo = count % 100;
  const last = count % 10;
  if (last === 1 && lastTwo !== 11) return "бал";
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return "бали";
  return "балів";
};

export const workshopsUk: WorkshopMessages = {
  minutes: {
    heading: (board) => `Протокол: ${board}`,
    start: (when) => `Початок: ${when}`,
    end: (when) => `Кінець: ${when}`,
    code: (code) => `Код: ${code}`,
    course: "Перебіг воркшопу",
    started: "Початок (Збір)",
    revealed: "Результат показано",
    ended: "Кінець",
    phase: (name) => `Етап: ${name}`,
    phases: { collect: "Збір", cluster: "Групування", vote: "Голосування", results: "Результат" },
    ideas: "Ідеї",
    ungrouped: "Без групи",
    points: (count, shown) => `${shown} ${pointsWord(count)}`,
    table: (title) => `Тематичний стіл: ${title}`,
    noIdeas: "Ідей немає.",
    decisions: "Рішення",
    noDecisions: "Немає.",
    decided: {
      accepted: "прийнята",
      project: "стає проєктом",
      done: "реалізована",
      declined: "відхилена",
      forwarded: "передана далі",
    },
    newProject: (title) => `Новий проєкт: ${title}`,
    fileSuffix: "протокол",
    fileFallback: "воркшоп",
  },
  formerGuest: "Гість",
  guestName: (tag) => `Гість ${tag}`,
};
