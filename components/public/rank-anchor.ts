/** The id of a department's row in a year ranking: the year view's search links to it on its page. */
export function rankAnchor(ref: string): string {
  return `rank-${ref}`;
}
