import type { WorkshopMessages } from "./messages.types.ts";

// Russian has three plural forms for whole numbers: 1 and 21 балл, 2–4 and 22 балла, 5–20 and 11 баллов.
const pointsWord = (count: number) => {
  const lastTwo = count % 100;
  const last = count % 10;
  if (last === 1 && lastTwo !== 11) return "балл";
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return "балла";
  return "баллов";
};

export const workshopsRu: WorkshopMessages = {
  minutes: {
    heading: (board) => `Протокол: ${board}`,
    start: (when) => `Начало: ${when}`,
    end: (when) => `Конец: ${when}`,
    code: (code) => `Код: ${code}`,
    course: "Ход воркшопа",
    started: "Начало (Сбор)",
    revealed: "Результат показан",
    ended: "Конец",
    phase: (name) => `Этап: ${name}`,
    phases: { collect: "Сбор", cluster: "Группировка", vote: "Голосование", results: "Результат" },
    ideas: "Идеи",
    ungrouped: "Без группы",
    points: (count, shown) => `${shown} ${pointsWord(count)}`,
    table: (title) => `Тематический стол: ${title}`,
    noIdeas: "Идей нет.",
    decisions: "Решения",
    noDecisions: "Нет.",
    decided: {
      accepted: "принята",
      project: "становится проектом",
      done: "реализована",
      declined: "отклонена",
      forwarded: "передана дальше",
    },
    newProject: (title) => `Новый проект: ${title}`,
    fileSuffix: "протокол",
    fileFallback: "воркшоп",
  },
  formerGuest: "Гость",
  guestName: (tag) => `Гость ${tag}`,
};
