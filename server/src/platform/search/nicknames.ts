/**
 * Formal forename → common nicknames, short forms and transliteration variants seen in British records.
 * A name in any group is searchable by every other name in the same group.
 */
export const FORENAME_GROUPS: readonly (readonly string[])[] = [
  ['john', 'jon', 'johnny', 'jonny', 'jack', 'johnnie'],
  ['jonathan', 'jon', 'jonny', 'johnathan', 'jonathon'],
  ['william', 'bill', 'billy', 'will', 'willy', 'liam', 'wil'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['richard', 'rich', 'richie', 'rick', 'ricky', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie', 'jimmie'],
  ['michael', 'mike', 'mick', 'mickey', 'micky', 'mikey'],
  ['christopher', 'chris', 'kit', 'topher'],
  ['christine', 'chris', 'chrissy', 'christina', 'kristina', 'tina'],
  ['anthony', 'tony', 'ant', 'antony'],
  ['thomas', 'tom', 'tommy'],
  ['joseph', 'joe', 'joey', 'jo'],
  ['josephine', 'jo', 'josie', 'jose'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey', 'davy', 'dai'],
  ['matthew', 'matt', 'matty'],
  ['andrew', 'andy', 'drew'],
  ['alexander', 'alex', 'al', 'sandy', 'xander', 'alec'],
  ['alexandra', 'alex', 'alexa', 'lexi', 'sandra', 'sandy'],
  ['edward', 'ed', 'eddie', 'ted', 'teddy', 'ned'],
  ['benjamin', 'ben', 'benny', 'benji'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['nicholas', 'nick', 'nicky', 'nico'],
  ['stephen', 'steve', 'steven', 'stevie', 'stephan'],
  ['peter', 'pete'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish', 'tricia'],
  ['charles', 'charlie', 'chas', 'chuck'],
  ['charlotte', 'charlie', 'lottie', 'lotte'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby', 'bess'],
  ['margaret', 'maggie', 'meg', 'peggy', 'madge', 'marge'],
  ['catherine', 'kate', 'katie', 'cathy', 'kath', 'katherine', 'kathryn', 'cat'],
  ['rebecca', 'becky', 'becca', 'bex'],
  ['jennifer', 'jen', 'jenny'],
  ['deborah', 'debbie', 'deb', 'debra'],
  ['susan', 'sue', 'suzy', 'susie'],
  ['victoria', 'vicky', 'tori', 'vikki'],
  ['jessica', 'jess', 'jessie'],
  ['abigail', 'abi', 'abbie', 'abby', 'gail'],
  ['elinor', 'eleanor', 'ellie', 'nell', 'nora', 'ella'],
  ['gregory', 'greg'],
  ['timothy', 'tim', 'timmy'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['leonard', 'len', 'lenny', 'leo'],
  ['frederick', 'fred', 'freddie', 'freddy'],
  ['harold', 'harry', 'hal'],
  ['henry', 'harry', 'hank'],
  ['terence', 'terry', 'terrence'],
  ['raymond', 'ray'],
  ['gerald', 'gerry', 'jerry'],
  ['philip', 'phil', 'phillip', 'pip'],
  ['lawrence', 'laurence', 'larry', 'laurie'],
  ['nathaniel', 'nathan', 'nat', 'nate'],
  ['zachary', 'zach', 'zak', 'zac'],
  ['oliver', 'ollie', 'olly'],
  ['olivia', 'liv', 'livvy'],
  ['mohammed', 'mohamed', 'muhammad', 'muhammed', 'mohammad', 'mohamad', 'mohd', 'md', 'mo', 'mohamud', 'mahomed'],
  ['ahmed', 'ahmad', 'ahmet', 'achmed'],
  ['yusuf', 'yousef', 'yusef', 'youssef', 'joseph'],
  ['ibrahim', 'ebrahim', 'abraham'],
  ['fatima', 'fatimah', 'fatma'],
  ['aisha', 'ayesha', 'aysha', 'ayisha'],
  ['hussain', 'hussein', 'husain', 'hossain'],
  ['abdul', 'abdool', 'abdel'],
  ['mustafa', 'mustapha', 'mostafa'],
  ['abdirahman', 'abdulrahman', 'abdurrahman', 'abdurahman'],
  ['hassan', 'hasan'],
  ['omar', 'umar'],
  ['osman', 'usman', 'uthman'],
  ['khalid', 'khaled'],
  ['zainab', 'zaynab', 'zeinab'],
  ['maryam', 'mariam', 'miriam'],
  ['siddharth', 'sid'],
  ['rajesh', 'raj'],
  ['aleksander', 'aleksandr', 'alexander', 'olek', 'sasha'],
  ['krzysztof', 'christopher', 'krzys'],
  ['wojciech', 'wojtek'],
  ['piotr', 'peter'],
  ['pawel', 'paul', 'pavel'],
  ['katarzyna', 'kasia', 'katherine'],
  ['malgorzata', 'gosia', 'margaret'],
  ['tomasz', 'tomek', 'thomas'],
  ['jakub', 'kuba', 'jacob'],
  ['jacob', 'jake', 'jakey'],
  ['ioan', 'ion', 'ivan', 'john'],
  ['mihai', 'michael'],
  ['andrzej', 'andrew'],
  ['siobhan', 'shivaun', 'shevaun'],
  ['sean', 'shaun', 'shawn'],
];

/**
 * Surnames written in more than one romanisation (Mandarin/Cantonese, Greek, Arabic, Bengali, Urdu) whose
 * spellings sound too different for a phonetic code to link them.
 */
export const SURNAME_GROUPS: readonly (readonly string[])[] = [
  ['zhang', 'cheung', 'chang'],
  ['wang', 'wong'],
  ['chen', 'chan'],
  ['li', 'lee', 'lei'],
  ['huang', 'wong'],
  ['wu', 'ng', 'ho'],
  ['georgiou', 'yiorgiou', 'yorgiou'],
  ['panayi', 'panagi'],
  ['chaudhry', 'choudhury', 'chowdhury', 'chaudhary', 'chaudhri', 'choudhry'],
  ['hoque', 'haque', 'huq', 'hoq'],
  ['mahmood', 'mahmud', 'mehmood', 'mahmoud'],
  ['rahman', 'rehman'],
  ['sheikh', 'shaikh', 'shaik'],
  ['miah', 'mia', 'meah'],
  ['huseyin', 'huseyn', 'hussein', 'hussain'],
];

function index(groups: readonly (readonly string[])[]): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const name of group) {
      const set = byName.get(name) ?? new Set<string>();
      for (const other of group) set.add(other);
      byName.set(name, set);
    }
  }
  return byName;
}

const forenamesByName = index(FORENAME_GROUPS);
const surnamesByName = index(SURNAME_GROUPS);

/** The name itself plus every name it is known to stand for (nickname, formal form, spelling variant). */
export function forenameVariants(name: string): string[] {
  const set = forenamesByName.get(name);
  return set ? [...set] : [name];
}

/** The surname itself plus its other romanisations. */
export function surnameVariants(name: string): string[] {
  const set = surnamesByName.get(name);
  return set ? [...set] : [name];
}
