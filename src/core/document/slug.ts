// Slugs for ids. Apart from parse.ts so the planner can make step ids without loading zod.

/** A stable slug: lower-case ASCII letters, digits and single dashes. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'application';
}

/** `base`, or `base-2`, `base-3`… : the first that `used` does not hold. */
export function numbered(base: string, used: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}
