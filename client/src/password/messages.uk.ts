import type { PasswordMessages } from "./messages.types.ts";

/** Ukrainian messages of the password feature, typed against the German ones. */
export const passwordUk: PasswordMessages = {
  "password.forgot.link": "Не пам’ятаєш пароль?",
  "password.forgot.title": "Забутий пароль",
  "password.forgot.intro":
    "Нічого страшного. Введи адресу пошти свого акаунта. Ми надішлемо посилання, щоб задати новий пароль.",
  "password.forgot.submit": "Надіслати посилання",
  "password.forgot.sentHeading": "Перевір свою пошту",
  "password.forgot.sent":
    "Якщо є акаунт з адресою {email}, незабаром прийде лист із посиланням. Посилання діє одну годину.",
  "password.forgot.spam":
    "Листа немає? Перевір також папку «Спам» або попроси нове посилання за кілька хвилин.",
  "password.forgot.again": "Ввести іншу адресу",
  "password.reset.title": "Новий пароль",
  "password.reset.intro": "Вибери новий пароль для свого акаунта.",
  "password.reset.submit": "Зберегти пароль",
  "password.reset.doneHeading": "Готово: діє твій новий пароль",
  "password.reset.done":
    "Для безпеки тебе виведено з акаунта на всіх пристроях. Увійди знову з новим паролем.",
  "password.reset.login": "До входу",
  "password.reset.invalid":
    "Це посилання вже не діє: ним уже скористалися або воно старше за одну годину. Просто попроси нове.",
  "password.reset.newLink": "Попросити нове посилання",
  "password.new": "Новий пароль",
  "password.show": "Показати пароль",
  "password.change.heading": "Змінити пароль",
  "password.change.text":
    "Після цього тебе буде виведено з акаунта на інших пристроях. Тут ти залишишся в акаунті.",
  "password.change.current": "Теперішній пароль",
  "password.change.submit": "Змінити пароль",
  "password.change.wrong": "Теперішній пароль неправильний.",
  "password.change.done": "Пароль змінено. На інших пристроях тебе виведено з акаунта.",
};
