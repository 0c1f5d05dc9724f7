import { intlTag, locale } from "../i18n/i18n.ts";

/** Euro cents as the reader's language writes money: "1.234,50 €" or "€1,234.50". */
export function formatEuros(cents: number): string {
  return new Intl.NumberFormat(intlTag(locale()), { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** Cents as a plain number for an input field: 123450 → "1234.50", 5000 → "50". */
export function centsToInput(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/**
 * What someone typed as euros, in cents: "1234,50", "1.234,50", "1234.5", "50 €".
 * Undefined when it is not an amount.
 */
export function parseEuros(raw: string): number | undefined {
  let s = raw.replace(/[€\s]/g, "");
  if (s === "") return undefined;
  // The separator that comes last, followed by one or two digits, is the decimal one.
  const at = Math.max(s.lastIndexOf(","), s.lastIndexOf("."));
  if (at >= 0 && s.length - at - 1 <= 2) {
    const whole = s.slice(0, at).replace(/[.,]/g, "");
    s = `${whole}.${s.slice(at + 1)}`;
  } else {
    s = s.replace(/[.,]/g, "");
  }
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return undefined;
  return Math.round(Number(s) * 100);
}
