// Word lists for the rules: titles that introduce a person, verbs that introduce speech, and
// capitalised words that are never names.

/** Capitalised titles before a name ("President Vladimir Putin"). Multi-word ones are matched word by word. */
export const TITLES = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Sen', 'Rep.', 'Representative',
  'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Lt.', 'Col.', 'Colonel', 'Admiral', 'Adm.', 'Major', 'Captain',
  'Sgt.', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr', 'Prof.', 'Professor', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Speaker', 'Chairman', 'Chairwoman',
  'Chair', 'Director', 'Commissioner', 'Judge', 'Justice', 'Attorney', 'Chief', 'Deputy', 'Foreign', 'Defence',
  'Defense', 'Finance', 'Interior', 'Health', 'State', 'Leader', 'Premier', 'Envoy', 'Sheikh', 'Rev.', 'Archbishop',
  'Bishop', 'CEO', 'Coach', 'Secretary-General', 'Vice-President', 'Attorney-General', 'Director-General', 'Lord', 'Lady', 'Sir', 'Dame', 'Former', 'former', 'Acting', 'Senior', 'Supreme',
]);

/** Title words that can stand at the head of a role ("Secretary of State", "Minister"). */
export const TITLE_HEADS = new Set([
  'President', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Sen', 'Rep.', 'Representative', 'Governor',
  'Gov.', 'Mayor', 'General', 'Gen.', 'Colonel', 'Col.', 'Admiral', 'Adm.', 'Captain', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Speaker', 'Chairman', 'Chairwoman',
  'Director', 'Commissioner', 'Judge', 'Justice', 'Chief', 'Premier', 'Envoy', 'Leader', 'Sheikh', 'CEO', 'Dr.',
  'Dr', 'Prof.', 'Professor', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Lord', 'Sir', 'Dame', 'Rev.', 'Archbishop',
  'Bishop', 'Coach', 'Lt.', 'Sgt.', 'Major', 'Secretary-General', 'Vice-President', 'Attorney-General', 'Director-General',
]);

/** Honorifics that are not part of a role ("Mr. Trump" has no role). */
export const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady']);

/** Lower-case role nouns before a name ("defence minister Lee Jong-sup", "spokesman John Kirby"). */
export const ROLE_NOUNS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'senator', 'governor', 'mayor', 'general', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'chief', 'director', 'leader', 'candidate', 'nominee',
  'adviser', 'advisor', 'aide', 'official', 'analyst', 'lawmaker', 'congressman', 'congresswoman', 'chairman',
  'chairwoman', 'commander', 'premier', 'representative', 'strategist', 'pollster', 'manager', 'host', 'founder',
  'professor', 'economist', 'researcher', 'expert', 'correspondent', 'reporter', 'editor', 'columnist', 'author',
  'mate', 'coach', 'judge', 'attorney', 'prosecutor', 'lawyer', 'chief executive', 'ceo', 'executive', 'operator',
  'delegate', 'activist', 'farmer', 'teacher', 'student', 'resident', 'owner', 'driver', 'nurse', 'doctor', 'veteran',
  'officer', 'diplomat', 'negotiator', 'organiser', 'organizer', 'campaigner', 'worker', 'member', 'chairperson',
  'agent', 'striker', 'midfielder', 'defender', 'goalkeeper', 'councilman', 'councilwoman', 'scientist', 'schoolteacher',
  'prosecutor', 'envoy', 'spokesman', 'police chief', 'firefighter', 'surgeon', 'engineer', 'pilot', 'soldier',
  'coordinator', 'head', 'administrator', 'inspector', 'commissioner', 'curator', 'superintendent', 'physician',
]);

/** Verbs (all forms) that introduce speech. The lemma is what a cue is grouped by. */
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  state: ['state', 'states', 'stated'],
  note: ['note', 'notes', 'noted'],
  explain: ['explain', 'explains', 'explained'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  argue: ['argue', 'argues', 'argued'],
  claim: ['claim', 'claims', 'claimed'],
  insist: ['insist', 'insists', 'insisted'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  write: ['write', 'writes', 'wrote'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  report: ['report', 'reports', 'reported'],
  announce: ['announce', 'announces', 'announced'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  declare: ['declare', 'declares', 'declared'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  admit: ['admit', 'admits', 'admitted'],
  continue: ['continued'],
  conclude: ['concluded'],
  suggest: ['suggest', 'suggests', 'suggested'],
  urge: ['urge', 'urges', 'urged'],
  deny: ['deny', 'denies', 'denied'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  predict: ['predict', 'predicts', 'predicted'],
  estimate: ['estimates', 'estimated'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  pledge: ['pledged', 'pledges'],
  allege: ['allege', 'alleges', 'alleged'],
  contend: ['contend', 'contends', 'contended'],
  maintain: ['maintains', 'maintained'],
  recall: ['recalls', 'recalled'],
  reveal: ['reveals', 'revealed'],
  disclose: ['disclosed'],
  indicate: ['indicates', 'indicated'],
  predicted: ['forecast'],
  remark: ['remarked'],
  observe: ['observed'],
  point: ['pointed'],
  exclaim: ['exclaimed'],
  shout: ['shouted', 'shouts', 'yelled', 'yells', 'screamed', 'chanted', 'chanting', 'chants'],
  read: ['read', 'reads'],
  concede: ['conceded', 'concedes'],
  counter: ['countered', 'counters'],
  lament: ['lamented', 'laments'],
  retort: ['retorted', 'snapped', 'scoffed'],
  recount: ['recounted', 'recounts'],
  quip: ['quipped'],
  joke: ['joked'],
  boast: ['boasted'],
  complain: ['complained', 'complains'],
  agree: ['agreed', 'agrees'],
  charge: ['charged'],
  accuse: ['accused'],
  assert: ['asserts', 'asserted'],
  emphasise: ['emphasised', 'emphasized', 'stressed', 'stresses'],
  learn: ['learned', 'learnt'],
  find: ['found'],
  show: ['shows', 'showed'],
  hope: ['hopes', 'hoped'],
  fear: ['fears', 'feared'],
  know: ['knows', 'knew'],
  describe: ['described', 'describes', 'describing'],
  call: ['called'],
  mention: ['mentioned'],
  reiterate: ['reiterated'],
  demand: ['demanded'],
  cite: ['cited'],
  question: ['questioned', 'questions'],
  criticise: ['criticized', 'criticised', 'criticizes', 'criticises'],
  praise: ['praised', 'praises'],
  slam: ['slammed', 'slams', 'blasted', 'blasts'],
  dismiss: ['dismissed'],
  mock: ['mocked'],
  wonder: ['wondered', 'wonders'],
  testify: ['testified'],
  announce2: ['announcing'],
};

/** cue word (lower case) → lemma */
export const CUE_VERBS: Map<string, string> = new Map();
for (const [lemma, forms] of Object.entries(CUE_LEMMAS)) for (const f of forms) CUE_VERBS.set(f, lemma);

/** Verbs that make a reliable "X verb that …" reported-speech cue without "that" being required. */
export const SAY_LIKE = new Set(['say', 'tell', 'add', 'claim', 'insist', 'argue', 'warn', 'note', 'write', 'report', 'state', 'explain']);

/** Cue verbs only taken as speech when followed by "that" (or a quote): "denied that", "agreed that". */
export const WEAK_CUES = new Set([
  'deny', 'believe', 'think', 'agree', 'charge', 'accuse', 'learn', 'find', 'show', 'hope', 'fear', 'know',
  'describe', 'call', 'mention', 'demand', 'cite', 'point', 'estimate', 'predict', 'promise', 'vow', 'pledge',
  'indicate', 'reveal', 'disclose', 'recall', 'maintain', 'ask', 'continue', 'conclude', 'confirm', 'announce',
  'suggest', 'urge', 'remark', 'observe', 'emphasise', 'reiterate', 'question', 'criticise', 'praise', 'slam',
  'dismiss', 'mock', 'wonder', 'testify', 'announce2', 'read', 'shout', 'lament', 'recount', 'counter',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** Capitalised words that never start or form a name on their own. */
export const STOP_CAPS = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'If', 'In', 'On', 'At', 'Of', 'For', 'To', 'From', 'By', 'With', 'As', 'It',
  'Its', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My',
  'Your', 'There', 'Here', 'When', 'Where', 'While', 'What', 'Who', 'Why', 'How', 'After', 'Before', 'Since',
  'Although', 'Though', 'Because', 'So', 'Yet', 'Still', 'Also', 'Then', 'Now', 'Not', 'No', 'Yes', 'Some', 'Many',
  'Most', 'All', 'Any', 'Each', 'Every', 'Both', 'One', 'Two', 'Three', 'Other', 'Another', 'Such', 'Citing',
  'According', 'Responding', 'Speaking', 'Asked', 'Despite', 'During', 'Under', 'Over', 'About', 'Against',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Aug.',
  'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Source', 'Image', 'Photo', 'Read', 'Related', 'Advertisement', 'Update',
  'However', 'Meanwhile', 'Instead', 'Even', 'Just', 'Only', 'Last', 'Next', 'Earlier', 'Later', 'Today',
  'Yesterday', 'Tomorrow', 'Mr', 'Mrs', 'Ms', 'Dr', 'Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Be', 'Will',
  'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Have', 'Has', 'Had', 'Let', 'Please', 'Thank',
  'Thanks', 'Well', 'Oh', 'Ah', 'OK', 'Okay', 'Why', 'Which', 'Whether', 'Whatever', 'Like', 'Unlike', 'Into',
  'Through', 'Among', 'Between', 'Without', 'Within', 'Until', 'Once', 'Very', 'More', 'Less', 'Much', 'Few',
  'Several', 'First', 'Second', 'Third', 'New', 'Old', 'Good', 'Great', 'Big', 'Top', 'Few', 'Never', 'Always',
  'Sometimes', 'Perhaps', 'Maybe', 'Indeed', 'Overall', 'Hence', 'Thus', 'Therefore', 'Besides', 'Nor', 'Either',
  'Neither', 'Whoever', 'Whose', 'Whom', 'Us', 'Them', 'Him', 'Me', 'Mine', 'Ours', 'Theirs', 'Hers', 'Himself',
  'Herself', 'Itself', 'Themselves', 'Ourselves', 'Myself', 'Yourself', 'Everyone', 'Everybody', 'Nobody', 'Someone',
  'Anyone', 'Nothing', 'Something', 'Everything', 'Anything', 'Via', 'Per', 'Amid', 'Toward', 'Towards', 'Upon',
]);

/** Capitalised words that never head a speaker phrase: days, months, sentence adverbs ("…, said Tuesday"). */
export const NOT_SPEAKER_CAPS = new Set([...STOP_CAPS].filter((w) => !['The', 'A', 'An', 'He', 'She', 'They', 'We', 'I', 'It'].includes(w)));

/** Adjectives of nationality: part of a role ("Russian President"), never an entity on their own. */
export const DEMONYMS = new Set([
  'American', 'British', 'Russian', 'Ukrainian', 'Korean', 'South', 'North', 'Chinese', 'Japanese', 'French', 'German',
  'Italian', 'Spanish', 'Polish', 'Israeli', 'Palestinian', 'Iranian', 'Iraqi', 'Syrian', 'Turkish', 'Indian',
  'Pakistani', 'Afghan', 'Canadian', 'Mexican', 'Brazilian', 'Australian', 'European', 'Western', 'Eastern',
  'Saudi', 'Egyptian', 'Taiwanese', 'Belarusian', 'Georgian', 'Lebanese', 'Jordanian', 'Qatari', 'Emirati', 'Dutch',
  'Belgian', 'Swiss', 'Austrian', 'Hungarian', 'Czech', 'Greek', 'Irish', 'Scottish', 'Welsh', 'English', 'Swedish',
  'Norwegian', 'Danish', 'Finnish', 'Estonian', 'Latvian', 'Lithuanian', 'Romanian', 'Bulgarian', 'Serbian',
  'Croatian', 'Nigerian', 'Kenyan', 'Ethiopian', 'African', 'Asian', 'Arab', 'Democratic', 'Republican', 'Federal',
  'National', 'Soviet', 'Nato', 'US', 'U.S.', 'UK', 'EU', 'UN',
]);

// Capitalised words the entity rules test at the start or the end of a run (entities.ts); word-flags.ts
// gives each a bit, so a run that starts or ends with none of them costs one bit test.
export const NON_PERSON_HEADS = new Set([
  'Convention', 'Conference', 'Summit', 'Games', 'Cup', 'Act', 'Bill', 'Day', 'War', 'Street', 'Avenue', 'Road',
  'Square', 'Hall', 'Building', 'Tower', 'Airport', 'Station', 'Park', 'River', 'Sea', 'Ocean', 'Island', 'Islands',
  'Mountains', 'Valley', 'County', 'State', 'City', 'Province', 'Region', 'District', 'Award', 'Prize', 'Festival',
  'Show', 'Debate', 'Poll', 'Index', 'Plan', 'Program', 'Programme', 'Project', 'Treaty', 'Accord', 'Agreement',
  'Amendment', 'Trail', 'Church', 'Cathedral', 'Mosque', 'Temple', 'School', 'Hospital', 'Stadium', 'Arena',
]);
export const GEO_HEADS = new Set(['County', 'City', 'Province', 'Region', 'District', 'Island', 'Islands', 'River', 'Sea', 'Ocean', 'Valley', 'Mountains']);
export const GEO_PREFIXES = new Set(['Port', 'Gulf', 'Bay', 'Strait', 'Straits', 'Sea', 'Lake', 'Mount', 'Cape', 'Isle', 'Island', 'Islands', 'Republic', 'Kingdom', 'State', 'Province', 'City', 'Sea']);
/** Words before a name that make it a place: "Lake Michigan", "Mount Kenya", "Port Moresby". */
export const GEO_FIRST = new Set(['Lake', 'Mount', 'Mt.', 'Cape', 'Port', 'Gulf', 'Bay', 'Isle', 'Fort', 'Lac', 'Monte', 'San', 'Santa', 'Santo', 'São', 'Porto', 'Puerto', 'Sierra', 'Ciudad', 'Rio', 'Río', 'Villa', 'Nueva', 'Nuevo', 'Saint', 'Sainte', 'Sankt', 'Bahía', 'Costa', 'Isla', 'Islas', 'Playa']);
/** First words of a storm's name: not an entity ("Hurricane Estela"). */
export const STORM_FIRST = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Tropical']);
/** Joins inside organisation names only: "Safety and Health", "Co-operation in Europe". */
export const LOOSE_JOINS = new Set(['and', '&', 'in']);
/** First words of club names: "Olympique Lyonnais", "Sporting CP", "Real Madrid". */
export const CLUB_FIRST = new Set(['Olympique', 'Sporting', 'Real', 'Atlético', 'Atletico', 'Dynamo', 'Dinamo', 'Racing', 'Deportivo', 'Athletic', 'Borussia', 'Inter']);
