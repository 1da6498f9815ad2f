/**
 * A label's {placeholders} filled in: fill("{name}{year}年部门预算", { name, year }). Unknown
 * placeholders are left as written. The one implementation, for both label dictionaries
 * (components/public/labels.ts, lib/compare/labels.ts) and client components that must not carry
 * a whole dictionary.
 */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
