import { z } from "zod";
import { displayName } from "../auth/schemas.ts";
import { issue } from "../http/issue-keys.ts";
import { singleLineText } from "../text/schemas.ts";
import { phases } from "./rules.ts";

export const startSessionInput = z.strictObject({
  /** Days after the session until guests' display names are removed. */
  retentionDays: z.number().int().min(1).max(365).optional(),
});

export const joinInput = z.strictObject({
  code: z.string().trim().min(1, issue("codeRequired")).max(20),
  name: displayName.optional(),
});

export const phaseInput = z.strictObject({ phase: z.enum(phases) });

export const timerInput = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("start"),
    seconds: z
      .number()
      .int()
      .min(10)
      .max(4 * 3600),
  }),
  z.strictObject({ action: z.literal("pause") }),
  z.strictObject({ action: z.literal("resume") }),
  z.strictObject({ action: z.literal("add"), seconds: z.number().int().min(10).max(3600) }),
  z.strictObject({ action: z.literal("reset") }),
]);

export const spotlightInput = z.strictObject({ ideaId: z.string().max(40).nullable() });

export const tableInput = z.strictObject({ title: singleLineText().min(1).max(80) });

export const workshopSettingsInput = z
  .strictObject({
    participantCanvas: z.boolean().optional(),
    postingOpen: z.boolean().optional(),
    retentionDays: z.number().int().min(1).max(365).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: issue("nothingToChange") });
