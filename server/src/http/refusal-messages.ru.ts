import type { RefusalMessages } from "./refusal-messages.types.ts";

export const refusalsRu: RefusalMessages = {
	signIn: "Пожалуйста, войди.",
	notAllowed: "Здесь тебе этого делать нельзя.",
	notFound: "Не найдено.",
	tooManyAttempts: "Слишком много попыток. Подожди немного.",
	tooManyWrites: "Слишком много действий за короткое время. Подожди минутку.",
	unknownApiRoute: "Неизвестный маршрут API.",
	unknownRoute: "Неизвестный маршрут.",
	internal: "Внутренняя ошибка.",
	notSaved: "Не удалось надёжно сохранить данные.",
	storageFull:
		"Сервер сейчас не может ничего сохранить: его хранилище заполнено. Попробуй ещё раз позже.",

	clientNotBuilt: "Интерфейс не собран. Выполни `pnpm build`.",

	expectedJson: "Ожидается JSON (Content-Type: application/json).",
	notJson: "Содержимое не является корректным JSON.",
	invalidInput: "Введённые данные недействительны.",
	badRequest: "Недействительный запрос.",
	bodyBroken: "Содержимое запроса пришло не полностью или с ошибками.",
	tooLarge: "Запрос слишком большой.",
	requestTimeout: "Запрос не пришёл полностью вовремя.",
	headersTooLarge: "Заголовки запроса слишком большие.",
	malformedRequest: "Запрос составлен неправильно.",
	idempotencyKey: "Idempotency-Key: от 8 до 64 символов – буквы, цифры, - и _.",

	tooManySignups:
		"Отсюда создано слишком много новых аккаунтов. Попробуй ещё раз позже.",
	emailTaken:
		"Аккаунт с этим адресом электронной почты уже есть. Пожалуйста, войди.",
	wrongLogin: "Неверный адрес электронной почты или пароль.",
	tooManyLoginsHere:
		"Отсюда было слишком много попыток входа. Попробуй ещё раз позже.",
	tooManyLoginsAccount:
		"Слишком много неудачных попыток для этого аккаунта. Подожди несколько минут.",
	blocked: ({ contact }) =>
		`Твой аккаунт заблокирован. Куда обратиться: ${contact}.`,
	blockedAskOffice: "Твой аккаунт заблокирован. Обратись в бюро квартала.",

	boardNotFound: "Такой темы нет.",
	onlyManagerCreatesBoards: "Создавать темы может только менеджер квартала.",
	onlyManagerChangesBoards: "Изменять темы может только менеджер квартала.",

	ideaNotFound: "Такой идеи нет.",
	unknownIdea: "Неизвестная идея.",
	signInToPost: "Войди, чтобы поделиться идеей.",
	cannotPostHere: "Сейчас ты не можешь здесь ничего публиковать.",
	postingClosed: "В этой теме сейчас нельзя ничего публиковать.",
	unknownCategory: "В этой теме нет такой категории.",
	allowedCategories: ({ categories }) => `Разрешено: ${categories}`,
	noCategories: "В этой теме нет категорий.",
	onlyAuthorChoosesCoauthors: "Выбирать соавторов может только автор.",
	tooManySearches:
		"Слишком много поисковых запросов за короткое время. Подожди минутку.",
	personNotFound: "Такого человека нет.",
	authorWritesAnyway: "Автор и так пишет этот текст.",
	versionsForWriters:
		"Версии видят только те, кто может писать этот текст вместе.",
	versionNotFound: "Такой версии нет.",
	versionTitleInvalid: ({ min }) =>
		`У этой версии нет корректного заголовка (минимальное число символов: ${min}).`,

	signInToComment: "Войди, чтобы комментировать.",
	cannotComment: "Здесь ты не можешь комментировать.",
	commentsClosed: "Комментарии к этой идее закрыты.",
	commentNotFound: "Такого комментария нет.",
	cannotReplyHere: "На этот комментарий нельзя ответить.",
	unknownComment: "Неизвестный комментарий.",
	repliesOnlyToComments:
		"Отвечать можно только на комментарии, а не на ответы.",
	oneLevelOfReplies: "Возможен только один уровень ответов.",

	signInToVote: "Войди, чтобы голосовать.",
	cannotVote: "Ты не можешь голосовать за эту идею.",
	votingClosed: "Баллы можно давать только на этапе голосования.",
	overBudget: ({ budget, spent }) =>
		`Твоих баллов: ${budget}; из них уже отдано: ${spent}.`,
	overWorkshopBudget: ({ budget, spent }) =>
		`Твои баллы (${budget}) действуют на весь воркшоп; из них уже отдано: ${spent}.`,
	dotsRequired: "В этой теме голосуют баллами: укажи, сколько (dots).",
	upvoteHasNoBody: "В этой теме голос отправляется без содержимого.",

	signInToReport: "Войди, чтобы пожаловаться.",
	cannotReportHere: "Здесь ты не можешь пожаловаться.",
	commentAlreadyHidden: "Этот комментарий уже скрыт.",
	cannotBlockSelf: "Нельзя заблокировать себя.",
	managersNotBlocked: "Аккаунты менеджера квартала не блокируются.",
	managersTask: "Это задача менеджера квартала.",
	mergeTargetNotFound: "Идеи, с которой нужно объединить, нет.",
	mergeWithItself: "Идею нельзя объединить саму с собой.",
	mergeAcrossBoards: "Объединять можно только идеи из одной темы.",
	alreadyMerged: "Эта идея уже объединена.",
	targetMerged:
		"Идея, с которой нужно объединить, сама уже объединена с другой.",
	notMerged: "Эта идея не объединена.",

	onlyManagerSetsFund: "Фонд определяет менеджер квартала.",
	onlyManagerPromotes: "Только менеджер квартала делает из идей проекты.",
	alreadyProject: "Эта идея уже стала проектом.",
	onlyVisiblePromoted: "Проектами могут стать только видимые идеи.",
	projectNotFound: "Такого проекта нет.",
	cannotJoinTeam: "Ты не можешь присоединиться к этой команде.",
	onlyManagerChanges: "Это может изменить только менеджер квартала.",
	newsByTeam: "Новости пишет команда.",

	onlyManagerFacilitates: "Воркшоп ведёт менеджер квартала.",
	notAWorkshop: "Эта тема – не воркшоп.",
	tableFollowsWorkshop:
		"Тематический стол следует за своим воркшопом; управляй самим воркшопом.",
	tooManyJoinsAtOnce:
		"Отсюда слишком много попыток одновременно. Попробуй ещё раз через минутку.",
	tooManyWrongCodes: "Слишком много неверных кодов. Подожди минутку.",
	unknownJoinCode: "Такого кода нет, или воркшоп уже закончился.",
	noWorkshopYet: "В этой теме ещё не было воркшопа.",
	noWorkshopRunning: "Сейчас не идёт ни один воркшоп.",
	ideaNotInWorkshop: "Эта идея не относится к этому воркшопу.",

	unsubscribeInvalid: "Эта ссылка для отписки недействительна.",
	noEmailNoMails: "Без адреса электронной почты писем не будет.",
};
