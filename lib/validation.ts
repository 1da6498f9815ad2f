/** Turning zod issues into the Chinese messages the UI lists, each with the field it concerns. */
import type { z } from "zod";

export interface FieldError {
  /** Dotted path into the submitted value, e.g. "expenditure.projects.2.amount". */
  field: string;
  message: string;
}

export function fieldErrors(error: z.ZodError, max = 100): FieldError[] {
  return error.issues.slice(0, max).map((issue) => ({
    field: issue.path.map(String).join("."),
    message: issue.message,
  }));
}
