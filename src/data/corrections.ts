/**
 * Updates and corrections, newest last: what changed in the explainer's text after it was first
 * published (main at 8575d0e), when, and why, one line each; an error made and fixed between
 * publications is not listed. About on `/` lists them all; each argument's own page lists those
 * that concern it (an entry that concerns none, such as the map drawn only on `/`, is on `/`
 * alone); and a page's modified date (visible, in its citation and in its JSON-LD
 * `dateModified`) is the latest of these that concerns it (src/lib/corrections.ts).
 * A correction fixes something a reader could have relied on; an update changes wording or
 * adds context without a prior error.
 */
import type { IsoDay } from './timeline';

/** The list's heading, in About on `/`, in its contents list and on each argument's page. */
export const CORRECTIONS_TITLE = 'Updates and corrections';

/** The five arguments' slugs (pinned: they are the share paths). */
export type ArgumentSlug = 'statement-not-treaty' | 'leaders-short-terms' | 'structural-imbalance' | 'costs-and-proximity' | 'multipolar-region';

export interface Correction {
  date: IsoDay;
  kind: 'Corrected' | 'Updated';
  /** The arguments whose pages show the entry (an argument's page draws the timeline too). */
  concerns: readonly ArgumentSlug[];
  /** Where on `/` the change is, as a reader would look for it. */
  where: string;
  /** One line, after "Corrected:" or "Updated:": what changed and why. */
  text: string;
}

const ALL: readonly ArgumentSlug[] = ['statement-not-treaty', 'leaders-short-terms', 'structural-imbalance', 'costs-and-proximity', 'multipolar-region'];

export const corrections: readonly Correction[] = [
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['statement-not-treaty'],
    where: 'Argument 1',
    text: 'we said that, for Huang, a leaders’ declaration lasts only as long as the leaders stay in office; he says only that whether later governments keep to it remains to be seen.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['statement-not-treaty'],
    where: 'Argument 1',
    text: 'we said Huang reads the word alliance in its strict sense, countries bound by treaty; his essay uses it for the three-way grouping throughout.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['multipolar-region'],
    where: 'Argument 5, map of the four groupings',
    text: 'the key put members such as Australia, Belarus and Iran in “neither bloc”; the essay places only India and ASEAN on neither side, so the key now reads “Other member”.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['leaders-short-terms'],
    where: 'Argument 2 and What happened next',
    text: 'the National Assembly’s vote to demand the lifting of martial law was on 4 December 2024, not 3 December; Yoon’s declaration was on 3 December.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['leaders-short-terms'],
    where: 'What happened next, caption',
    text: 'we said the three leaders had not met since Trump’s second term began; the source says that no three-way leaders’ summit had been held.',
  },
  {
    date: '2026-12-06',
    kind: 'Updated',
    concerns: ['leaders-short-terms'],
    where: 'What happened next',
    text: 'the trilateral record now starts in December 2023, with the activation of the missile-warning data mechanism, rather than in June 2024.',
  },
  {
    date: '2026-12-06',
    kind: 'Updated',
    concerns: ALL,
    where: 'Arguments 1 to 5',
    text: 'titles name topics rather than state Huang’s claims; passages close to the essay’s wording are in our own words; the notes on each argument’s premises no longer comment on its evidence.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    // The overview map is drawn only at the top of `/`, so the entry is listed there alone.
    concerns: [],
    where: 'Map at the top of the page',
    text: 'the list under the map had Huang name ASEAN’s ten member states as taking neither side; he names ASEAN, the organisation, and the shading of its members is ours.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['structural-imbalance'],
    where: 'Argument 3',
    text: 'we said the US and Japan do not air their disagreement in public; Huang says only that both have tried not to.',
  },
  {
    date: '2026-12-06',
    kind: 'Updated',
    concerns: ['statement-not-treaty', 'leaders-short-terms', 'costs-and-proximity'],
    where: 'What happened next; arguments 1, 2 and 4',
    text: 'the timeline now shows Yoon’s impeachment on 14 December 2024, Trump’s election, and Kishida’s and Ishiba’s announcements that they would step down, and is described as a selection of the trilateral steps; the notes point to the timeline rather than repeat it.',
  },
  {
    date: '2026-12-06',
    kind: 'Updated',
    concerns: ALL,
    where: 'Sources',
    text: 'titles we had rebuilt from web addresses are now bracketed descriptions.',
  },
  {
    date: '2026-12-06',
    kind: 'Updated',
    concerns: ALL,
    where: 'Title, site name, standfirst and arguments 1 to 5',
    text: 'the title and the site’s name no longer call the three-way grouping an alliance in our own voice (the word is Huang’s); the standfirst no longer speaks of context to weigh the argument; each note on an argument’s premises says which premises Huang states and which he leaves implied.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['costs-and-proximity', 'multipolar-region'],
    where: 'The maps’ credit',
    text: 'we said the map data follows UN views on disputed areas; its makers say only that it redraws some disputed borders, such as Ukraine’s, as the UN sees them.',
  },
  {
    date: '2026-12-06',
    kind: 'Updated',
    concerns: ['statement-not-treaty', 'costs-and-proximity'],
    where: 'Arguments 1 and 4, Context',
    text: 'that the US–South Korea treaty allows US forces to be stationed in South Korea is now said with the treaty’s other terms, in argument 1, rather than beside Huang’s point about distance.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['statement-not-treaty'],
    where: 'Argument 1 and its figure',
    text: 'we said the three countries already have two treaties; they have two defence treaties, both with the United States, and Japan and South Korea also have their 1965 treaty.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['leaders-short-terms'],
    where: 'Argument 2',
    text: 'we had Huang conclude that none of the three leaders could promise the policy would outlast his time in office, and that nothing in the statement guarantees it will outlast them; he draws neither conclusion, and says only that whether it lasts remains to be seen.',
  },
  {
    date: '2026-12-06',
    kind: 'Corrected',
    concerns: ['structural-imbalance'],
    where: 'Argument 3',
    text: 'we said that, for Huang, Yoon’s Japan policy served his own standing as well as his country’s; Huang says Yoon sought equal status with Japan for himself at least, if not wholly for his country.',
  },
];
