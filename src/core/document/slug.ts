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
