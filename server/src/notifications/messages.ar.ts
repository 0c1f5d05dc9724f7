import type { NoticeMessages } from "./messages.types.ts";

export const noticesAr: NoticeMessages = {
  status: {
    new: "جديدة",
    reviewing: "قيد المراجعة",
    accepted: "مقبولة",
    project: "ستصبح مشروعًا",
    done: "منفَّذة",
    declined: "مرفوضة",
    forwarded: "محالة إلى جهة أخرى",
  },
  greeting: "مرحبًا،",
  newStatus: (title, status) => `تغيّرت حالة «${title}»: ${status}`,
  reason: (reason) => `السبب: ${reason}`,
  contact: {
    office: (name) => `الجهة المسؤولة: ${name}`,
    person: (name) => `الشخص المسؤول: ${name}`,
    email: (address) => `البريد الإلكتروني: ${address}`,
    phone: (number) => `الهاتف: ${number}`,
    url: (address) => `الموقع الإلكتروني: ${address}`,
  },
  toIdea: (url) => `رابط الفكرة: ${url}`,
  statusSubject: (title, status) => `جديد عن «${title}»: ${status}`,
  project: {
    headline: (title) => `ستصبح «${title}» مشروعًا!`,
    invitation: "للمشروع فريق وخطة وأخبار – شارك معنا إن أحببت.",
    link: (url) => `رابط المشروع: ${url}`,
    subject: (title) => `خبر سار: «${title}» ستصبح مشروعًا`,
  },
  approved: {
    headline: (title) => `راجعنا «${title}»، والآن يراها الجميع.`,
    next: "يرد مكتب الحي على كل مشاركة، وسنخبرك عندما يحدث شيء جديد.",
    subject: (title) => `نُشرت مشاركتك «${title}»`,
  },
  digest: {
    subjectOne: (title) => `جديد عن «${title}»`,
    subjectMany: (_count, shown) => `جديد عن أفكار من حيّك، عددها: ${shown}`,
    intro: (date) => `هذا ما جرى يوم ${date} في الأفكار التي تشارك فيها:`,
  },
  footer: {
    why: "تصلك هذه الرسالة لأنك كتبت هذه الفكرة أو شاركت في كتابتها أو دعمتها أو علّقت عليها.",
    stop: (url) => `لإيقاف رسائل البريد الإلكتروني: ${url}`,
  },
};
