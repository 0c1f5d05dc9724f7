import type { NoticeMessages } from "./messages.types.ts";

export const noticesUk: NoticeMessages = {
  status: {
    new: "Нова",
    reviewing: "На розгляді",
    accepted: "Прийнята",
    project: "Стає проєктом",
    done: "Реалізована",
    declined: "Відхилена",
    forwarded: "Передана далі",
  },
  greeting: "Привіт,",
  newStatus: (title, status) => `«${title}» – новий статус: ${status}`,
  reason: (reason) => `Пояснення: ${reason}`,
  contact: {
    office: (name) => `Відповідає: ${name}`,
    person: (name) => `Контактна особа: ${name}`,
    email: (address) => `Електронна пошта: ${address}`,
    phone: (number) => `Телефон: ${number}`,
    url: (address) => `Сайт: ${address}`,
  },
  toIdea: (url) => `До ідеї: ${url}`,
  statusSubject: (title, status) => `Новини про ідею «${title}»: ${status}`,
  project: {
    headline: (title) => `«${title}» стає проєктом!`,
    invitation: "У проєкту є команда, план і новини – долучайся, якщо хочеш.",
    link: (url) => `До проєкту: ${url}`,
    subject: (title) => `Добра новина: «${title}» стає проєктом`,
  },
  approved: {
    headline: (title) => `Допис «${title}» перевірено. Тепер його бачать усі.`,
    next: "Бюро кварталу відповідає на кожен допис. Ти дізнаєшся, коли щось зміниться.",
    subject: (title) => `Твій допис «${title}» опубліковано`,
  },
  digest: {
    subjectOne: (title) => `Новини про ідею «${title}»`,
    subjectMany: (_count, shown) => `Новини про ідеї з твого кварталу (ідей: ${shown})`,
    intro: (date) => `ось що змінилося ${date} в ідеях, у яких ти береш участь:`,
  },
  footer: {
    why: "Ти отримуєш цей лист, бо ця ідея твоя, або ти пишеш її разом з іншими, підтримуєш чи коментуєш її.",
    stop: (url) => `Більше не отримувати листів: ${url}`,
  },
};
