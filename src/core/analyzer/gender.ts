// Grammatical gender of a person, so "she said" skips the men mentioned since the woman it refers
// to ("Clinton … Trump … she added" → Clinton). Known only from what the text shows: an honorific
// ("Mrs. Lynch"), a gendered role ("spokeswoman", "King") or a common first name. Unknown fits both.

export type Gender = 'f' | 'm' | null;

const FEMALE = 'Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Queen|Princess|Duchess|Empress|Sister|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|anchorwoman|woman|mother|wife|daughter|sister|grandmother|widow|actress|girl';
const MALE = 'Mr|Sir|Lord|King|Prince|Duke|Emperor|Brother|Father|spokesman|chairman|congressman|businessman|councilman|anchorman|man|father|husband|son|brother|grandfather|widower|actor|boy';
const FEMALE_WORDS = new RegExp(`\\b(?:${FEMALE})\\b`);
const MALE_WORDS = new RegExp(`\\b(?:${MALE})\\b`);
/** Either kind: most phrases have neither, and one pass rules out both. */
const GENDERED_WORDS = new RegExp(`\\b(?:${FEMALE}|${MALE})\\b`);

// Common first names in English-language news, by the gender they are overwhelmingly given.
const FEMALE_NAMES = new Set(`
Hillary Elizabeth Nancy Kamala Angela Theresa Marine Ursula Jacinda Sarah Mary Patricia Jennifer Linda Barbara Susan
Jessica Karen Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie
Rebecca Laura Sharon Cynthia Kathleen Amy Shirley Anna Ann Anne Brenda Pamela Nicole Emma Samantha Katherine Christine
Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina
Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice
Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana
Brittany Natalie Isabella Charlotte Rose Alexis Kayla Ivanka Melania Michele Nikki Kellyanne Huma Loretta Sonia Ruth
Elena Dilma Cristina Yulia Svetlana Olga Natalia Tatiana Irina Anastasia Marina Ekaterina Benazir Indira Golda
Giorgia Mette Sanna Kaja Kristalina Christine Ngozi Michaela Ayanna Ilhan Alexandria Tulsi Kirsten Amy Elise Liz
Stacey Gretchen Jeanne Condoleezza Madeleine Janet Gina Jill Michelle Ketanji Sonia Elena Amina Fatima Aisha Leila
Mariam Priya Sunita Meena Yoko Keiko Marieke Ingrid Greta Annalena Angelique Melanie Tiffany Chelsea Heidi Wendy Tina
Tammy Monica Erin Kristen Kate Claire Jane Helen Lucy Molly Katie Kathy Carly Ava Eva Nina Lena Sofia Laila Rita Paula Claudia
Sylvia Silvia Veronica Vanessa Carla Lucia Ana Gabriela Daniela Mariana Adriana Camila Valentina Rosa Carmen Pilar Isabel
`.split(/\s+/).filter(Boolean));

const MALE_NAMES = new Set(`
Donald Joe Barack George Bill Vladimir Emmanuel Boris Narendra Justin Recep Benjamin Volodymyr Olaf Rishi Keir James
John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Paul Steven
Andrew Kenneth Joshua Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen
Larry Justin Scott Brandon Frank Gregory Raymond Samuel Patrick Alexander Jack Dennis Jerry Tyler Aaron Jose Adam
Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Sean Austin
Arthur Lawrence Dylan Bryan Joe Billy Bruce Albert Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent
Russell Elijah Louis Bobby Philip Johnny Mike Mitch Ted Marco Rand Chris Jeb Lindsey Newt Rudy Rudolph Reince Sean
Steve Jared Eric Mike Paul Harry Bernie Tim Lloyd Antony Jake Pete Kevin Hakeem Chuck Adam Elijah Jim Tom Ben Sergei
Dmitry Alexei Viktor Igor Yuri Ivan Nikolai Andrzej Mateusz Jaroslaw Ali Mohammed Muhammad Ahmed Hassan Hussein Omar
Abdullah Ibrahim Mahmoud Khalid Shinzo Fumio Yoshihide Olaf Friedrich Pedro Luiz Inacio Jair Javier Gustavo Andres
Manuel Nicolas Mauricio Fernando Carlos Luis Jorge Miguel Francisco Antonio Giuseppe Mario Matteo Silvio Emmanuel
Francois Jacques Nicolas Mark
`.split(/\s+/).filter((n) => n && !FEMALE_NAMES.has(n)));

/** Is this capitalised word a common given name ("Daniel", "Grace")? */
export function isGivenName(word: string): boolean {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word);
}

/** Gender of a person from its canonical name, its role and the few characters before each mention. */
export function personGender(name: string, role: string | undefined, before: string[]): Gender {
  let f = 0;
  let m = 0;
  // the first word without split(): this runs for every person of every article, and the array
  // split() builds was 1.8% of a profile over real articles
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  if (FEMALE_NAMES.has(first)) f++;
  if (MALE_NAMES.has(first)) m++;
  for (let i = role ? -1 : 0; i < before.length; i++) {
    const g = phraseGender(i < 0 ? role! : before[i]);
    if (g === 'f') f++;
    else if (g === 'm') m++;
  }
  return f > m ? 'f' : m > f ? 'm' : null;
}

/** Gender of a pronoun ("she" → f), or null for they/it/I/we. */
export function pronounGender(p: string): Gender {
  const l = p.toLowerCase();
  return l === 'she' || l === 'her' ? 'f' : l === 'he' || l === 'him' ? 'm' : null;
}

/** Gender of an unnamed speaker phrase ("a spokeswoman for the club"). */
export function phraseGender(text: string): Gender {
  if (!GENDERED_WORDS.test(text)) return null;
  return FEMALE_WORDS.test(text) ? 'f' : MALE_WORDS.test(text) ? 'm' : null;
}
