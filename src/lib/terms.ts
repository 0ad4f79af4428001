/**
 * The glossary ids an MDX body marks with `<Term id="...">`, in first-use order, each once.
 * A page renders one definition popover per id it finds here.
 */
export function termIdsIn(mdxBody: string): string[] {
  const ids = [...mdxBody.matchAll(/<Term\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
  // A tag these checks cannot read would leave its button opening nothing: fail loudly.
  const opened = mdxBody.match(/<Term\b/g)?.length ?? 0;
  if (opened !== ids.length) throw new Error(`Found ${opened} <Term> tags but could read ${ids.length}: use a literal id="..."`);
  return [...new Set(ids)];
}
