/**
 * Element ids derived from document paths, so that a check finding, a server validation error or
 * an Excel import error (all of which name a dotted path such as "expenditure.projects.2.amount")
 * can scroll to and focus the field it concerns.
 */
import { sectionOf } from "@/lib/disclosure/sections";

/** The id of the element that edits (or shows) the value at `path`. */
export function fieldId(path: string): string {
  return `field-${path}`;
}

/** The id of an editor section container: 0 (the opening), 1 … 9. */
export function sectionElementId(section: number): string {
  return `editor-section-${section}`;
}

/** The editor part (0 = the opening, 1 … 9) that holds a field: the registry's section of it. */
export function sectionOfField(field: string): number | null {
  return sectionOf(field);
}

/**
 * The ids to try for a finding's field, nearest first: the field itself, then each shorter path
 * ("change.stated.total" → "change.stated" → "change"), then its section container.
 */
export function targetCandidates(field: string): string[] {
  const parts = field.split(".").filter((part) => part !== "");
  const ids: string[] = [];
  for (let n = parts.length; n > 0; n--) ids.push(fieldId(parts.slice(0, n).join(".")));
  const section = sectionOfField(field);
  if (section !== null) ids.push(sectionElementId(section));
  return ids;
}

/** The first candidate for which `exists` holds; null when none does. */
export function resolveTarget(field: string, exists: (id: string) => boolean): string | null {
  return targetCandidates(field).find(exists) ?? null;
}

const FOCUSABLE = new Set(["INPUT", "SELECT", "TEXTAREA", "BUTTON", "A"]);

/** Scrolls to the element nearest to `field` and focuses it. Returns whether one was found. */
export function focusField(field: string): boolean {
  const id = resolveTarget(field, (candidate) => document.getElementById(candidate) !== null);
  const element = id === null ? null : document.getElementById(id);
  if (!element) return false;
  // A container (list, stated box, section) becomes focusable on demand, so the keyboard lands there.
  if (!FOCUSABLE.has(element.tagName) && !element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  element.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
  element.focus({ preventScroll: true });
  return true;
}
