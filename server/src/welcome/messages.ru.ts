import type { WelcomeMessages } from "./messages.types.ts";

export const welcomeRu: WelcomeMessages = {
  title: "Ideas for our neighbourhood",
  description:
    "What would you like for the neighbourhood? What bothers you? Share your idea or report a problem – " +
    "the neighbourhood office answers every post.",
  categories: ["Meeting people", "Green & environment", "Traffic", "Play & sport", "Culture", "Other"],
};
