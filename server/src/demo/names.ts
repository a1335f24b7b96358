import type { Random } from './random.js';

/**
 * Invented name stocks for the communities of Hertfordshire and Bedfordshire. Common names come first
 * (picked with a Zipf-like skew); names are plain ASCII as they are usually keyed into police systems.
 */

export type Sex = 'male' | 'female';

export type NameStock = {
  forename: (sex: Sex, birthYear: number, random: Random) => string;
  /** A family's surname (in its masculine form where the language has two). */
  family: (random: Random) => string;
  /** The surname one member of the family carries. */
  surname: (family: string, sex: Sex, random: Random) => string;
};

type StockSpec = {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Surnames some women carry instead of the family's (e.g. Begum, Kaur). */
  womensSurnames?: readonly string[];
  womensSurnameShare?: number;
  feminine?: (surname: string) => string;
};

function stock(spec: StockSpec): NameStock {
  return {
    forename: (sex, _year, random) => random.pickSkewed(sex === 'male' ? spec.male : spec.female),
    family: (random) => random.pickSkewed(spec.surnames),
    surname: (family, sex, random) => {
      if (sex === 'female' && spec.womensSurnames && random.chance(spec.womensSurnameShare ?? 0)) return random.pick(spec.womensSurnames);
      return sex === 'female' && spec.feminine ? spec.feminine(family) : family;
    },
  };
}

const ENGLISH_MALE_BY_ERA = [
  ['John', 'David', 'Michael', 'Peter', 'Robert', 'Paul', 'Stephen', 'Richard', 'Christopher', 'Anthony', 'Alan', 'Brian', 'William',
    'James', 'Keith', 'Kevin', 'Ian', 'Graham', 'Colin', 'Barry', 'Terence', 'Raymond', 'Kenneth', 'Roger', 'Trevor', 'Philip',
    'Martin', 'Gary', 'Derek', 'Geoffrey', 'Thomas', 'George', 'Charles', 'Frederick', 'Leonard', 'Ronald', 'Donald', 'Malcolm',
    'Nigel', 'Clive', 'Neil', 'Dennis', 'Stuart', 'Gordon', 'Edward', 'Harold', 'Gerald', 'Lawrence', 'Timothy', 'Gregory'],
  ['Daniel', 'James', 'Matthew', 'Christopher', 'David', 'Michael', 'Paul', 'Mark', 'Lee', 'Craig', 'Darren', 'Jason', 'Wayne',
    'Stuart', 'Richard', 'Andrew', 'Thomas', 'Adam', 'Ryan', 'Luke', 'Scott', 'Simon', 'Gareth', 'Carl', 'Dean', 'Jamie', 'Liam',
    'Benjamin', 'Jonathan', 'Robert', 'Stephen', 'Anthony', 'Nicholas', 'Shaun', 'Kieran', 'Nathan', 'Ashley', 'Samuel', 'Joseph',
    'Steven', 'Jonathan', 'Timothy', 'Philip', 'Edward', 'Alexander', 'William', 'John', 'Peter', 'Richard', 'Patrick'],
  ['Oliver', 'Jack', 'Harry', 'George', 'Charlie', 'Jacob', 'Thomas', 'Noah', 'Alfie', 'Joshua', 'William', 'James', 'Oscar', 'Leo',
    'Archie', 'Henry', 'Freddie', 'Ethan', 'Max', 'Lucas', 'Logan', 'Isaac', 'Mason', 'Riley', 'Tyler', 'Kai', 'Harrison', 'Dylan',
    'Theo', 'Louie', 'Alexander', 'Daniel', 'Samuel', 'Joseph', 'Callum', 'Connor', 'Lewis', 'Jake', 'Reece', 'Bradley', 'Liam',
    'Benjamin', 'Edward', 'Zachary', 'Nathaniel', 'Frederick', 'Albert', 'Arthur', 'Finley', 'Toby'],
] as const;

const ENGLISH_FEMALE_BY_ERA = [
  ['Susan', 'Margaret', 'Patricia', 'Linda', 'Christine', 'Elizabeth', 'Janet', 'Carol', 'Julie', 'Karen', 'Jacqueline', 'Barbara',
    'Ann', 'Pauline', 'Sandra', 'Maureen', 'Brenda', 'Jean', 'Sheila', 'Deborah', 'Gillian', 'Lesley', 'Valerie', 'Diane', 'Wendy',
    'Kathleen', 'Joan', 'Dorothy', 'Helen', 'Jennifer', 'Angela', 'Alison', 'Lynn', 'Denise', 'Beverley', 'Marion', 'Catherine',
    'Mary', 'Irene', 'Sylvia', 'Josephine', 'Christina', 'Rosemary', 'Judith', 'Teresa'],
  ['Sarah', 'Claire', 'Emma', 'Nicola', 'Lisa', 'Michelle', 'Rachel', 'Laura', 'Kelly', 'Joanne', 'Louise', 'Samantha', 'Rebecca',
    'Gemma', 'Amy', 'Hannah', 'Victoria', 'Lauren', 'Kirsty', 'Donna', 'Natalie', 'Stacey', 'Danielle', 'Zoe', 'Hayley', 'Charlotte',
    'Katie', 'Jennifer', 'Jessica', 'Catherine', 'Elizabeth', 'Kerry', 'Leanne', 'Tracey', 'Jodie', 'Sophie', 'Helen', 'Jade',
    'Amanda', 'Deborah', 'Alexandra', 'Abigail', 'Christine', 'Margaret', 'Susan'],
  ['Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophia', 'Grace', 'Mia', 'Poppy', 'Ella', 'Lily', 'Evie', 'Isabella', 'Sophie',
    'Jessica', 'Chloe', 'Ruby', 'Freya', 'Florence', 'Millie', 'Daisy', 'Phoebe', 'Holly', 'Megan', 'Ellie', 'Lucy', 'Erin', 'Alice',
    'Charlotte', 'Scarlett', 'Maisie', 'Amber', 'Abigail', 'Eleanor', 'Hannah', 'Katie', 'Lauren', 'Georgia', 'Bethany', 'Leah',
    'Courtney', 'Elizabeth', 'Victoria', 'Rebecca', 'Samantha'],
] as const;

const ENGLISH_SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker',
  'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Harris', 'Lewis', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris',
  'Moore', 'King', 'Baker', 'Turner', 'Harrison', 'Allen', 'Young', 'Scott', 'Edwards', 'Mitchell', 'Phillips', 'Anderson', 'Parker',
  'Bennett', 'Carter', 'Hughes', 'Cook', 'Shaw', 'Lee', 'Watson', 'Richardson', 'Chapman', 'Marshall', 'Ellis', 'Bailey', 'Griffiths',
  'Adams', 'Collins', 'Webb', 'Mason', 'Hunt', 'Rogers', 'Holmes', 'Palmer', 'Price', 'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell',
  'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Dixon', 'Fletcher', 'Pearson', 'Harvey', 'Howard', 'Gibson', 'Mills', 'Andrews', 'Payne',
  'Fox', 'Elliott', 'Grant', 'Robertson', 'Lawrence', 'Bell', 'Reynolds', 'Graham', 'Simpson', 'Murray', 'Stewart', 'Ross', 'Saunders',
  'Sutton', 'Spencer', 'Wells', 'Holland', 'Porter', 'Gardner', 'Powell', 'Pearce', 'Davis', 'Rose', 'Hart', 'Stone', 'Burton', 'Gray',
  'Newman', 'Hayes', 'Cole', 'Day', 'Matthews', 'Lane', 'Hunter', 'Dawson', 'Berry', 'Hudson', 'Armstrong', 'Perkins', 'Reid', 'Page',
  'Hopkins', 'Brooks', 'Lambert', 'Chambers', 'Barrett', 'Francis', 'Henderson', 'Jarvis', 'Goodwin', 'Sharp', 'Tucker', 'Gordon',
  'Bishop', 'Booth', 'Cox', 'Wheeler', 'Ball', 'Hammond', 'Dunn', 'Nicholls', 'Fuller', 'Sims', 'Rowe', 'Weston', 'Norman', 'Godfrey',
  'Pratt', 'Hubbard', 'Chandler', 'Hitchcock', 'Hawkins', 'Cross', 'Osborne', 'Kemp', 'Abbott', 'Dean', 'Skinner', 'Finch', 'Pike',
  'Hale', 'Keen', 'Ashby', 'Brewer', 'Thorne', 'Parsons', 'Sheppard', 'Gilbert', 'Fowler', 'Lowe', 'Webster', 'Mann', 'Knowles',
];

/** Morphemes of English place-name surnames (Ashworth, Whitfield, Stanley…): the long tail real registers have. */
const SURNAME_STEMS = ['Ash', 'Ald', 'Brad', 'Brom', 'Burn', 'Cal', 'Chat', 'Clay', 'Cran', 'Dar', 'Don', 'Elm', 'Fair', 'Farn', 'Gil',
  'Gold', 'Ham', 'Hart', 'Hay', 'Hol', 'Hux', 'Kel', 'Kings', 'Lang', 'Lock', 'Mar', 'Mid', 'Mor', 'Nor', 'Ock', 'Pen', 'Ral', 'Red',
  'Rock', 'Sal', 'Sel', 'Sher', 'Stan', 'Stock', 'Strat', 'Thorn', 'Tod', 'Wal', 'War', 'Wat', 'Wen', 'Whit', 'Wil', 'Win', 'Brock'];
const SURNAME_ENDINGS = ['ley', 'ton', 'ford', 'field', 'worth', 'wood', 'by', 'combe', 'ham', 'well', 'dale', 'bury', 'ridge', 'more',
  'hurst', 'stead', 'wick', 'land', 'sby', 'ington'];
const ENGLISH_TAIL = SURNAME_STEMS.flatMap((stem) => SURNAME_ENDINGS.map((end) => stem + end));

function era(birthYear: number): 0 | 1 | 2 {
  return birthYear < 1970 ? 0 : birthYear < 1995 ? 1 : 2;
}

export const english: NameStock = {
  forename: (sex, year, random) => random.pickSkewed((sex === 'male' ? ENGLISH_MALE_BY_ERA : ENGLISH_FEMALE_BY_ERA)[era(year)]),
  family: (random) => (random.chance(0.55) ? random.pickSkewed(ENGLISH_SURNAMES) : random.pick(ENGLISH_TAIL)),
  surname: (family) => family,
};

export const irish = stock({
  male: ['Sean', 'Patrick', 'Michael', 'Ciaran', 'Declan', 'Padraig', 'Eoin', 'Conor', 'Liam', 'Niall', 'Cathal', 'Darragh', 'Fergus',
    'Brendan', 'Kieran', 'Dermot', 'Colm', 'Ronan', 'Cian', 'Oisin', 'Aidan', 'Shane', 'Eamon', 'Gerard'],
  female: ['Siobhan', 'Mary', 'Aoife', 'Niamh', 'Ciara', 'Orla', 'Roisin', 'Sinead', 'Grainne', 'Mairead', 'Deirdre', 'Bridget',
    'Maeve', 'Aisling', 'Clodagh', 'Eimear', 'Caoimhe', 'Kathleen', 'Fiona', 'Noreen', 'Nora', 'Maura'],
  surnames: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', "O'Brien", 'Byrne', 'Ryan', "O'Connor", "O'Neill", "O'Reilly", 'Doyle', 'McCarthy',
    'Gallagher', 'Doherty', 'Kennedy', 'Lynch', 'Murray', 'Quinn', 'McLoughlin', 'Carroll', 'Connolly', 'Daly', "O'Connell", 'Brennan',
    'Burke', 'Fitzgerald', 'Maguire', 'Nolan', 'Flynn', 'Power', 'Keane', 'Sheehan', 'McNamara', 'Donovan', 'Mulligan', 'Costello',
    'Cassidy', 'Healy', 'Hogan', 'Boyle', 'McGrath', 'Duffy', 'Foley', 'Regan'],
});

export const traveller = stock({
  male: ['John', 'Patrick', 'Michael', 'Martin', 'Thomas', 'James', 'Johnny', 'Paddy', 'William', 'Joseph', 'Edward', 'Jimmy'],
  female: ['Mary', 'Bridget', 'Margaret', 'Kathleen', 'Nora', 'Ellen', 'Winnie', 'Shannon', 'Elizabeth', 'Anne', 'Julia', 'Helen'],
  surnames: ['Ward', 'McDonagh', 'Joyce', 'Connors', 'Doherty', 'Maughan', 'Stokes', 'Delaney', 'McGinley', 'Lee', 'Price', 'Smith',
    'Cash', 'Quilligan', 'Purcell', 'Gaskin', 'Loveridge', 'Boswell', 'Lovell', 'Cooper', 'Brazil', 'McCann'],
});

export const polish = stock({
  male: ['Piotr', 'Krzysztof', 'Tomasz', 'Pawel', 'Marcin', 'Michal', 'Lukasz', 'Jakub', 'Kamil', 'Mateusz', 'Adam', 'Marek',
    'Grzegorz', 'Wojciech', 'Dariusz', 'Andrzej', 'Rafal', 'Bartosz', 'Damian', 'Szymon', 'Aleksander', 'Sebastian', 'Dawid', 'Artur'],
  female: ['Anna', 'Katarzyna', 'Agnieszka', 'Malgorzata', 'Joanna', 'Magdalena', 'Monika', 'Ewa', 'Karolina', 'Natalia', 'Justyna',
    'Aleksandra', 'Marta', 'Paulina', 'Dorota', 'Beata', 'Zuzanna', 'Weronika', 'Kinga', 'Izabela'],
  surnames: ['Nowak', 'Kowalski', 'Wisniewski', 'Wojcik', 'Kowalczyk', 'Kaminski', 'Lewandowski', 'Zielinski', 'Szymanski', 'Wozniak',
    'Dabrowski', 'Kozlowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Nowakowski', 'Pawlowski',
    'Michalski', 'Nowicki', 'Adamczyk', 'Dudek', 'Zajac', 'Wieczorek', 'Jablonski', 'Krol', 'Majewski', 'Olszewski', 'Jaworski',
    'Wrobel', 'Malinowski', 'Pawlak', 'Witkowski', 'Walczak', 'Stepien', 'Gorski', 'Rutkowski', 'Sikora', 'Baran', 'Kubiak'],
  feminine: (s) => s.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka'),
});

export const romanian = stock({
  male: ['Andrei', 'Alexandru', 'Ionut', 'Mihai', 'Florin', 'Constantin', 'Gheorghe', 'Ion', 'Marius', 'Adrian', 'Cristian', 'Stefan',
    'Bogdan', 'Vasile', 'Daniel', 'Gabriel', 'Nicolae', 'Razvan', 'Sorin', 'Catalin', 'Ioan', 'Valentin'],
  female: ['Maria', 'Elena', 'Ioana', 'Andreea', 'Mihaela', 'Alexandra', 'Cristina', 'Gabriela', 'Georgiana', 'Roxana', 'Daniela',
    'Florentina', 'Ana', 'Simona', 'Alina', 'Raluca', 'Diana', 'Nicoleta', 'Bianca', 'Larisa'],
  surnames: ['Popescu', 'Ionescu', 'Popa', 'Pop', 'Radu', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rusu',
    'Munteanu', 'Constantin', 'Marin', 'Florea', 'Ilie', 'Dinu', 'Serban', 'Lungu', 'Moldovan', 'Nistor', 'Tudor', 'Dobre', 'Barbu',
    'Oprea', 'Lazar', 'Mocanu', 'Dragomir', 'Enache', 'Sandu', 'Toma'],
});

export const southernEuropean = stock({
  male: ['Marco', 'Luca', 'Giuseppe', 'Antonio', 'Francesco', 'Joao', 'Pedro', 'Tiago', 'Rui', 'Carlos', 'Paolo', 'Miguel', 'Javier'],
  female: ['Giulia', 'Francesca', 'Maria', 'Ana', 'Sofia', 'Beatriz', 'Chiara', 'Rita', 'Ines', 'Sara', 'Lucia', 'Carmen', 'Elena'],
  surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Silva', 'Santos', 'Ferreira', 'Pereira',
    'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Goncalves', 'Gomes', 'Garcia', 'Martinez', 'Lopez', 'Sanchez'],
});

export const greekCypriot = stock({
  male: ['Andreas', 'Georgios', 'Christos', 'Costas', 'Nikos', 'Panayiotis', 'Demetrios', 'Michalis', 'Savvas', 'Stelios', 'Yiannis', 'Petros'],
  female: ['Maria', 'Eleni', 'Georgia', 'Christina', 'Anna', 'Despina', 'Androulla', 'Stella', 'Katerina', 'Sophia', 'Niki', 'Irene'],
  surnames: ['Georgiou', 'Christodoulou', 'Ioannou', 'Constantinou', 'Demetriou', 'Charalambous', 'Nicolaou', 'Michael', 'Andreou',
    'Panayi', 'Kyriacou', 'Savva', 'Hadjicosta', 'Pavlou', 'Theodorou', 'Economou', 'Stylianou', 'Loizou', 'Antoniou', 'Petrou'],
});

export const turkish = stock({
  male: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hasan', 'Huseyin', 'Ibrahim', 'Osman', 'Emre', 'Murat', 'Kemal', 'Cem', 'Burak',
    'Serkan', 'Hakan', 'Erkan', 'Deniz', 'Yusuf'],
  female: ['Ayse', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Meryem', 'Sevgi', 'Gul', 'Ozlem', 'Derya', 'Esra', 'Aylin', 'Nur', 'Selin'],
  surnames: ['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Yildirim', 'Ozturk', 'Aydin', 'Ozdemir', 'Arslan', 'Dogan', 'Kilic',
    'Aslan', 'Cetin', 'Kara', 'Koc', 'Kurt', 'Ozkan', 'Mehmet', 'Ahmet', 'Huseyin', 'Ibrahim', 'Mustafa', 'Ali'],
});

export const caribbean = stock({
  male: ['Marcus', 'Jermaine', 'Tyrone', 'Dwayne', 'Leroy', 'Winston', 'Delroy', 'Clive', 'Errol', 'Andre', 'Nathaniel', 'Kemar',
    'Jerome', 'Trevor', 'Devon', 'Wesley', 'Curtis', 'Darnell', 'Shane', 'Kyle', 'Reuben', 'Jordan', 'Isaiah', 'Elijah', 'Tyrese', 'Michael'],
  female: ['Shanice', 'Tanisha', 'Keisha', 'Marcia', 'Sharon', 'Jacqueline', 'Beverley', 'Simone', 'Natasha', 'Chantelle', 'Jasmine',
    'Aaliyah', 'Tiana', 'Monique', 'Yvonne', 'Claudette', 'Hyacinth', 'Paulette', 'Janelle', 'Danielle', 'Nia'],
  surnames: ['Campbell', 'Brown', 'Williams', 'Thomas', 'Johnson', 'Smith', 'Francis', 'Grant', 'Thompson', 'Clarke', 'Henry', 'Reid',
    'Robinson', 'Graham', 'Morgan', 'Edwards', 'Lewis', 'Bailey', 'Walker', 'Gordon', 'Forbes', 'McKenzie', 'Samuels', 'Wright',
    'Richards', 'Murray', 'Stewart', 'Barrett', 'Hylton', 'Powell', 'Bennett', 'Anderson', 'Spence', 'Chambers', 'Daley', 'Gayle',
    'Hinds', 'Beckford', 'Ellis', 'Scott'],
});

export const nigerian = stock({
  male: ['Oluwaseun', 'Chukwuemeka', 'Emeka', 'Tunde', 'Babatunde', 'Adebayo', 'Olumide', 'Chinedu', 'Femi', 'Segun', 'Kehinde',
    'Taiwo', 'Obinna', 'Ikenna', 'Ayodele', 'David', 'Daniel', 'Samuel', 'Emmanuel', 'Joshua'],
  female: ['Folake', 'Ngozi', 'Chioma', 'Funmilayo', 'Adaeze', 'Oluwakemi', 'Temitope', 'Yetunde', 'Chiamaka', 'Blessing', 'Precious',
    'Abimbola', 'Bukola', 'Nneka', 'Ifeoma', 'Grace', 'Esther', 'Deborah'],
  surnames: ['Adeyemi', 'Okafor', 'Okonkwo', 'Adebayo', 'Ogunleye', 'Oladipo', 'Olawale', 'Eze', 'Nwosu', 'Obi', 'Okoro', 'Afolabi',
    'Balogun', 'Ibrahim', 'Bello', 'Adewale', 'Onyeka', 'Uche', 'Akinola', 'Ogundipe', 'Oyelaran', 'Adeleke', 'Nwachukwu', 'Okeke'],
});

export const ghanaian = stock({
  male: ['Kwame', 'Kofi', 'Kwabena', 'Yaw', 'Kwaku', 'Kojo', 'Emmanuel', 'Samuel', 'Isaac', 'Richard', 'Prince', 'Ebenezer'],
  female: ['Akosua', 'Ama', 'Abena', 'Efua', 'Adwoa', 'Esi', 'Gifty', 'Comfort', 'Patience', 'Mercy', 'Priscilla', 'Linda'],
  surnames: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Appiah', 'Agyeman', 'Amoah', 'Darko', 'Acheampong', 'Ansah', 'Asamoah',
    'Badu', 'Ofori', 'Quaye', 'Addo', 'Sarpong', 'Opoku'],
});

export const somali = stock({
  male: ['Abdi', 'Mohamed', 'Abdirahman', 'Hassan', 'Ahmed', 'Yusuf', 'Abdullahi', 'Omar', 'Ali', 'Ismail', 'Abdikarim', 'Mahad', 'Osman'],
  female: ['Hodan', 'Amina', 'Fadumo', 'Hawa', 'Asha', 'Sahra', 'Hibo', 'Ayan', 'Khadra', 'Nasra', 'Fatima', 'Ifrah', 'Sagal'],
  surnames: ['Mohamed', 'Ali', 'Hassan', 'Abdi', 'Ahmed', 'Omar', 'Warsame', 'Farah', 'Hussein', 'Jama', 'Osman', 'Nur', 'Aden',
    'Yusuf', 'Egal', 'Ismail', 'Abdullahi', 'Duale'],
});

export const southernAfrican = stock({
  male: ['Tendai', 'Tatenda', 'Farai', 'Tinashe', 'Blessing', 'Tafadzwa', 'Simba', 'Kudakwashe', 'Brian', 'Gift'],
  female: ['Rudo', 'Chipo', 'Nyasha', 'Tsitsi', 'Rutendo', 'Fadzai', 'Vimbai', 'Tariro', 'Memory', 'Sharon'],
  surnames: ['Moyo', 'Ncube', 'Ndlovu', 'Sibanda', 'Dube', 'Chikwanha', 'Mutasa', 'Nyathi', 'Chirwa', 'Banda', 'Mpofu', 'Phiri'],
});

export const indian = stock({
  male: ['Raj', 'Rajesh', 'Sanjay', 'Amit', 'Anil', 'Vijay', 'Ravi', 'Nikhil', 'Rohan', 'Arjun', 'Dev', 'Kiran', 'Pradeep', 'Hitesh',
    'Jayesh', 'Nilesh', 'Mahesh', 'Ashok', 'Dinesh', 'Suresh', 'Siddharth', 'Vikram', 'Aarav', 'Krish'],
  female: ['Priya', 'Anjali', 'Pooja', 'Neha', 'Sunita', 'Meera', 'Kavita', 'Asha', 'Nisha', 'Rekha', 'Hema', 'Geeta', 'Shreya',
    'Divya', 'Komal', 'Jaya', 'Bhavna', 'Hetal', 'Nikita', 'Riya', 'Ananya'],
  surnames: ['Patel', 'Shah', 'Sharma', 'Mistry', 'Desai', 'Joshi', 'Parmar', 'Solanki', 'Chauhan', 'Mehta', 'Kumar', 'Modi', 'Thakkar',
    'Gupta', 'Rao', 'Nair', 'Pillai', 'Iyer', 'Lad', 'Chavda', 'Pandya', 'Vyas', 'Bhatt', 'Trivedi'],
});

export const sikh = stock({
  male: ['Harpreet', 'Gurpreet', 'Jaswinder', 'Manjit', 'Sukhwinder', 'Harjit', 'Kuldip', 'Amarjit', 'Jagdeep', 'Rajinder', 'Harvinder',
    'Ranjit', 'Jasdeep', 'Gurdeep', 'Arjan'],
  female: ['Harpreet', 'Gurpreet', 'Jaswinder', 'Manjit', 'Sukhwinder', 'Simran', 'Navdeep', 'Kiranjit', 'Jasleen', 'Amrit', 'Parminder',
    'Rupinder', 'Balbir'],
  surnames: ['Singh', 'Sandhu', 'Gill', 'Sidhu', 'Dhillon', 'Grewal', 'Bains', 'Johal', 'Atwal', 'Sahota', 'Virdi', 'Bhogal',
    'Dhaliwal', 'Rai', 'Kang', 'Mann', 'Sohal'],
  womensSurnames: ['Kaur'],
  womensSurnameShare: 0.35,
  feminine: (s) => (s === 'Singh' ? 'Kaur' : s),
});

export const pakistani = stock({
  male: ['Mohammed', 'Muhammad', 'Imran', 'Asif', 'Tariq', 'Zubair', 'Faisal', 'Kamran', 'Adnan', 'Usman', 'Bilal', 'Hamza', 'Zain',
    'Ayaan', 'Rizwan', 'Shahid', 'Naveed', 'Arshad', 'Amir', 'Sajid', 'Waqas', 'Ahmed', 'Ali', 'Omar', 'Ibrahim', 'Yusuf', 'Hassan', 'Mustafa'],
  female: ['Fatima', 'Ayesha', 'Aisha', 'Zainab', 'Maryam', 'Nadia', 'Sana', 'Saima', 'Shazia', 'Rubina', 'Nazia', 'Farah', 'Hina',
    'Sadia', 'Amina', 'Khadija', 'Iqra', 'Mariam', 'Samina', 'Rukhsana'],
  surnames: ['Khan', 'Hussain', 'Ahmed', 'Ali', 'Mahmood', 'Iqbal', 'Akhtar', 'Shah', 'Butt', 'Malik', 'Mirza', 'Qureshi', 'Rashid',
    'Aslam', 'Javed', 'Raja', 'Chaudhry', 'Bashir', 'Anwar', 'Mohammed', 'Rehman', 'Sheikh', 'Saleem', 'Nawaz', 'Riaz', 'Younis', 'Zaman'],
  womensSurnames: ['Bibi', 'Begum', 'Akhtar', 'Kauser'],
  womensSurnameShare: 0.15,
});

export const bangladeshi = stock({
  male: ['Mohammed', 'Abdul', 'Shahid', 'Rahim', 'Karim', 'Jamal', 'Faruk', 'Anwar', 'Rashid', 'Shamim', 'Rubel', 'Sohel', 'Habib',
    'Ruhul', 'Kamrul', 'Jahangir', 'Nazrul', 'Saiful', 'Ahmed', 'Yusuf', 'Ibrahim', 'Hussain'],
  female: ['Shirin', 'Nasima', 'Rokeya', 'Ruksana', 'Shahida', 'Salma', 'Fahmida', 'Taslima', 'Halima', 'Jesmin', 'Sumaiya', 'Tahmina',
    'Nazma', 'Rehana', 'Husna', 'Fatima', 'Aisha'],
  surnames: ['Miah', 'Ahmed', 'Ali', 'Rahman', 'Uddin', 'Islam', 'Hussain', 'Hoque', 'Choudhury', 'Khan', 'Alom', 'Hossain', 'Chowdhury',
    'Sarkar', 'Talukdar', 'Amin', 'Haque', 'Miah', 'Rahman'],
  womensSurnames: ['Begum', 'Khatun', 'Bibi'],
  womensSurnameShare: 0.45,
});

export const chinese = stock({
  male: ['Wei', 'Jun', 'Hao', 'Ming', 'Lei', 'Jian', 'Yong', 'Kevin', 'Michael', 'Daniel', 'Jason', 'Tony', 'Eric', 'Peter', 'Kenneth', 'Chi'],
  female: ['Li', 'Mei', 'Xiaoling', 'Yan', 'Jing', 'Hui', 'Ling', 'Fang', 'Amy', 'Jenny', 'Grace', 'Vivian', 'Michelle', 'Helen', 'Karen', 'Wing'],
  surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Wong', 'Chan', 'Cheung', 'Lee', 'Lam', 'Ng',
    'Ho', 'Leung', 'Tang', 'Yip', 'Lau', 'Chow', 'Tsang'],
});

export const sriLankan = stock({
  male: ['Sivakumar', 'Ganesh', 'Prakash', 'Tharshan', 'Kajan', 'Kumaran', 'Rajan', 'Niroshan', 'Dinesh', 'Mathan'],
  female: ['Tharshika', 'Nirosha', 'Kavitha', 'Lakshmi', 'Shalini', 'Thanuja', 'Sharmila', 'Vithya'],
  surnames: ['Sivakumar', 'Kanagaratnam', 'Thambirajah', 'Selvarajah', 'Navaratnam', 'Rajendran', 'Jeyakumar', 'Balasingham', 'Perera', 'Fernando'],
});

export const filipino = stock({
  male: ['Jose', 'Mark', 'Ronald', 'Rodel', 'Angelo', 'Jun', 'Joel', 'Arnel'],
  female: ['Maria', 'Marites', 'Jocelyn', 'Rowena', 'Analyn', 'Cristina', 'Lorna', 'Divina'],
  surnames: ['Santos', 'Reyes', 'Cruz', 'Garcia', 'Dela Cruz', 'Mendoza', 'Bautista', 'Villanueva', 'Ramos', 'Aquino'],
});

export const nepali = stock({
  male: ['Ram', 'Bikash', 'Sunil', 'Krishna', 'Bishnu', 'Dil', 'Hari', 'Prem', 'Suraj', 'Dipak'],
  female: ['Sita', 'Gita', 'Sunita', 'Anita', 'Kamala', 'Sarita', 'Laxmi', 'Puja'],
  surnames: ['Gurung', 'Thapa', 'Rai', 'Limbu', 'Magar', 'Tamang', 'Shrestha', 'Sherpa', 'Pun'],
});

export const afghan = stock({
  male: ['Ahmad', 'Mohammad', 'Abdul', 'Farid', 'Jawad', 'Hamid', 'Nasir', 'Wahid'],
  female: ['Fereshta', 'Zahra', 'Mariam', 'Shabnam', 'Parwana', 'Nilofar', 'Freshta'],
  surnames: ['Ahmadi', 'Rahimi', 'Hakimi', 'Karimi', 'Noori', 'Sultani', 'Popal', 'Stanikzai', 'Safi'],
});

export const arab = stock({
  male: ['Omar', 'Khalid', 'Ahmed', 'Mohamed', 'Youssef', 'Ali', 'Hassan', 'Karim', 'Tarek', 'Samir', 'Walid', 'Nabil', 'Fadi', 'Rami', 'Mustafa'],
  female: ['Layla', 'Nour', 'Yasmin', 'Rania', 'Dina', 'Salma', 'Huda', 'Mariam', 'Lina', 'Reem', 'Hala', 'Sara', 'Aisha'],
  surnames: ['Hassan', 'Ibrahim', 'Mahmoud', 'Khalil', 'Saleh', 'Haddad', 'Nasser', 'Mansour', 'Abdallah', 'Al-Sayed', 'Al-Hashimi',
    'Farouk', 'Aziz', 'Hamdan', 'Said', 'Mohamed', 'Hussein', 'Youssef'],
});

export const iranian = stock({
  male: ['Reza', 'Ali', 'Mehdi', 'Amir', 'Hossein', 'Saeed', 'Dariush', 'Kaveh', 'Babak', 'Arash'],
  female: ['Maryam', 'Fatemeh', 'Zahra', 'Nazanin', 'Shirin', 'Parisa', 'Leila', 'Roya', 'Mina', 'Neda'],
  surnames: ['Ahmadi', 'Hosseini', 'Mohammadi', 'Rezaei', 'Karimi', 'Moradi', 'Jafari', 'Rahimi', 'Tehrani', 'Sadeghi', 'Kazemi', 'Nouri'],
});

export const latinAmerican = stock({
  male: ['Luis', 'Carlos', 'Juan', 'Diego', 'Andres', 'Jorge', 'Felipe', 'Santiago'],
  female: ['Maria', 'Camila', 'Valentina', 'Daniela', 'Gabriela', 'Paula', 'Andrea', 'Natalia'],
  surnames: ['Gonzalez', 'Rodriguez', 'Lopez', 'Martinez', 'Hernandez', 'Perez', 'Gomez', 'Diaz', 'Vargas', 'Castro', 'Rojas', 'Silva'],
});
