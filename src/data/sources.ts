/**
 * Every source the site cites, one entry each, in any order: a source's number is derived from
 * where the content first cites it (src/lib/outline.ts), so adding a source is adding an
 * entry here and citing it with `<Cite id="..." />`. Each entry comes from
 * ../shared/context/facts.md, which names the most authoritative source per fact; the build
 * checks every entry (src/lib/source-schema.ts).
 */
export interface Source {
  /** Stable kebab-case key used by `<Cite id>` (the entry's anchor is its number, `#source-<n>`). */
  id: string;
  /**
   * Headline or document title, as the publisher gives it. Where no headline could be confirmed,
   * a description in square brackets, which the sources list shows as such.
   */
  title: string;
  /** Who published it. */
  publisher: string;
  /** Publication date, ISO `YYYY-MM-DD` or `YYYY-MM`; left out when the fact sheet does not give one. */
  date?: string;
  url: string;
}

export const sources = [
  {
    id: 'mcst-camp-david-summit',
    title: 'Camp David summit reshapes Korea-U.S.-Japan ties',
    publisher: 'Ministry of Culture, Sports and Tourism (MCST) / KOCIS, Republic of Korea',
    date: '2023-08-28',
    url: 'http://www.mcst.go.kr/english/policy/kocis/newsView.jsp?pSeq=177',
  },
  {
    id: 'yomiuri-camp-david-summit',
    title: '[Report on the Japan-U.S.-South Korea summit at Camp David]',
    publisher: 'The Yomiuri Shimbun / The Japan News',
    date: '2023-08-22',
    url: 'https://japannews.yomiuri.co.jp/politics/defense-security/20230822-131200/',
  },
  {
    id: 'usembassy-summit-page',
    title: 'Trilateral Leaders Summit',
    publisher: 'U.S. Embassy & Consulate in the Republic of Korea',
    url: 'https://kr.usembassy.gov/2023-trilateral-leaders-summit/',
  },
  {
    id: 'commitment-to-consult',
    title: 'Commitment to Consult',
    publisher: 'U.S. Embassy & Consulate in the Republic of Korea',
    date: '2023-08-19',
    url: 'https://kr.usembassy.gov/081923-commitment-to-consult/',
  },
  {
    id: 'whitehouse-camp-david-fact-sheet',
    title: 'FACT SHEET: The Trilateral Leaders’ Summit at Camp David',
    publisher: 'The White House',
    date: '2023-08-18',
    url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2023/08/18/fact-sheet-the-trilateral-leaders-summit-at-camp-david/',
  },
  {
    id: 'efe-camp-david-china',
    title: '[EFE report on the Camp David statement’s criticism of China]',
    publisher: 'EFE, via La Prensa Latina',
    url: 'https://www.laprensalatina.com/us-japan-south-korea-slam-aggressive-china-at-historic-camp-david-summit/',
  },
  {
    id: 'app-us-rok-treaty-message',
    title: 'Special Message to the Senate Transmitting the Mutual Defense Treaty…',
    publisher: 'The American Presidency Project, UC Santa Barbara',
    url: 'https://presidency.ucsb.edu/documents/special-message-the-senate-transmitting-the-mutual-defense-treaty-between-the-united',
  },
  {
    id: 'wikipedia-us-rok-treaty',
    title: 'Mutual Defense Treaty (United States–South Korea)',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Mutual_Defense_Treaty_(United_States%E2%80%93South_Korea)',
  },
  {
    id: 'usembassy-japan-treaty',
    title: 'The U.S.-Japan Alliance – The Gold Standard in Win-Win Defense Treaties',
    publisher: 'U.S. Embassy & Consulates in Japan',
    url: 'https://jp.usembassy.gov/us-japan-alliance-gold-standard-60th-anniv/',
  },
  {
    id: 'kbs-rapp-hooper-commitment',
    title: '[Report on NSC official Mira Rapp-Hooper’s remarks on the Commitment to Consult (Indonesian service)]',
    publisher: 'KBS World',
    date: '2023-12-13',
    url: 'http://world.kbs.co.kr/service/news_view.htm?lang=i&Seq_Code=72969',
  },
  {
    id: 'nippon-tscf-memorandum',
    title: '[Report on the signing of the Trilateral Security Cooperation Framework]',
    publisher: 'nippon.com / Jiji Press',
    date: '2024-07-28',
    url: 'https://www.nippon.com/en/news/yjj2024072800104/japan-u-s-s-korea-reaffirm-unity-over-n-korea.html',
  },
  {
    id: 'japantimes-lima-meeting',
    title: '[Report on the U.S.-Japan-South Korea leaders’ meeting in Lima]',
    publisher: 'The Japan Times',
    date: '2024-11-16',
    url: 'https://japantimes.co.jp/news/2024/11/16/japan/ishiba-biden-yoon-trump-north-korea-russia',
  },
  {
    id: 'straitstimes-yoon-sworn-in',
    title: '[Report on Yoon Suk Yeol’s swearing-in as South Korea’s president]',
    publisher: 'The Straits Times',
    url: 'https://www.straitstimes.com/asia/east-asia/south-korea-%E2%80%A2-yoon-sworn-in-as-president',
  },
  {
    id: 'aljazeera-biden-withdraws',
    title: '[Live report on Joe Biden’s withdrawal from the 2024 presidential race]',
    publisher: 'Al Jazeera',
    date: '2024-07-21',
    url: 'https://www.aljazeera.com/news/liveblog/2024/7/21/us-election-2024-live-news-joe-biden',
  },
  {
    id: 'nextshark-trump-wins',
    title: '[Report on Donald Trump’s win in the 2024 presidential election]',
    publisher: 'NextShark',
    date: '2024-11-06',
    url: 'https://nextshark.com/donald-trump-reclaims-white-house',
  },
  {
    id: 'japantimes-kishida-not-running',
    title: '[Report on Kishida Fumio’s decision not to run in the LDP presidential election]',
    publisher: 'The Japan Times',
    date: '2024-08-14',
    url: 'https://www.japantimes.co.jp/news/2024/08/14/japan/politics/kishida-ldp-presidential-race/',
  },
  {
    id: 'nippon-ishiba-to-resign',
    title: '[Report on Ishiba Shigeru’s announcement that he will resign after the July 2025 election defeat]',
    publisher: 'nippon.com / Jiji Press',
    url: 'https://www.nippon.com/en/news/yjj2025090700300/pm-ishiba-to-resign-after-july-election-defeat.html',
  },
  {
    id: 'livemint-trump-sworn-in',
    title: '[Report on Donald Trump’s swearing-in as the 47th US president]',
    publisher: 'Mint',
    date: '2025-01-20',
    url: 'https://www.livemint.com/news/us-news/donald-trump-sworn-in-as-47th-president-of-the-united-states-11737392664990.html',
  },
  {
    id: 'yomiuri-ishiba-named-pm',
    title: '[Report on the Kishida cabinet’s resignation and the Diet’s election of Ishiba Shigeru as prime minister]',
    publisher: 'The Yomiuri Shimbun / The Japan News',
    date: '2024-10-01',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20241001-214334/',
  },
  {
    id: 'yomiuri-takaichi-elected-pm',
    title: '[Report on the Diet’s election of Takaichi Sanae as prime minister]',
    publisher: 'The Yomiuri Shimbun / The Japan News',
    date: '2025-10-21',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20251021-287719/',
  },
  {
    id: 'npr-martial-law-lifted',
    title: '[Report on the vote to lift Yoon’s martial law]',
    publisher: 'NPR, via Alaska Public Media',
    date: '2024-12-03',
    url: 'https://alaskapublic.org/news/2024-12-03/south-koreas-lawmakers-vote-to-lift-presidents-martial-law-declaration',
  },
  {
    id: 'hindustantimes-martial-law-vote',
    title: '[Report on the National Assembly’s vote to lift martial law in South Korea]',
    publisher: 'Hindustan Times',
    url: 'https://www.hindustantimes.com/world-news/south-korea-martial-law-president-yoon-suk-yeol-parliament-101733260188019.html',
  },
  {
    id: 'kbs-freedom-edge-agreed',
    title: '[Report on the three defence ministers’ agreement at the Shangri-La Dialogue to hold the Freedom Edge exercise]',
    publisher: 'KBS World',
    url: 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=185814&lang=e',
  },
  {
    // The sheet's three sources for the impeachment are all minor; this is the one that is a
    // news publication and neither a blog nor an aggregator (the sheet's citing rule).
    id: 'spotlightnepal-yoon-impeached',
    title: '[Report on the National Assembly’s vote to impeach President Yoon]',
    publisher: 'Spotlight Nepal',
    url: 'https://www.spotlightnepal.com/2024/12/14/south-korean-national-assembly-passes-impeachment-motion-against-yoon/',
  },
  {
    id: 'kbs-court-upholds-impeachment',
    title: 'Court upholds Yoon’s impeachment',
    publisher: 'KBS News',
    date: '2025-04-04',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8219315',
  },
  {
    id: 'joongang-lee-elected',
    title: '[Report on Lee Jae-myung’s election as South Korea’s president]',
    publisher: 'Korea JoongAng Daily',
    date: '2025-06-04',
    url: 'https://koreajoongangdaily.joins.com/news/2025-06-04/national/politics/Lee-Jaemyung-elected-Koreas-president-/2322301',
  },
  {
    id: 'joongang-freedom-edge-2025',
    title: '[Report on the start of the third Freedom Edge exercise]',
    publisher: 'Korea JoongAng Daily',
    date: '2025-09-15',
    url: 'https://koreajoongangdaily.joins.com/news/2025-09-15/national/defense/South-Korea-US-Japan-launch-trilateral-Freedom-Edge-exercise/2399004',
  },
  {
    id: 'nippon-gyeongju-foreign-ministers',
    title: '[Report on the three foreign ministers’ meeting at APEC in Gyeongju]',
    publisher: 'nippon.com / Jiji Press',
    date: '2025-10-29',
    url: 'https://www.nippon.com/en/news/yjj2025102901277/japan-u-s-s-korea-foreign-chiefs-affirm-cooperation.html',
  },
  {
    id: 'kbs-no-trilateral-summit-2025',
    title: '[Report that no three-way leaders’ summit had been held under Trump’s second term, or was expected at Gyeongju (German service)]',
    publisher: 'KBS World',
    date: '2025-10-28',
    url: 'https://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=105708',
  },
  {
    id: 'koreanet-lee-term-begins',
    title: '[Report on the start of President Lee Jae-myung’s term]',
    publisher: 'Korea.net, Republic of Korea',
    date: '2025-06-04',
    url: 'https://www.korea.net/NewsFocus/policies/view?articleId=272644&koreanId=272630',
  },
  {
    id: 'koreaherald-freedom-edge-2024',
    title: '[Report on the first Freedom Edge exercise of Japan, South Korea and the United States (Yonhap)]',
    publisher: 'The Korea Herald',
    url: 'http://www01.koreaherald.com/view.php?mp=1&np=6&ud=20240629050031',
  },
  {
    id: 'stripes-freedom-edge-nov-2024',
    title: '[Report on the second Freedom Edge exercise]',
    publisher: 'Stars and Stripes',
    url: 'https://stripes.com/branches/navy/2024-11-14/japan-south-korea-military-drills-15843271.html',
  },
  {
    id: 'koreatimes-trilateral-secretariat',
    title: '[Report on the launch of the Korea-U.S.-Japan Trilateral Secretariat in Seoul]',
    publisher: 'The Korea Times',
    date: '2024-11-20',
    url: 'https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=386769',
  },
  {
    id: 'yomiuri-munich-foreign-ministers',
    title: '[Report on the Japan-U.S.-South Korea foreign ministers’ meeting in Munich]',
    publisher: 'The Yomiuri Shimbun / The Japan News',
    url: 'https://japannews.yomiuri.co.jp/politics/20250216-238924',
  },
  {
    id: 'mofa-brussels-foreign-ministers',
    title: '[Press release on the Korea-U.S.-Japan foreign ministers’ meeting in Brussels]',
    publisher: 'Ministry of Foreign Affairs, Republic of Korea',
    date: '2025-04-03',
    url: 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?page=11&seq=322859',
  },
  {
    id: 'unjournal-new-york-foreign-ministers',
    title: '[Report on the Korea-U.S.-Japan foreign ministers’ meeting in New York]',
    publisher: 'UN Journal (Korea)',
    date: '2025-09-22',
    url: 'https://www.unjournal.kr/news/article.html?no=23448',
  },
  {
    id: 'japanpitt-korea-japan-treaty',
    title: 'Korea-Japan Treaty of 1965',
    publisher: 'JapanPitt, University of Pittsburgh',
    url: 'https://japanpitt.pitt.edu/glossary/korea-japan-treaty-1965',
  },
  {
    id: 'kyodo-gsomia-signed',
    title: 'S. Korea, Japan sign pact on military intelligence sharing',
    publisher: 'Kyodo News',
    date: '2016-11-23',
    url: 'http://english.kyodonews.jp/news/2016/11/445547.html',
  },
  {
    id: 'undiplomatic-not-an-alliance',
    title: 'Japan-South Korea-US is Not the Alliance You Think',
    publisher: 'Un-Diplomatic',
    url: 'https://www.un-diplomatic.com/p/japan-south-korea-us-is-not-the-alliance',
  },
  {
    id: 'yonhap-forced-labour-plan',
    title: '[Report on Seoul’s plan to compensate forced-labour victims through a public foundation]',
    publisher: 'Yonhap News Agency',
    date: '2023-03-06',
    url: 'https://m-en.yna.co.kr/view/AEN20230306001753325',
  },
  {
    id: 'koreaherald-gsomia-normalised',
    title: '[Report on Seoul’s full normalisation of GSOMIA with Japan]',
    publisher: 'The Korea Herald',
    date: '2023-03-21',
    url: 'https://www.koreaherald.com/view.php?ud=20230321000576',
  },
  {
    id: 'wikipedia-guam',
    title: 'Guam',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Guam',
  },
  {
    id: 'ap-seoul-pyongyang-distance',
    title: 'Near but far: Trump, Kim find themselves closer than ever',
    publisher: 'Associated Press, via Fox News',
    date: '2017-11',
    url: 'https://www.foxnews.com/world/near-but-far-trump-kim-find-themselves-closer-than-ever',
  },
  {
    id: 'washingtonexaminer-guam-distance',
    title: '[Report on a North Korean missile test and Guam’s distance from North Korea]',
    publisher: 'Washington Examiner',
    date: '2017-09',
    url: 'https://www.washingtonexaminer.com/news/913087/north-korea-missile-test-shows-it-can-hit-guam',
  },
  {
    id: 'trilateral-ministers-dec-2023',
    title: 'United States-Japan-Republic of Korea Trilateral Ministerial Joint Press Statement',
    publisher: 'EIN Presswire (text of the three defence ministers’ statement)',
    date: '2023-12-19',
    url: 'https://www.einpresswire.com/article/676291959/united-states-japan-republic-of-korea-trilateral-ministerial-joint-press-statement',
  },
  {
    id: 'telesur-sco-iran',
    title: 'Shanghai Cooperation Organization Formalizes Iran’s Membership',
    publisher: 'teleSUR',
    date: '2023-07-04',
    url: 'https://www.telesurenglish.net/news/Shanghai-Cooperation-Organization-Formalizes-Irans-Membership-20230704-0009.html',
  },
  {
    id: 'astanatimes-sco-belarus',
    title: 'SCO welcomes Belarus as its 10th member state',
    publisher: 'The Astana Times',
    url: 'https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/',
  },
  {
    id: 'trtafrika-brics-founders',
    title: 'BRICS summit: Why is the bloc attracting global attention',
    publisher: 'TRT Afrika',
    date: '2023-08',
    url: 'https://trtafrika.com/world/brics-summit-why-is-the-bloc-attracting-global-attention-14581272',
  },
  {
    id: 'dailysabah-brics-members',
    title: '[Report on BRICS membership]',
    publisher: 'Daily Sabah',
    url: 'https://www.dailysabah.com/world/asia-pacific/indonesia-officially-becomes-brics-member-brazil',
  },
  {
    id: 'businessstandard-brics-indonesia',
    title: '[Report on Brazil’s announcement of Indonesia’s admission to BRICS]',
    publisher: 'Business Standard',
    url: 'https://www.business-standard.com/amp/world-news/brazil-admits-indonesia-as-new-member-of-brics-bloc-of-developing-nations-125010700094_1.html',
  },
  {
    id: 'swissinfo-saudi-brics',
    title: 'Saudi Arabia Is Still Assessing BRICS Membership, Minister Says',
    publisher: 'Bloomberg, via Swissinfo',
    date: '2025-01',
    url: 'https://www.swissinfo.ch/eng/saudi-arabia-is-still-assessing-brics-membership%2C-minister-says/88750888',
  },
  {
    id: 'ians-asean-members',
    title: '[Report on Timor-Leste becoming ASEAN’s 11th member, with the dates each member joined]',
    publisher: 'IANS',
    date: '2025-10-26',
    url: 'https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029',
  },
  {
    id: 'asiaone-timor-leste-asean',
    title: '[Report on Timor-Leste’s admission as ASEAN’s eleventh member]',
    publisher: 'AsiaOne',
    url: 'https://www.asiaone.com/asia/timor-leste-officially-admitted-asean-becoming-its-11th-member',
  },
  {
    id: 'dnaindia-quad-members',
    title:
      '[Report that President Biden will host Prime Minister Modi and other leaders for the fourth in-person Quad Leaders’ Summit, 21 September, Delaware]',
    publisher: 'DNA India',
    date: '2024-09',
    url: 'https://www.dnaindia.com/world/report-us-president-biden-to-host-pm-modiother-leaders-for-fourth-in-person-quad-leaders-summit-on-sept-21-in-delawa-3107308',
  },
  {
    id: 'ndtv-brics-invitations',
    title: '[Report on the six countries invited to join BRICS from 1 January 2024]',
    publisher: 'NDTV',
    date: '2023-08-24',
    url: 'https://www.ndtv.com/world-news/6-countries-to-join-brics-from-january-1-next-year-they-are-4324996',
  },
  {
    id: 'cgtn-asean-neutrality',
    title: '[Report on the ASEAN foreign ministers’ statement for the association’s 53rd anniversary]',
    publisher: 'CGTN',
    date: '2020-08-09',
    url: 'https://news.cgtn.com/news/2020-08-09/ASEAN-FMs-vow-to-maintain-Southeast-Asia-as-region-of-neutrality--SO9FhXLYqI/index.html',
  },
  {
    id: 'freshnews-widodo-asean-proxy',
    title: '[Report on President Widodo’s remarks to ASEAN foreign ministers (AFP)]',
    publisher: 'Fresh News',
    date: '2023-07-14',
    url: 'https://m.en.freshnewsasia.com/index.php/en/internationalnews/38250-2023-07-14-10-12-44.html',
  },
  {
    id: 'livemint-india-russia-2022',
    title: '[Report on India’s position on the Russia-Ukraine war, March 2022]',
    publisher: 'Mint',
    url: 'https://www.livemint.com/news/india/after-biden-s-shaky-remarks-here-s-what-foreign-minister-said-on-russia-ukraine-war/amp-11648125340495.html',
  },
  {
    id: 'trtworld-argentina-brics',
    title: '[Report on Argentina declining BRICS membership]',
    publisher: 'TRT World',
    date: '2023-12',
    url: 'https://www.trtworld.com:443/article/16449151',
  },
  {
    id: 'lokmat-quad-wilmington',
    title: '[Report on the Quad leaders’ summit in Wilmington, Delaware]',
    publisher: 'Lokmat Times, from ANI',
    url: 'https://www.lokmattimes.com/international/pm-modi-at-archmere-academy-delaware-as-quad-leaders-summit-gets-underway/',
  },
  {
    id: 'financialexpress-india-sanctions',
    title: '[Report on India’s response to the EU’s 18th Russia sanctions package]',
    publisher: 'Financial Express',
    url: 'https://www.financialexpress.com/india-news/india-does-not-subscribe-to-any-mea-pushes-back-at-eu-sanctions-on-rosnefts-india-refinery/3919524',
  },
  {
    id: 'sunstar-modi-xi',
    title: '[Xinhua report on the Modi–Xi meeting in Tianjin]',
    publisher: 'SunStar, from Xinhua',
    url: 'https://www.sunstar.com.ph/network/xi-modi-agree-china-india-not-rivals',
  },
  {
    id: 'hindustantimes-quad-unlikely',
    title: '[Report that an India-hosted Quad leaders’ summit was unlikely in 2025]',
    publisher: 'Hindustan Times',
    url: 'https://www.hindustantimes.com/india-news/quad-meet-unlikely-this-year-amid-strain-in-ties-101759517074332.html',
  },
  {
    id: 'asean-chairman-statement',
    title: 'Chairman’s Statement of the 20th ASEAN-Japan Summit',
    publisher: 'ASEAN',
    url: 'https://asean.org/chairmans-statement-of-the-20th-asean-japan-summit',
  },
  {
    id: 'wikipedia-national-diet',
    title: 'National Diet',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Parliament_of_Japan',
  },
  {
    id: 'roughguides-country-titles',
    title: 'Country titles',
    publisher: 'Rough Guides',
    url: 'http://m.roughguides.com/destinations/asia/south-korea/country-titles/',
  },
  {
    id: 'iashub-sco-quad',
    title: 'SCO & QUAD',
    publisher: 'The IAS Hub',
    date: '2023-09-14',
    url: 'https://theiashub.com/free-resources/news-crux-10/sco-quad-syllabus-gs-paper-2-ir',
  },
] as const satisfies readonly Source[];

/** The id of a source listed above: `<Cite id>` and the data modules are checked against it. */
export type SourceId = (typeof sources)[number]['id'];
