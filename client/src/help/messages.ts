import { addGerman } from "../i18n/i18n.ts";
import { helpDe } from "./messages.de.ts";

/**
 * The feature's German messages, which the entry script leaves out. Every file of the
 * feature that shows a message imports this module, so they are added before it renders
 * (client/src/i18n/feature-messages.test.ts checks that).
 */
addGerman(helpDe);
