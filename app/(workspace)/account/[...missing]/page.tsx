/** Any other address here: the workspace not-found page (app/(workspace)/missing-page.tsx). */
export { default } from "../../missing-page";
