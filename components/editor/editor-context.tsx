"use client";

import { createContext, useContext } from "react";
import { InvalidFieldStore } from "./invalid-store";
import type { Removal } from "./removal-notice";

export interface EditorContextValue {
  /** Inputs are read-only and the add / move / remove / clear buttons are hidden. */
  readOnly: boolean;
  invalidFields: InvalidFieldStore;
  /** Paths of required texts still empty (a draft may be incomplete; submitting may not). */
  incomplete: ReadonlySet<string>;
  /** A row was removed: offer to put it back (撤销). */
  onRemoved: (removal: Removal) => void;
}

const fallback: EditorContextValue = { readOnly: true, invalidFields: new InvalidFieldStore(), incomplete: new Set(), onRemoved: () => {} };

export const EditorContext = createContext<EditorContextValue>(fallback);

export function useEditor(): EditorContextValue {
  return useContext(EditorContext);
}
