// Organisations the rules know by name (news agencies, outlets, institutions), and the words that
// make an unknown capitalised name an organisation ("… Agency", "… Initiative").

const ORGS: string[][] = [
  ['Yonhap News Agency', 'Yonhap'],
  ['Reuters', 'Reuters news agency'],
  ['Associated Press', 'AP', 'The Associated Press'],
  ['Agence France-Presse', 'AFP'],
  ['Al Jazeera'], ['BBC'], ['CNN'], ['Fox News'], ['MSNBC'], ['NBC News', 'NBC'], ['CBS News', 'CBS'], ['ABC News', 'ABC'],
  ['NPR'], ['Politico'], ['Breitbart', 'Breitbart News'], ['Bloomberg'], ['Xinhua'], ['TASS'], ['Interfax'], ['Kyodo'],
  ['KCNA', 'Korean Central News Agency'], ['RIA Novosti'], ['Ukrinform'], ['Pixabay'],
  ['Wall Street Journal', 'The Wall Street Journal', 'WSJ'], ['New York Times', 'The New York Times', 'NYT'],
  ['Washington Post', 'The Washington Post'], ['New York Post', 'The New York Post'], ['The Guardian', 'Guardian'],
  ['Financial Times', 'FT'], ['The Economist'], ['USA Today'], ['Los Angeles Times'], ['The Hill'],
  ['United Nations', 'UN', 'U.N.'], ['UN Security Council', 'Security Council'], ['NATO', 'Nato'],
  ['European Union', 'EU', 'E.U.'], ['European Commission'], ['World Bank'], ['International Monetary Fund', 'IMF'],
  ['World Health Organization', 'WHO'], ['Pentagon', 'The Pentagon'], ['White House', 'The White House'],
  ['Kremlin', 'The Kremlin'], ['Congress'], ['Senate'], ['House of Representatives'], ['Supreme Court'],
  ['Federal Bureau of Investigation', 'FBI'], ['Central Intelligence Agency', 'CIA'], ['National Security Agency', 'NSA'], ['Secret Service'], ['State Department'], ['Department of Defense'], ['NYPD'],
  ['Democratic Party', 'Democrats'], ['Republican Party', 'GOP', 'Republicans'], ['G7'], ['G20'], ['OPEC'],
  ['Hamas'], ['Hezbollah'], ['Taliban'], ['Wagner Group', 'Wagner'], ['Google'], ['Apple'], ['Microsoft'],
  ['Amazon'], ['Facebook'], ['Twitter'], ['Meta'], ['Samsung'], ['Hyundai'], ['Hanwha'], ['Lockheed Martin'],
  ['Boeing'], ['Raytheon'], ['Red Cross'], ['International Committee of the Red Cross', 'ICRC'], ['Red Crescent'],
  ['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'], ['Human Rights Watch'], ['Amnesty International'],
  ['Food and Drug Administration', 'FDA'], ['Premier League'], ['Champions League'], ['Ligue 1'], ['La Liga'], ['Serie A'],
  ['Goldman Sachs'], ['JPMorgan Chase', 'JPMorgan', 'JP Morgan'], ['Morgan Stanley'], ['Citigroup', 'Citi'], ['Bank of America'],
  ['Wells Fargo'], ['HSBC'], ['Barclays'], ['Deutsche Bank'], ['UBS'], ['Credit Suisse'], ['BNP Paribas'], ['Nomura'],
  ['BlackRock'], ['Interpol'], ['Europol'], ['Tesla'], ['Nvidia'], ['OpenAI'], ['Pfizer'], ['Moderna'], ['AstraZeneca'],
  ['BioNTech'], ['Novartis'], ['Roche'], ['Sanofi'], ['GSK'], ['Merck'], ['Bayer'], ['Toyota'], ['Volkswagen'], ['Shell'],
  ['ExxonMobil', 'Exxon'], ['Chevron'], ['Gazprom'], ['Rosneft'], ['Saudi Aramco', 'Aramco'], ['Alibaba'], ['Tencent'],
  ['Huawei'], ['TikTok'], ['ByteDance'], ['Netflix'], ['Disney'], ['Walmart'], ['Uber'], ['SpaceX'], ['Airbus'],
];

export const ORG_ALIASES: Map<string, string> = new Map();
for (const [canonical, ...aliases] of ORGS) {
  ORG_ALIASES.set(canonical, canonical);
  for (const a of aliases) ORG_ALIASES.set(a, canonical);
}

/** Last words that make a capitalised name an organisation. */
export const ORG_HEADS = new Set([
  'Agency', 'Initiative', 'Ministry', 'Department', 'Party', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd',
  'Council', 'Commission', 'Committee', 'University', 'College', 'Association', 'Company', 'Bank', 'Fund',
  'Organization', 'Organisation', 'Institute', 'Service', 'Services', 'Forces', 'Army', 'Navy', 'Court', 'Group',
  'Times', 'Post', 'Journal', 'News', 'Foundation', 'Union', 'Federation', 'Office', 'Agency', 'Bureau', 'Board',
  'Authority', 'Parliament', 'Assembly', 'Campaign', 'Center', 'Centre', 'Coalition', 'Network', 'Press',
  'Administration', 'Alliance', 'Reserve', 'Guard', 'Police', 'Society', 'Industries', 'Holdings', 'Airlines',
  'Co', 'Co.', 'LLC', 'PLC', 'plc', 'AG', 'SA', 'GmbH', 'NV', 'International', 'League', 'Steelworkers', 'Workers', 'FC', 'CP', 'CF',
  'Therapeutics', 'Pharmaceuticals', 'Pharma', 'Systems', 'Securities', 'Markets', 'Technologies', 'Technology', 'Labs',
  'Laboratories', 'Software', 'Energy', 'Airways', 'Ventures', 'Solutions', 'Networks', 'Communications', 'Telecom',
  'Logistics', 'Bancorp', 'Financial', 'Insurance', 'Brands', 'Foods', 'Resources', 'Mining', 'Petroleum', 'Chemicals',
  'Biotech', 'Biosciences', 'Healthcare', 'Robotics', 'Dynamics', 'Aerospace', 'Automotive', 'Entertainment', 'Studios',
  'Front', 'Movement', 'Coordination', 'Cross', 'Watch', 'Brigade', 'Brigades', 'Caucus', 'Chamber', 'Museum', 'Gallery',
  'Library', 'Academy', 'Orchestra', 'Opera', 'Theatre', 'Theater', 'Register', 'Mutual', 'Biologics', 'Clinic', 'Zoo', 'Electronics', 'Motors', 'Motor', 'Group', 'Institution', 'Trust', 'Partners', 'Capital', 'Media',
]);

/** Lower-case heads of descriptive organisation names: "South Korea’s defence ministry", "the ministry". */
export const ORG_COMMON_HEADS = new Set([
  'ministry', 'department', 'government', 'military', 'army', 'navy', 'agency', 'embassy', 'office', 'campaign',
  'administration', 'parliament', 'police', 'presidency', 'cabinet',
]);
