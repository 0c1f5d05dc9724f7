import type { AccountMessages } from "./messages.types.ts";

export const accountTr: AccountMessages = {
  cowritingNote:
    "Bir fikrin metnini yazarı ve birlikte yazan herkes ortaklaşa yazar. " +
    "Quer metni tek bir ortak belge olarak saklar ve hangi kelimeyi kimin yazdığını kaydetmez. " +
    "Bu yüzden bu fikirlerin metninde senin payını diğerlerininkinden ayıramayız: " +
    "Burada hangi fikirleri birlikte yazdığını görüyorsun; metnin tamamı fikrin sayfasında. " +
    "Herkesin birlikte yazabildiği konularda, kimin hangi fikri birlikte yazdığı kaydedilmez.",
  deletedAccount: "Silinmiş hesap",
  exportFileName: "quer-verilerim",
};
