import { isOneSentence, isVerbatim } from '../lib/quotes';

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
  column?: number;
}

/** The few mdast/MDX node fields the rules read (the full types live in transitive packages). */
export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  /** A literal attribute's value is a string; `name={…}` gives an object, `{...spread}` a string of code. */
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column?: number } };
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

/** The hosts of the sources list. */
export function sourceHosts(sources: readonly { url: string }[]): Set<string> {
  return new Set(sources.flatMap((s) => hostOf(s.url) ?? []));
}

/** The only outside sites content may link to: the sources' hosts and the licence's. */
export function linkHosts(sources: readonly { url: string }[], licenceUrl: string): Set<string> {
  return new Set([...sourceHosts(sources), ...sourceHosts([{ url: licenceUrl }])]);
}

/** What the rules check an MDX file against: the site's typed data and the essay. */
export interface ContentRules {
  /** The only outside hosts content may link to (linkHosts). */
  hosts: ReadonlySet<string>;
  /** The ids a `<Cite id>` may name: src/data/sources.ts. */
  sourceIds: ReadonlySet<string>;
  /** The ids a `<Term id>` may name: src/data/glossary.ts. */
  termIds: ReadonlySet<string>;
  /** The essay's text, which every `<Quote>` must appear in; undefined where it is absent (the build then says so). */
  essay: string | undefined;
}

/** The rules for this site's data: one place for the build's plugin and the tests to build them from. */
export function contentRules(data: {
  sources: readonly { id: string; url: string }[];
  glossary: readonly { id: string }[];
  essay: string | undefined;
  /** The licence's address, whose host content may link to as well. */
  licenceUrl?: string;
}): ContentRules {
  return {
    hosts: data.licenceUrl ? linkHosts(data.sources, data.licenceUrl) : sourceHosts(data.sources),
    sourceIds: new Set(data.sources.map((s) => s.id)),
    termIds: new Set(data.glossary.map((t) => t.id)),
    essay: data.essay,
  };
}

/**
 * An expression that holds only comments (`{/* note to self *\/}`, `{// note}`): MDX publishes
 * nothing for it, so an editor may leave notes that way.
 */
export function isCommentOnly(code: string): boolean {
  return /^(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*)*$/.test(code);
}

/** The text inside a node, as the reader reads it (a `<Quote>`'s words). */
function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** Edits between two ids (Levenshtein), to suggest the id an editor probably meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** The known id closest to a misspelt one, if one is close enough to be a likely typo. */
export function nearestId(id: string, known: Iterable<string>): string | undefined {
  let best: { id: string; edits: number } | undefined;
  for (const candidate of known) {
    const edits = distance(id, candidate);
    if (!best || edits < best.edits) best = { id: candidate, edits };
  }
  return best && best.edits <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

/** A quotation as the message shows it: short enough to read in a terminal line. */
const shown = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 70 ? `${flat.slice(0, 67)}…` : flat}”`;
};

/** What `<Cite id>` and `<Term id>` name, and where the editor looks the ids up. */
const ID_ELEMENTS = {
  Cite: {
    rule: 'sourceIds',
    file: 'src/data/sources.ts',
    what: 'source',
    add: 'add its entry there first, from the fact sheet (../shared/context/facts.md), then cite it',
  },
  Term: {
    rule: 'termIds',
    file: 'src/data/glossary.ts',
    what: 'glossary entry',
    add: 'add its entry there first, defined in our own words from the fact sheet',
  },
} as const;

/** The problem with a `<Cite>` or `<Term>` id, if any: missing, not written out, or not in its data file. */
function idProblem(node: MdNode, name: keyof typeof ID_ELEMENTS, rules: ContentRules): Problem | undefined {
  const { rule, file, what, add } = ID_ELEMENTS[name];
  const line = node.position?.start.line;
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (!attribute) {
    return { line, message: `a <${name}> without an id`, hint: `Write <${name} id="…"> with the id of a ${what} in ${file}.` };
  }
  if (typeof attribute.value !== 'string') {
    return {
      line,
      message: `<${name} id={…}>: the id is code, which the build cannot read`,
      hint: `Write the id in quotation marks, <${name} id="…">, as it is spelt in ${file}.`,
    };
  }
  const id = attribute.value;
  if (rules[rule].has(id)) return undefined;
  const near = nearestId(id, rules[rule]);
  return {
    line,
    message: `<${name} id="${id}">: there is no ${what} with the id "${id}" in ${file}`,
    hint: `${near ? `Did you mean id="${near}"? ` : ''}Ids are spelt exactly as in ${file}. For a new ${what}, ${add}.`,
  };
}

/** The problems with a `<Quote>`: empty, longer than a sentence, or not word for word in the essay. */
function quoteProblems(node: MdNode, essay: string | undefined): Problem[] {
  const line = node.position?.start.line;
  const text = textOf(node);
  if (!text.trim()) return [{ line, message: 'an empty <Quote>', hint: 'Put the essay’s words between <Quote> and </Quote>, or delete the tags.' }];
  const problems: Problem[] = [];
  if (!isOneSentence(text)) {
    problems.push({
      line,
      message: `the quotation ${shown(text)} runs past one sentence`,
      hint: 'Quote at most one sentence of the essay: end the <Quote> at the sentence’s end and say the rest in our own words.',
    });
  }
  if (essay !== undefined && !isVerbatim(text, essay)) {
    problems.push({
      line,
      message: `the quotation ${shown(text)} is not word for word in the essay`,
      hint:
        'Copy the words exactly from the essay (../shared/source/essay.txt), keeping even its typos; only straight and curly quotation marks may differ. ' +
        'Or say it in our own words, without <Quote>.',
    });
  }
  return problems;
}

/** An element a file uses, with the line of its first use. */
export interface ElementUse {
  name: string;
  line?: number;
}

export interface TreeReport {
  problems: Problem[];
  /** Every element the file uses (once each), for the check against the components map at render time. */
  elements: ElementUse[];
}

/**
 * Check one MDX file's tree: no raw HTML that loads or runs something, no event handlers,
 * no code (imports, exports, `{…}` other than a comment), outside links only to hosts of the
 * sources list, every `<Cite id>` and `<Term id>` known, and every `<Quote>` one sentence of the essay, word for word.
 */
export function checkMdxTree(tree: MdNode, rules: ContentRules): TreeReport {
  const problems: Problem[] = [];
  const elements = new Map<string, ElementUse>();
  const imported = new Set<string>();
  walk(tree, (node) => {
    const line = node.position?.start.line;
    const found = problems.length;
    switch (node.type) {
      case 'mdxjsEsm': {
        const lines = String(node.value ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
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
        if (isCommentOnly(String(node.value ?? ''))) break;
        problems.push({
          line,
          message: 'curly braces {…}, which MDX runs as code',
          hint: 'To show a brace in the text, write \\{ or \\}. A note to other editors goes in a comment, {/* … */}, which is not published.',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        // A fragment (<>…</>) has no name and renders nothing of its own.
        const name = node.name ?? '';
        if (!name) break;
        if (!elements.has(name)) elements.set(name, { name, line });
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
        // After what could run code, which is reported first: what the words and ids say.
        if (name === 'Cite' || name === 'Term') {
          const problem = idProblem(node, name, rules);
          if (problem) problems.push(problem);
        }
        if (name === 'Quote') problems.push(...quoteProblems(node, rules.essay));
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
          problems.push({
            line,
            message: `an image from "${url}"`,
            hint: 'The site loads nothing from elsewhere; figures are components drawn at build time.',
          });
        } else if (!host) {
          problems.push({
            line,
            message: `a link to "${url}", which is not a web page on this site or a source`,
            hint: 'Link within the site with a path such as /#background, or cite a source with <Cite id="…" />.',
          });
        } else if (!rules.hosts.has(host)) {
          problems.push({
            line,
            message: `a link to ${host}, which is not a host of the sources list`,
            hint: 'Outside sites are cited, not linked: add the source to src/data/sources.ts (from the fact sheet) and write <Cite id="…" /> instead of the link.',
          });
        }
        break;
      }
    }
    for (const problem of problems.slice(found)) problem.column ??= node.position?.start.column;
  });
  // A component the file imports from src/components/ is the site's own, like those of the map.
  return { problems, elements: [...elements.values()].filter(({ name }) => !imported.has(name)) };
}

/** Element names a file uses that the components map it is rendered with does not provide. */
export function unknownElements(used: readonly ElementUse[], components: Readonly<Record<string, unknown>>): ElementUse[] {
  return used.filter(({ name }) => !Object.hasOwn(components, name));
}

/** The editor's message for elements the components map does not provide, at the first one's line. */
export function unknownElementsProblem(
  file: string,
  unknown: readonly ElementUse[],
  components: Readonly<Record<string, unknown>>,
): Problem & { file: string } {
  const [first] = unknown;
  const names = unknown.map(({ name, line }) => `<${name}>${unknown.length > 1 && line ? ` (line ${line})` : ''}`).join(', ');
  return {
    file,
    line: first?.line,
    message: `${file}${first?.line ? `, line ${first.line}` : ''}: uses ${names}, which ${unknown.length > 1 ? 'are' : 'is'} not among the site’s content components.`,
    hint: `Content may use only ${Object.keys(components)
      .map((name) => `<${name}>`)
      .join(', ')} and Markdown. Check the spelling (names are case-sensitive), or write Markdown instead of HTML.`,
  };
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
