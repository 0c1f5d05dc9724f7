import type { NoticeMessages } from "./messages.types.ts";

export const noticesRu: NoticeMessages = {
  status: {
    new: "Новая",
    reviewing: "На рассмотрении",
    accepted: "Принята",
    project: "Становится проектом",
    done: "Реализована",
    declined: "Отклонена",
    forwarded: "Передана дальше",
  },
  greeting: "Привет,",
  newStatus: (title, status) => `«${title}» – новый статус: ${status}`,
  reason: (reason) => `Пояснение: ${reason}`,
  contact: {
    office: (name) => `Отвечает: ${name}`,
    person: (name) => `Контактное лицо: ${name}`,
    email: (address) => `Электронная почта: ${address}`,
    phone: (number) => `Телефон: ${number}`,
    url: (address) => `Сайт: ${address}`,
  },
  toIdea: (url) => `К идее: ${url}`,
  statusSubject: (title, status) => `Новости об идее «${title}»: ${status}`,
  project: {
    headline: (title) => `«${title}» становится проектом!`,
    invitation: "У проекта есть команда, план и новости – присоединяйся, если хочешь.",
    link: (url) => `К проекту: ${url}`,
    subject: (title) => `Хорошая новость: «${title}» становится проектом`,
  },
  approved: {
    headline: (title) => `Публикация «${title}» проверена. Теперь её видят все.`,
    next: "Бюро квартала отвечает на каждую публикацию. Ты узнаешь, когда что-то изменится.",
    subject: (title) => `Твоя публикация «${title}» опубликована`,
  },
  digest: {
    subjectOne: (title) => `Новости об идее «${title}»`,
    subjectMany: (_count, shown) => `Новости об идеях из твоего квартала (идей: ${shown})`,
    intro: (date) => `вот что изменилось ${date} в идеях, в которых ты участвуешь:`,
  },
  footer: {
    why: "Ты получаешь это письмо, потому что эта идея твоя, или ты пишешь её вместе с другими, поддерживаешь или комментируешь её.",
    stop: (url) => `Больше не получать письма: ${url}`,
  },
};
