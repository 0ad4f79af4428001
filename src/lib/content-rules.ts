/**
 * What an editor may write in content/: the rules the build enforces, as pure functions over
 * the MDX syntax tree and the loaded entries. Each problem is worded for the editor, names the
 * file and line, and says what to do instead. The mdast plugin (src/build/mdast-content-rules.ts)
 * and the page loaders call these; test/unit/build/content-rules.test.ts proves each one.
 */

/**
 * Where the render step finds the element names a file uses (Astro's remarkPluginFrontmatter):
 * the mdast plugin writes them, the page loaders check them against the components map.
 */
export const ELEMENTS_KEY = 'contentElements';

/** The least an argument may say: an argument with less is a stub, not an explanation. */
export const MIN_ARGUMENT_WORDS = 350;

/** Elements that load or run something, refused whatever the components map says. */
const NEVER = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form']);

export interface Problem {
  /** What is wrong, in the editor's words. */
  message: string;
  /** What to do instead. */
  hint: string;
  line?: number;
}

/** The few mdast/MDX node fields the rules read (the full types live in transitive packages). */
export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** `import Name from '../../src/components/….astro'`: a site component a file brings in itself (a map, for its styles). */
const COMPONENT_IMPORT = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+['"](?:\.\.\/)+src\/components\/[A-Za-z0-9/_-]+\.astro['"];?$/;

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

/** The host of a web address, without `www.`; undefined for anything that is not http(s). */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The hosts of the sources list: the only outside sites content may link to. */
export function sourceHosts(sources: readonly { url: string }[]): Set<string> {
  return new Set(sources.flatMap((s) => hostOf(s.url) ?? []));
}

export interface TreeReport {
  problems: Problem[];
  /** Every element name the file uses, for the check against the components map at render time. */
  elements: string[];
}

/**
 * Check one MDX file's tree: no raw HTML that loads or runs something, no event handlers,
 * no code (imports, exports, `{…}`), and outside links only to hosts of the sources list.
 */
export function checkMdxTree(tree: MdNode, allowedHosts: ReadonlySet<string>): TreeReport {
  const problems: Problem[] = [];
  const elements = new Set<string>();
  const imported = new Set<string>();
  walk(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm': {
        const lines = String(node.value ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
        for (const text of lines) {
          const component = COMPONENT_IMPORT.exec(text);
          if (component) {
            imported.add(component[1]!);
            continue;
          }
          problems.push({
            line,
            message: `"${text}": content may import only the site’s own components (from src/components/), and export nothing`,
            hint: 'Delete the line. The site’s components (<Quote>, <Cite>, …) work without importing them.',
          });
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line,
          message: 'curly braces {…}, which MDX runs as code',
          hint: 'To show a brace in the text, write \\{ or \\}.',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        // A fragment (<>…</>) has no name and renders nothing of its own.
        const name = node.name ?? '';
        if (!name) break;
        elements.add(name);
        if (NEVER.has(name.toLowerCase())) {
          problems.push({
            line,
            message: `a raw <${name}> element, which could run or load something on readers’ machines`,
            hint: 'Remove it. Content uses the site’s own components only; ask a developer for a new component if one is needed.',
          });
        }
        for (const attribute of node.attributes ?? []) {
          // An event handler runs script in the reader's browser, whatever element carries it.
          if (attribute.type === 'mdxJsxAttribute' && attribute.name && /^on/i.test(attribute.name)) {
            problems.push({
              line,
              message: `an event-handler attribute ${attribute.name}="…" on <${name}>`,
              hint: 'Remove the attribute: content cannot run scripts (the site’s Content-Security-Policy would block it anyway).',
            });
          }
        }
        break;
      }
      case 'html':
        problems.push({ line, message: 'raw HTML', hint: 'Use Markdown or the site’s components instead.' });
        break;
      case 'link':
      case 'definition':
      case 'image': {
        const url = node.url ?? '';
        if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) break;
        const host = hostOf(url);
        if (node.type === 'image') {
          problems.push({ line, message: `an image from "${url}"`, hint: 'The site loads nothing from elsewhere; figures are components drawn at build time.' });
        } else if (!host) {
          problems.push({ line, message: `a link to "${url}", which is not a web page on this site or a source`, hint: 'Link within the site with a path such as /#background, or cite a source with <Cite id="…" />.' });
        } else if (!allowedHosts.has(host)) {
          problems.push({
            line,
            message: `a link to ${host}, which is not a host of the sources list`,
            hint: 'Outside sites are cited, not linked: add the source to src/data/sources.ts (from the fact sheet) and write <Cite id="…" /> instead of the link.',
          });
        }
        break;
      }
    }
  });
  // A component the file imports from src/components/ is the site's own, like those of the map.
  return { problems, elements: [...elements].filter((name) => !imported.has(name)) };
}

/** Element names a file uses that the components map it is rendered with does not provide. */
export function unknownElements(used: readonly string[], components: Readonly<Record<string, unknown>>): string[] {
  return used.filter((name) => !Object.hasOwn(components, name));
}

export interface ArgumentFile {
  /** The file, relative to the project root. */
  file: string;
  number: number;
  /** Words of its body, as the reader reads them. */
  words: number;
}

/** Check the arguments as a set: each has at least MIN_ARGUMENT_WORDS words, and no two share a number. */
export function checkArguments(entries: readonly ArgumentFile[]): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map<number, ArgumentFile>();
  for (const entry of entries) {
    if (entry.words === 0) {
      problems.push({ message: `${entry.file} has no text.`, hint: 'Write the argument below the frontmatter (the block between the --- lines).' });
    } else if (entry.words < MIN_ARGUMENT_WORDS) {
      problems.push({
        message: `${entry.file} has ${entry.words} words; an argument needs at least ${MIN_ARGUMENT_WORDS}.`,
        hint: 'Finish the explanation, or restore the text from version control if it was cut by mistake.',
      });
    }
    const other = byNumber.get(entry.number);
    if (other) {
      problems.push({
        message: `${other.file} and ${entry.file} both have number: ${entry.number}.`,
        hint: 'Each argument has its own number, 1 to 5, in the essay’s order: renumber one of the two files.',
      });
    } else {
      byNumber.set(entry.number, entry);
    }
  }
  return problems;
}
