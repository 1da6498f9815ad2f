"use client";

import { createContext, useContext } from "react";
import { InvalidFieldStore } from "./invalid-store";

export interface EditorContextValue {
  /** Inputs are read-only and the add / move / remove / clear buttons are hidden. */
  readOnly: boolean;
  invalidFields: InvalidFieldStore;
  /** Paths of required texts still empty (a draft may be incomplete; submitting may not). */
  incomplete: ReadonlySet<string>;
}

const fallback: EditorContextValue = { readOnly: true, invalidFields: new InvalidFieldStore(), incomplete: new Set() };

export const EditorContext = createContext<EditorContextValue>(fallback);

export function useEditor(): EditorContextValue {
  return useContext(EditorContext);
}
