import { useLocation } from "@solidjs/router";
import { createEffect, type JSX, onMount } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { currentOffice } from "../office/office.ts";

/** The path whose heading last took focus; `null` until the first page has rendered. */
let lastPath: string | null = null;

/**
 * The page's h1. It names the document, and after an in-app navigation it takes focus,
 * so screen readers announce the new page as they would after a full load. The first
 * page of a visit keeps the browser's own focus start (skip link first).
 */
export function PageHeading(props: {
  text: string;
  id?: string;
  /** The heading is people's words (a board's or an idea's title): it reads in its own direction. */
  own?: boolean;
  children?: JSX.Element;
}) {
  const location = useLocation();
  let el: HTMLHeadingElement | undefined;
  createEffect(() => {
    // The office's own name where people look for whose page it is (tabs, bookmarks).
    document.title = t("app.title", { page: props.text, office: currentOffice()?.name ?? t("app.name") });
  });
  onMount(() => {
    const path = location.pathname;
    if (lastPath !== null && lastPath !== path) el?.focus();
    lastPath = path;
  });
  return (
    <h1
      ref={el}
      id={props.id}
      tabIndex={-1}
      class="page-heading"
      classList={{ "is-own": props.own === true }}
    >
      {props.children ?? props.text}
    </h1>
  );
}
