import type { PasswordMessages } from "./messages.types.ts";

/** Russian messages of the password feature, typed against the German ones. */
export const passwordRu: PasswordMessages = {
  "password.forgot.link": "Не помнишь пароль?",
  "password.forgot.title": "Забытый пароль",
  "password.forgot.intro":
    "Ничего страшного. Введи адрес почты своего аккаунта. Мы пришлём ссылку, чтобы задать новый пароль.",
  "password.forgot.submit": "Прислать ссылку",
  "password.forgot.sentHeading": "Проверь свою почту",
  "password.forgot.sent":
    "Если есть аккаунт с адресом {email}, скоро придёт письмо со ссылкой. Ссылка действует один час.",
  "password.forgot.spam":
    "Письма нет? Проверь также папку «Спам» или запроси новую ссылку через несколько минут.",
  "password.forgot.again": "Ввести другой адрес",
  "password.reset.title": "Новый пароль",
  "password.reset.intro": "Выбери новый пароль для своего аккаунта.",
  "password.reset.submit": "Сохранить пароль",
  "password.reset.doneHeading": "Готово: действует твой новый пароль",
  "password.reset.done": "Для безопасности сеанс завершён на всех устройствах. Войди снова с новым паролем.",
  "password.reset.login": "Ко входу",
  "password.reset.invalid":
    "Эта ссылка больше не действует: ею уже воспользовались, или она старше одного часа. Просто запроси новую.",
  "password.reset.newLink": "Запросить новую ссылку",
  "password.new": "Новый пароль",
  "password.show": "Показать пароль",
  "password.change.heading": "Изменить пароль",
  "password.change.text":
    "После этого на других устройствах нужно будет войти снова. Здесь ты останешься в аккаунте.",
  "password.change.current": "Нынешний пароль",
  "password.change.submit": "Изменить пароль",
  "password.change.wrong": "Нынешний пароль неверный.",
  "password.change.done": "Пароль изменён. На других устройствах нужно будет войти снова.",
};
