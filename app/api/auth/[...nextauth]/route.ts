import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth 4 reads params synchronously; Next 16 gives them as a promise.
  const params = await context.params;
  // Credentials are only ever POSTed; next-auth answers a GET of their callback with a 500
  // ("Callback for provider type credentials not supported"). It is the client's mistake: 405.
  if (request.method === "GET" && params.nextauth.join("/") === "callback/credentials") {
    return new Response("请通过登录页面登录。", { status: 405, headers: { allow: "POST", "content-type": "text/plain; charset=utf-8" } });
  }
  return NextAuth(request as never, { params } as never, authOptions(request));
}

export { handler as GET, handler as POST };
