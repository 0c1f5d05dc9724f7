import type { WelcomeMessages } from "./messages.types.ts";

export const welcomeTr: WelcomeMessages = {
  title: "Mahallemiz için fikirler",
  description:
    "Mahallede neler olsun istersin? Seni ne rahatsız ediyor? Fikrini paylaş ya da bir sorunu bildir. " +
    "Mahalle ofisi her gönderiye cevap verir.",
  categories: ["Buluşma", "Yeşil alan ve çevre", "Trafik", "Oyun ve spor", "Kültür", "Diğer"],
};
