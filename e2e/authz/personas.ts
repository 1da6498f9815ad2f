import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../helpers";

/** The five kinds of caller the matrix asks about. */
export const PERSONAS = ["anonymous", "editorOwn", "editorOther", "reviewer", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

/** editor434 drafts 434 and 499 (the department under test); editor401 drafts only 401. */
const USERNAMES: Record<Exclude<Persona, "anonymous">, string> = {
  editorOwn: "editor434",
  editorOther: "editor401",
  reviewer: "reviewer",
  admin: "admin",
};

/** A request context per persona, signed in through next-auth's credentials endpoint. */
export async function personaContexts(baseURL: string): Promise<Record<Persona, APIRequestContext>> {
  const contexts = {} as Record<Persona, APIRequestContext>;
  for (const persona of PERSONAS) {
    const context = await playwrightRequest.newContext({ baseURL });
    if (persona !== "anonymous") {
      const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await context.post("/api/auth/callback/credentials", {
        form: { csrfToken, username: USERNAMES[persona], password: DEMO_PASSWORD, json: "true" },
        maxRedirects: 0,
      });
      if (![200, 302].includes(response.status())) throw new Error(`sign-in of ${persona} failed: ${response.status()}`);
      const session = (await (await context.get("/api/auth/session")).json()) as { userId?: number };
      if (!session.userId) throw new Error(`no session for ${persona}`);
    }
    contexts[persona] = context;
  }
  return contexts;
}
