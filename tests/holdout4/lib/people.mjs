// Names, accounts and devices.

const NAMES = {
  NL: {
    m: ['Daan', 'Sem', 'Lucas', 'Bram', 'Thijs', 'Jesse', 'Ruben', 'Lars', 'Niels', 'Joost', 'Pieter', 'Sander', 'Wouter', 'Jeroen', 'Martijn', 'Koen', 'Mohamed', 'Youssef', 'Kevin', 'Dennis', 'Rick', 'Tim', 'Stefan', 'Erik', 'Gert', 'Hans', 'Marco', 'Bart'],
    f: ['Emma', 'Sanne', 'Lotte', 'Fleur', 'Anouk', 'Iris', 'Eva', 'Femke', 'Lieke', 'Marloes', 'Esther', 'Ingrid', 'Nienke', 'Mirjam', 'Yara', 'Noor', 'Fatima', 'Kim', 'Linda', 'Petra', 'Sophie', 'Julia', 'Manon', 'Ilse'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'van der Linden', 'Verhoeven', 'Willems', 'El Amrani', 'Yilmaz', 'Bouzid', 'Kuipers', 'Postma', 'Vermeulen', 'Maas', 'Verbeek', 'Hermans', 'Gerritsen'],
  },
  DE: {
    m: ['Lukas', 'Jonas', 'Leon', 'Felix', 'Tobias', 'Sebastian', 'Stefan', 'Michael', 'Thomas', 'Andreas', 'Jan', 'Markus', 'Mehmet', 'Dmitri', 'Florian', 'Daniel', 'Christian', 'Matthias', 'Uwe', 'Jürgen', 'Kai', 'Sven', 'Dirk', 'Oliver'],
    f: ['Anna', 'Lena', 'Laura', 'Julia', 'Sarah', 'Katharina', 'Sabine', 'Petra', 'Nicole', 'Claudia', 'Hannah', 'Ayşe', 'Olga', 'Melanie', 'Stefanie', 'Jana', 'Birgit', 'Monika', 'Anja', 'Kerstin'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Kaya', 'Öztürk', 'Nowak', 'Kowalski', 'Yıldız', 'Becker', 'Vogel', 'Jung', 'Keller', 'Günther'],
  },
  PL: {
    m: ['Jakub', 'Kacper', 'Szymon', 'Jan', 'Filip', 'Mateusz', 'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Łukasz', 'Marcin', 'Oleksandr', 'Andrii', 'Grzegorz', 'Wojciech', 'Rafał', 'Dariusz', 'Adam', 'Bartosz', 'Damian'],
    f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Aleksandra', 'Zofia', 'Natalia', 'Ewa', 'Małgorzata', 'Karolina', 'Olena', 'Monika', 'Paulina', 'Justyna', 'Marta', 'Beata', 'Iwona'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Pawłowski', 'Michalski', 'Shevchenko', 'Kovalenko', 'Nowicki', 'Adamczyk', 'Dudek', 'Zając', 'Wieczorek', 'Jabłoński', 'Król', 'Majewski'],
  },
  ES: {
    m: ['Hugo', 'Martín', 'Lucas', 'Daniel', 'Pablo', 'Alejandro', 'Javier', 'Carlos', 'David', 'Sergio', 'Jorge', 'Álvaro', 'Adrián', 'Iván', 'Rubén', 'Raúl', 'Óscar', 'Miguel Ángel', 'José Luis', 'Manuel'],
    f: ['Lucía', 'Sofía', 'María', 'Paula', 'Laura', 'Carmen', 'Elena', 'Marta', 'Ana', 'Cristina', 'Raquel', 'Nerea', 'Irene', 'Silvia', 'Beatriz', 'Rocío', 'Pilar', 'Noelia'],
    last: ['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Álvarez', 'Muñoz', 'Romero', 'Navarro', 'Torres', 'Gil', 'Serrano', 'Blanco', 'Ortega', 'Lázaro'],
  },
  PT: {
    m: ['João', 'Rodrigo', 'Francisco', 'Martim', 'Tiago', 'Rui', 'Pedro', 'Miguel', 'Diogo', 'Nuno', 'Bruno', 'Ricardo', 'André', 'Vasco', 'Luís', 'Hélder'],
    f: ['Ana', 'Beatriz', 'Mariana', 'Inês', 'Catarina', 'Sofia', 'Joana', 'Rita', 'Carla', 'Sara', 'Filipa', 'Marta', 'Patrícia', 'Cláudia', 'Vânia', 'Daniela'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira', 'Moreira', 'Correia', 'Mendes'],
  },
  FR: {
    m: ['Lucas', 'Hugo', 'Louis', 'Gabriel', 'Arthur', 'Thomas', 'Nicolas', 'Julien', 'Mathieu', 'Antoine', 'Maxime', 'Romain', 'Olivier', 'Pierre'],
    f: ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Juliette', 'Élodie', 'Sophie', 'Aurélie', 'Céline', 'Nathalie', 'Émilie'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Fournier', 'Girard', 'Bonnet', 'Rousseau', 'Blanc', 'Faure'],
  },
  IN: {
    m: ['Arjun', 'Rahul', 'Vikram', 'Sanjay', 'Karthik', 'Rohit', 'Anil', 'Suresh'],
    f: ['Priya', 'Divya', 'Ananya', 'Kavya', 'Sneha', 'Lakshmi'],
    last: ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Patel', 'Rao', 'Krishnan', 'Menon', 'Gupta', 'Kulkarni'],
  },
  GB: { m: ['James', 'Oliver', 'Harry', 'George', 'Tom', 'Ben'], f: ['Emily', 'Charlotte', 'Amelia', 'Grace', 'Hannah'], last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Walker'] },
  DK: { m: ['Mads', 'Rasmus', 'Søren', 'Anders', 'Mikkel'], f: ['Mette', 'Sofie', 'Ida', 'Freja'], last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen', 'Sørensen'] },
  CZ: { m: ['Jakub', 'Tomáš', 'Petr', 'Martin', 'Lukáš'], f: ['Tereza', 'Eliška', 'Lucie', 'Kateřina'], last: ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka', 'Kučera'] },
};

const FOLD = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'ß': 'ss', 'ı': 'i', 'æ': 'ae' };
export function ascii(s) {
  return s.replace(/[łŁøßıæ]/g, (c) => FOLD[c]).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Feminine form of Polish surnames. */
function plFem(last) {
  if (last.endsWith('ski')) return last.slice(0, -1) + 'a';
  if (last.endsWith('cki') || last.endsWith('dzki')) return last.slice(0, -1) + 'a';
  return last;
}

export class People {
  constructor(rng, domain) {
    this.rng = rng;
    this.domain = domain;
    this.taken = new Set();
  }
  /** A person's name for nationality cc. */
  name(cc) {
    const rng = this.rng;
    const n = NAMES[cc] || NAMES.NL;
    const female = rng.chance(0.45);
    const given = rng.pick(female ? n.f : n.m);
    let last = rng.pick(n.last);
    if (cc === 'PL' && female) last = plFem(last);
    let display = `${given} ${last}`;
    if (cc === 'ES' && rng.chance(0.7)) display = `${given} ${last} ${rng.pick(n.last)}`;
    return { given, last, display };
  }
  /** Unique mail nickname given.surname (folded), with a digit on collision. */
  nick(given, last) {
    const base = ascii(`${given}.${last}`).toLowerCase().replace(/\s+/g, '').replace(/[^a-z0-9.\-]/g, '');
    let nick = base, i = 2;
    while (this.taken.has(nick)) nick = `${base}${i++}`;
    this.taken.add(nick);
    return nick;
  }
  reserve(nick) {
    if (this.taken.has(nick)) throw new Error(`duplicate account ${nick}`);
    this.taken.add(nick);
    return nick;
  }
}

// ---- devices --------------------------------------------------------------------------------
const PHONES_IOS = ['iPhone 13', 'iPhone 14', 'iPhone 15', 'iPhone 15 Pro', 'iPhone SE'];
const PHONES_ANDROID = [['SM-A546B', 'Galaxy A54'], ['SM-S911B', 'Galaxy S23'], ['SM-A356B', 'Galaxy A35'], ['Pixel 8', 'Pixel 8'], ['SM-G991B', 'Galaxy S21'], ['CPH2581', 'OPPO Reno11'], ['2201117TY', 'Redmi Note 11']];

export function laptop(rng, kind = 'win', tag = 'LT') {
  if (kind === 'mac') return { id: rng.guid(), displayName: `HRL-MB-${rng.int(1000, 9999)}`, os: 'MacOs', browser: 'Chrome 122.0.0', compliant: true, managed: true, trustType: 'Azure AD registered', kind: 'mac' };
  return { id: rng.guid(), displayName: `HRL-${tag}-${rng.int(10000, 99999)}`, os: 'Windows10', browser: 'Edge 122.0.0', compliant: true, managed: true, trustType: rng.chance(0.55) ? 'Hybrid Azure AD joined' : 'Azure AD joined', kind: 'win' };
}
export function phone(rng, opts = {}) {
  const ios = opts.ios ?? rng.chance(0.5);
  const managed = opts.managed ?? false;
  if (ios) {
    const model = rng.pick(PHONES_IOS);
    return { id: rng.guid(), displayName: model, model, os: 'Ios', browser: 'Mobile Safari 17.3', compliant: managed, managed, trustType: 'Azure AD registered', kind: 'ios' };
  }
  const [model, name] = opts.android || rng.pick(PHONES_ANDROID);
  return { id: rng.guid(), displayName: name, model, os: 'Android', browser: 'Chrome Mobile 122.0.6261', compliant: managed, managed, trustType: 'Azure AD registered', kind: 'android' };
}
/** A browser-only context (home PC, personal tablet): no device identity. */
export function unmanaged(os = 'Windows10', browser = 'Chrome 122.0.0') {
  return { id: '', displayName: '', os, browser, compliant: false, managed: false, trustType: '', kind: 'none' };
}
