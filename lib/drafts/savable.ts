/**
 * What of a draft the server can take right now. The editor keeps everything typed; what it sends
 * is the document with each part the draft schema refuses (a text over its length limit, a list
 * over its row limit) put back to the value last saved there — so one part that cannot be saved
 * yet never holds back the rest. Those parts are reported (`held`) and stay in the browser until
 * they are fixed. Rows whose required text is still empty are not held: a draft may be incomplete.
 */
import { draftDocumentSchema, type DisclosureDocument } from "../disclosure/schema";
import { fieldErrors, type FieldError } from "../validation";

export interface Savable {
  /** The document to send, or null when no part-by-part repair makes it acceptable. */
  document: DisclosureDocument | null;
  /** The parts not sent as typed, with why. */
  held: FieldError[];
}

type Path = readonly PropertyKey[];

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function setAt(root: unknown, path: Path, value: unknown): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1);
  if (key === undefined || parent === null || typeof parent !== "object") return false;
  (parent as Record<PropertyKey, unknown>)[key] = value;
  return true;
}

/** A stand-in when the saved document has nothing at that place (a row added since). */
function emptyLike(value: unknown): unknown {
  if (typeof value === "string") return "";
  if (typeof value === "number") return 0;
  if (Array.isArray(value)) return [];
  return undefined;
}

const ROUNDS = 3;

export function savableDocument(document: DisclosureDocument, lastSaved: DisclosureDocument): Savable {
  const held: FieldError[] = [];
  let candidate: unknown = document;
  for (let round = 0; round < ROUNDS; round++) {
    const parsed = draftDocumentSchema.safeParse(candidate);
    if (parsed.success) return { document: candidate as DisclosureDocument, held };
    const repaired = structuredClone(candidate);
    held.push(...fieldErrors(parsed.error));
    for (const issue of parsed.error.issues) {
      const saved = valueAt(lastSaved, issue.path);
      const replacement = saved !== undefined ? structuredClone(saved) : emptyLike(valueAt(repaired, issue.path));
      if (issue.path.length === 0 || replacement === undefined || !setAt(repaired, issue.path, replacement)) {
        return { document: null, held };
      }
    }
    candidate = repaired;
  }
  return { document: null, held };
}
