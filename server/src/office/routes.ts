import { can, isLogoType, LOGO_MAX_BYTES, officeInput, sniffLogoType } from "@quer/shared";
import { type Context, Hono } from "hono";
import { type Acting, audit } from "../audit/log.ts";
import { brokenBody, readAtMost } from "../http/body-limit.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, forbidden, invalid, notFound, unauthenticated, worded } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { jsonBody } from "../http/validate.ts";
import { officeMessages } from "./messages.ts";
import { auditView, logoHash, officeState, refreshOffice, writeOffice } from "./settings.ts";

/** The upload route: the API's body limit leaves it to its own (`LOGO_MAX_BYTES`). */
export const LOGO_UPLOAD_PATH = "/api/office/logo";
/** What the audit log calls the office. */
const TARGET = "office";
/** A logo's address names its bytes: whatever is served under it never changes. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** The signed-in manager, or 401 / 403 — before any body is read. */
function officeManager(c: Context<AppEnv>): Acting {
  const session = c.get("session");
  if (!session) throw unauthenticated();
  if (!can(c.get("actor"), "office.manage", null))
    throw forbidden(worded(officeMessages(requestLocale(c)).onlyManager));
  const { limits } = c.get("services");
  try {
    limitWrites(limits.writesPerPerson, session.user.id);
  } catch {
    throw new AppError("rate_limited", worded(officeMessages(requestLocale(c)).rateLimited));
  }
  return { id: session.user.id, name: session.user.name };
}

/**
 * The upload's bytes, refused as soon as they pass the cap: a declared length is judged
 * before anything is read, a chunked body while it arrives.
 */
async function logoBytes(c: Context<AppEnv>): Promise<Uint8Array> {
  const m = officeMessages(requestLocale(c));
  const tooLarge = () => new AppError("too_large", worded(m.tooLarge(LOGO_MAX_BYTES / 1024)));
  const declared = c.req.header("content-length");
  if (declared !== undefined && Number(declared) > LOGO_MAX_BYTES) throw tooLarge();
  const body = c.req.raw.body;
  if (!body) throw invalid(worded(m.empty));
  let bytes: Uint8Array | null;
  try {
    bytes = await readAtMost(body, LOGO_MAX_BYTES);
  } catch (error) {
    throw brokenBody(c, error);
  }
  if (!bytes) throw tooLarge();
  if (bytes.byteLength === 0) throw invalid(worded(m.empty));
  return bytes;
}

/** The office's name, logo and language. Mounted at `/api/office`. */
export const officeRoutes = new Hono<AppEnv>()
  .get("/", (c) => c.json({ office: officeState(c.get("services").db).office }))
  .put("/", jsonBody(officeInput), (c) => {
    const acting = officeManager(c);
    const input = c.req.valid("json");
    const { db, commands } = c.get("services");
    const before = officeState(db);
    const alt = input.logoAlt ?? before.logoAlt;
    if (before.logo && !alt) {
      const message = officeMessages(requestLocale(c)).altNeeded;
      throw invalid(worded(message), [{ path: ["logoAlt"], message: worded(message) }]);
    }
    const name = input.name ?? (before.named ? before.office.name : null);
    const locale = input.locale ?? before.office.locale;
    try {
      commands.run((cx) => {
        writeOffice(cx.db, acting.id, { name, logoAlt: alt || null, locale });
        const was = auditView(before);
        audit(cx, acting, {
          action: "office.update",
          target: TARGET,
          before: { name: was.name, logoAlt: was.logoAlt, locale: was.locale },
          after: { name, logoAlt: alt || null, locale },
        });
      });
    } finally {
      refreshOffice(db);
    }
    return c.json({ office: officeState(db).office });
  })
  .put("/logo", async (c) => {
    const acting = officeManager(c);
    const m = officeMessages(requestLocale(c));
    const declared = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!isLogoType(declared)) throw new AppError("unsupported_type", worded(m.notAPicture));
    const bytes = await logoBytes(c);
    // The bytes decide, not the header: a text file sent as image/png is no picture.
    const type = sniffLogoType(bytes);
    if (!type) throw new AppError("unsupported_type", worded(m.notAPicture));
    const { db, commands } = c.get("services");
    const before = officeState(db);
    const hash = logoHash(bytes);
    try {
      commands.run((cx) => {
        writeOffice(cx.db, acting.id, { logo: Buffer.from(bytes), logoType: type, logoHash: hash });
        audit(cx, acting, {
          action: "office.logo.set",
          target: TARGET,
          before: { logo: auditView(before).logo },
          after: { logo: hash, type, bytes: bytes.byteLength },
        });
      });
    } finally {
      refreshOffice(db);
    }
    return c.json({ office: officeState(db).office });
  })
  .delete("/logo", (c) => {
    const acting = officeManager(c);
    const { db, commands } = c.get("services");
    const before = officeState(db);
    if (before.logo) {
      try {
        commands.run((cx) => {
          // The description went with the picture it described.
          writeOffice(cx.db, acting.id, { logo: null, logoType: null, logoHash: null, logoAlt: null });
          audit(cx, acting, {
            action: "office.logo.remove",
            target: TARGET,
            before: { logo: auditView(before).logo, logoAlt: auditView(before).logoAlt },
          });
        });
      } finally {
        refreshOffice(db);
      }
    }
    return c.json({ office: officeState(db).office });
  })
  .get("/logo/:hash", (c) => {
    const { logo } = officeState(c.get("services").db);
    if (!logo || logo.hash !== c.req.param("hash"))
      throw notFound(worded(officeMessages(requestLocale(c)).noLogo));
    return c.body(new Uint8Array(logo.bytes), 200, {
      "Content-Type": logo.type,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": IMMUTABLE,
      // A picture and nothing else, even when opened on its own.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    });
  });
