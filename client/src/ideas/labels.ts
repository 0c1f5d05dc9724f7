import type { IdeaKind, IdeaStatus } from "@quer/shared";
import type { MessageKey } from "../i18n/de.ts";
import { t } from "../i18n/i18n.ts";

export const kindLabel = (kind: IdeaKind) => t(`idea.kind.${kind}` satisfies MessageKey);
export const statusLabel = (status: IdeaStatus) => t(`idea.status.${status}` satisfies MessageKey);
