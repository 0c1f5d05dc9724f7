import type { ProjectsMessages } from "./messages.types.ts";

/** English messages of the projects feature, typed against the German ones. */
export const projectsEn: ProjectsMessages = {};
