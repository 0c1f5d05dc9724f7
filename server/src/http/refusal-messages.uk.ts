import type { RefusalMessages } from "./refusal-messages.types.ts";

export const refusalsUk: RefusalMessages = {
	signIn: "Будь ласка, увійди.",
	notAllowed: "Тут тобі цього робити не можна.",
	notFound: "Не знайдено.",
	tooManyAttempts: "Забагато спроб. Зачекай трохи.",
	tooManyWrites: "Забагато дій за короткий час. Зачекай хвилинку.",
	unknownApiRoute: "Невідомий маршрут API.",
	unknownRoute: "Невідомий маршрут.",
	internal: "Внутрішня помилка.",
	notSaved: "Не вдалося надійно зберегти дані.",
	storageFull:
		"Сервер зараз не може нічого зберегти: його сховище заповнене. Спробуй ще раз пізніше.",

	clientNotBuilt: "Інтерфейс не зібрано. Виконай `pnpm build`.",

	expectedJson: "Очікується JSON (Content-Type: application/json).",
	notJson: "Вміст не є дійсним JSON.",
	invalidInput: "Введені дані недійсні.",
	badRequest: "Недійсний запит.",
	bodyBroken: "Вміст запиту надійшов неповністю або з помилками.",
	tooLarge: "Запит завеликий.",
	requestTimeout: "Запит не надійшов повністю вчасно.",
	headersTooLarge: "Заголовки запиту завеликі.",
	malformedRequest: "Запит складено неправильно.",
	idempotencyKey:
		"Idempotency-Key: від 8 до 64 символів – літери, цифри, - і _.",

	tooManySignups:
		"Звідси створено забагато нових акаунтів. Спробуй ще раз пізніше.",
	emailTaken:
		"Акаунт із цією адресою електронної пошти вже є. Будь ласка, увійди.",
	wrongLogin: "Адреса електронної пошти або пароль неправильні.",
	tooManyLoginsHere:
		"Звідси було забагато спроб увійти. Спробуй ще раз пізніше.",
	tooManyLoginsAccount:
		"Забагато невдалих спроб для цього акаунта. Зачекай кілька хвилин.",
	blocked: ({ contact }) =>
		`Твій акаунт заблоковано. Куди звернутися: ${contact}.`,
	blockedAskOffice: "Твій акаунт заблоковано. Звернися до бюро кварталу.",

	boardNotFound: "Такої теми немає.",
	onlyManagerCreatesBoards: "Створювати теми може лише менеджерка кварталу.",
	onlyManagerChangesBoards: "Змінювати теми може лише менеджерка кварталу.",

	ideaNotFound: "Такої ідеї немає.",
	unknownIdea: "Невідома ідея.",
	signInToPost: "Увійди, щоб поділитися ідеєю.",
	cannotPostHere: "Зараз ти не можеш тут нічого публікувати.",
	postingClosed: "У цій темі зараз не можна нічого публікувати.",
	unknownCategory: "У цій темі немає такої категорії.",
	allowedCategories: ({ categories }) => `Дозволено: ${categories}`,
	noCategories: "У цій темі немає категорій.",
	onlyAuthorChoosesCoauthors:
		"Обирати співавторів може лише автор або авторка.",
	tooManySearches: "Забагато пошуків за короткий час. Зачекай хвилинку.",
	personNotFound: "Такої людини немає.",
	authorWritesAnyway: "Автор або авторка й так пише цей текст.",
	versionsForWriters: "Версії бачать лише ті, хто може писати цей текст разом.",
	versionNotFound: "Такої версії немає.",
	versionTitleInvalid: ({ min }) =>
		`У цієї версії немає дійсного заголовка (найменша кількість символів: ${min}).`,

	signInToComment: "Увійди, щоб коментувати.",
	cannotComment: "Тут ти не можеш коментувати.",
	commentsClosed: "Коментарі до цієї ідеї закрито.",
	commentNotFound: "Такого коментаря немає.",
	cannotReplyHere: "На цей коментар не можна відповісти.",
	unknownComment: "Невідомий коментар.",
	repliesOnlyToComments:
		"Відповідати можна лише на коментарі, а не на відповіді.",
	oneLevelOfReplies: "Можливий лише один рівень відповідей.",

	signInToVote: "Увійди, щоб голосувати.",
	cannotVote: "Ти не можеш голосувати за цю ідею.",
	votingClosed: "Бали можна давати лише на етапі голосування.",
	overBudget: ({ budget, spent }) =>
		`Твоїх балів: ${budget}; з них уже віддано: ${spent}.`,
	overWorkshopBudget: ({ budget, spent }) =>
		`Твої бали (${budget}) діють на весь воркшоп; з них уже віддано: ${spent}.`,
	dotsRequired: "У цій темі голосують балами: вкажи, скільки (dots).",
	upvoteHasNoBody: "У цій темі голос надсилається без вмісту.",

	signInToReport: "Увійди, щоб поскаржитися.",
	cannotReportHere: "Тут ти не можеш поскаржитися.",
	commentAlreadyHidden: "Цей коментар уже приховано.",
	cannotBlockSelf: "Не можна заблокувати себе.",
	managersNotBlocked: "Акаунти менеджерки кварталу не блокуються.",
	managersTask: "Це завдання менеджерки кварталу.",
	mergeTargetNotFound: "Ідеї, з якою треба об’єднати, немає.",
	mergeWithItself: "Ідею не можна об’єднати саму із собою.",
	mergeAcrossBoards: "Об’єднувати можна лише ідеї з однієї теми.",
	alreadyMerged: "Цю ідею вже об’єднано.",
	targetMerged: "Ідею, з якою треба об’єднати, саму вже об’єднано з іншою.",
	notMerged: "Цю ідею не об’єднано.",

	onlyManagerSetsFund: "Фонд визначає менеджерка кварталу.",
	onlyManagerPromotes: "Лише менеджерка кварталу робить з ідей проєкти.",
	alreadyProject: "Ця ідея вже стала проєктом.",
	onlyVisiblePromoted: "Проєктами можуть стати лише видимі ідеї.",
	projectNotFound: "Такого проєкту немає.",
	cannotJoinTeam: "Ти не можеш приєднатися до цієї команди.",
	onlyManagerChanges: "Це може змінити лише менеджерка кварталу.",
	newsByTeam: "Новини пише команда.",

	onlyManagerFacilitates: "Воркшоп веде менеджерка кварталу.",
	notAWorkshop: "Ця тема – не воркшоп.",
	tableFollowsWorkshop:
		"Тематичний стіл іде за своїм воркшопом; керуй самим воркшопом.",
	tooManyJoinsAtOnce:
		"Звідси забагато спроб одночасно. Спробуй ще раз за мить.",
	tooManyWrongCodes: "Забагато неправильних кодів. Зачекай хвилинку.",
	unknownJoinCode: "Такого коду немає, або воркшоп уже закінчився.",
	noWorkshopYet: "У цій темі ще не було воркшопу.",
	noWorkshopRunning: "Зараз не триває жоден воркшоп.",
	ideaNotInWorkshop: "Ця ідея не належить до цього воркшопу.",

	unsubscribeInvalid: "Це посилання для відписки недійсне.",
	noEmailNoMails: "Без адреси електронної пошти листів не буде.",
};
