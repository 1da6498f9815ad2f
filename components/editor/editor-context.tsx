"use client";

import { createContext, useContext } from "react";
import { InvalidFieldStore } from "./invalid-store";

export interface EditorContextValue {
  /** Inputs are read-only and the add / move / remove / clear buttons are hidden. */
  readOnly: boolean;
  invalidFields: InvalidFieldStore;
}

const fallback: EditorContextValue = { readOnly: true, invalidFields: new InvalidFieldStore() };

export const EditorContext = createContext<EditorContextValue>(fallback);

export function useEditor(): EditorContextValue {
  return useContext(EditorContext);
}
