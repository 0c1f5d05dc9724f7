import type { ExportMessages } from "./messages.types.ts";

/** Status and kind as the app shows them (client/src/i18n/ar.ts). */
export const exportsAr: ExportMessages = {
  header: {
    id: "المعرّف",
    title: "العنوان",
    kind: "النوع",
    category: "الفئة",
    status: "الحالة",
    statusReason: "السبب",
    votes: "الأصوات",
    comments: "التعليقات",
    createdAt: "تاريخ الإنشاء",
    author: "الكاتب",
    coauthors: "المشاركون في الكتابة",
    contactOffice: "أُحيلت إلى",
    contactPerson: "الشخص المسؤول",
    contactEmail: "البريد الإلكتروني",
    contactPhone: "الهاتف",
    contactUrl: "الموقع الإلكتروني",
  },
  kind: { idea: "فكرة", problem: "مشكلة" },
  status: {
    new: "جديدة",
    reviewing: "قيد المراجعة",
    accepted: "مقبولة",
    project: "مشروع",
    done: "منفَّذة",
    declined: "مرفوضة",
    forwarded: "محالة إلى جهة أخرى",
  },
  nameSeparator: "، ",
  // Year first, digits only: reads the same in either direction and sorts as text.
  dateTime: (p) => `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`,
  fileSuffix: { office: "جدول", contract: "بيانات-خام", json: "بيانات" },
  fileFallback: "موضوع",
  forbidden: "التصدير من مهام مديرة الحي.",
  notFound: "هذا الموضوع غير موجود.",
};
