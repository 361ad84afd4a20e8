// The people of Kestrel Freight Systems: roles, offices, homes, devices, habits.
import { TENANT, OFFICES, VENDORS, addr, NETS } from './places.mjs';

const NAMES = {
  NL: ['Daan Sem Lucas Bram Milan Jesse Thijs Ruben Lars Tim Emma Julia Sophie Anna Lotte Fleur Sanne Eva Noor Lisa', 'de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Dijk|Dekker|Brouwer|Kok|Jacobs|van der Linden'],
  DE: ['Lukas Leon Finn Jonas Paul Felix Maximilian Jan Tobias Niklas Mia Lena Hannah Laura Lea Julia Sarah Katharina Johanna Anja', 'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|Schröder|Neumann|Braun|Zimmermann|Krüger|Hartmann'],
  GB: ['Oliver George Harry Jack Jacob Charlie Thomas James William Daniel Olivia Amelia Isla Ava Emily Sophie Grace Chloe Ella Jessica', 'Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke'],
  US: ['Michael Christopher Matthew Joshua David James Daniel Robert John Joseph Jennifer Jessica Ashley Emily Sarah Samantha Amanda Brittany Elizabeth Maria', 'Garcia|Martinez|Rodriguez|Hernandez|Lopez|Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White|Harris|Sanchez|Clark'],
  SG: ['Wei Jun Hao Ming Jia Hui Xin Yi Kai Zhi Siti Nur Aisyah Priya Arjun Ravi Mei Ling Daniel Rachel', 'Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|Kumar'],
  PL: ['Jakub Kacper Szymon Mateusz Bartosz Michal Piotr Tomasz Pawel Krzysztof Anna Maria Katarzyna Magdalena Agnieszka Joanna Aleksandra Monika Natalia Zofia', 'Nowak|Kowalski|Wisniewski|Wojcik|Kowalczyk|Kaminski|Lewandowski|Zielinski|Szymanski|Wozniak|Dabrowski|Kozlowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Nowakowski|Pawlowski'],
  IN: ['Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Krishna Ishaan Rohan Ananya Diya Priya Kavya Aditi Sneha Pooja Neha Riya Meera', 'Sharma|Patel|Deshpande|Kulkarni|Joshi|Iyer|Nair|Reddy|Rao|Gupta|Singh|Kumar|Mehta|Shah|Pawar|Jadhav|Chavan|Bhat|Menon|Verma'],
  BE: ['Lucas Louis Noah Arthur Jules Emma Olivia Louise Mila Elise', 'Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet'],
  DK: ['William Noah Oscar Lucas Carl Ida Emma Alma Freja Clara', 'Nielsen|Jensen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sorensen|Rasmussen|Jorgensen'],
};
const OFFICE_REGION = { RTM: 'NL', HAM: 'DE', MAN: 'GB', HOU: 'US', SIN: 'SG' };
export const OFFICE_TZ = { RTM: 2, HAM: 2, MAN: 1, HOU: -5, SIN: 8 };

export const PARTNERS = [
  { name: 'Scheldt Port Agency', domain: 'scheldtport.be', city: 'antwerp', net: 'telenet', region: 'BE', tz: 2 },
  { name: 'Nordhavn Lines', domain: 'nordhavnlines.dk', city: 'copenhagen', net: 'tdcdk', region: 'DK', tz: 2 },
  { name: 'Konkan Customs Brokers', domain: 'konkancustoms.in', city: 'mumbai', net: 'airtel', region: 'IN', tz: 5.5 },
  { name: 'Lakeshore 3PL', domain: 'lakeshore3pl.com', city: 'chicago', net: 'comcast', region: 'US', tz: -5 },
  { name: 'Elbe Audit Partners', domain: 'elbeaudit.de', city: 'hamburg', net: 'dtag', region: 'DE', tz: 2 },
];

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');

function device(rng, kind, office, u) {
  const n = String(rng.int(10000, 99999));
  if (kind === 'laptop') {
    const mac = u.role === 'developer' ? rng.chance(0.3) : rng.chance(0.06);
    return mac
      ? { id: rng.guid(), name: `KF-${office}-M${n}`, os: 'MacOs', browser: rng.pick(['Chrome 128.0.0', 'Safari 17.6']), compliant: true, managed: true, trust: 'Azure AD registered', ua: 'chromeMac', mac: true }
      : { id: rng.guid(), name: `KF-${office}-L${n}`, os: 'Windows10', browser: 'Edge 128.0.0', compliant: true, managed: true, trust: office === 'RTM' && rng.chance(0.4) ? 'Hybrid Azure AD joined' : 'Azure AD joined', ua: 'edgeWin' };
  }
  if (kind === 'phone') {
    const ios = rng.chance(0.62);
    return ios
      ? { id: rng.guid(), name: rng.pick(['iPhone 13', 'iPhone 14', 'iPhone 15', 'iPhone 15 Pro']), os: 'Ios 17.6.1', browser: 'Rich Client 4.58.0', compliant: true, managed: true, trust: 'Azure AD registered', ua: 'outlookIos', ios }
      : { id: rng.guid(), name: rng.pick(['Galaxy S23', 'Galaxy A54', 'Pixel 8']), os: 'Android 14', browser: 'Rich Client 4.58.0', compliant: true, managed: true, trust: 'Azure AD registered', ua: 'outlookAndroid', ios };
  }
  return { id: rng.guid(), name: `KF-${office}-iPad${n.slice(0, 3)}`, os: 'Ios 17.6.1', browser: 'Mobile Safari 17.6', compliant: true, managed: true, trust: 'Azure AD registered', ua: 'ipad' };
}

/** Builds the population; `n` accounts in all (people, guests, service accounts). */
export function buildPeople(rng, n, days) {
  const users = [];
  const upns = new Set();
  const weights = { RTM: 0.36, HAM: 0.16, MAN: 0.16, HOU: 0.21, SIN: 0.11 };
  const pickOffice = () => rng.weighted(Object.entries(weights).map(([k, w]) => [w, k]));

  function person(role, office, extra = {}) {
    const region = extra.region || OFFICE_REGION[office] || 'GB';
    const [fs, ls] = NAMES[region];
    const first = rng.pick(fs.split(' ')), last = rng.pick(ls.split('|'));
    let base = `${ascii(first)}.${ascii(last)}`;
    if (extra.prefix) base = extra.prefix + base;
    const dom = extra.domain || TENANT.domain;
    let upn = `${base}@${dom}`, k = 2;
    while (upns.has(upn)) upn = `${base}${k++}@${dom}`;
    upns.add(upn);
    const u = { idx: users.length, id: rng.guid(), upn, display: `${first} ${last}`, first, last, role, office, type: 'member', ...extra };
    if (extra.prefix) u.display += ' (Contractor)';
    users.push(u);
    return u;
  }

  function homeFor(u, towns, homeNets, mobileNet) {
    u.town = rng.pick(towns);
    u.homeNet = rng.pick(homeNets);
    u.home = addr(rng, u.homeNet, { city: u.town });
    u.homeV6 = NETS[u.homeNet].v6 && rng.chance(0.35) ? addr(rng, u.homeNet, { v6: true, city: u.home.city }) : null;
    u.ipChangeDay = rng.chance(0.12) ? rng.int(1, days - 1) : null;
    u.homeAlt = addr(rng, u.homeNet, { city: u.home.city });
    u.mobileNet = mobileNet;
  }

  const count = (f) => Math.max(1, Math.round(n * f));
  const depts = ['Finance', 'Sales', 'Operations', 'Customs', 'Human Resources', 'Legal', 'Procurement', 'Marketing', 'IT', 'Logistics Planning'];
  const plan = [
    ['identity', 6, () => rng.pick(['RTM', 'RTM', 'RTM', 'HOU', 'SIN'])],
    ['helpdesk', 12, () => rng.pick(['MAN', 'MAN', 'MAN', 'HOU', 'SIN'])],
    ['exec', 12, () => rng.pick(['RTM', 'RTM', 'RTM', 'HOU', 'SIN', 'HAM', 'MAN'])],
    ['developer', count(0.04), () => rng.pick(['RTM', 'RTM', 'SIN', 'HOU'])],
    ['callcentre', count(0.08), () => 'MAN'],
    ['frontline', count(0.11), () => (rng.chance(0.55) ? 'RTM' : 'HOU')],
  ];
  for (const [role, k, off] of plan) for (let i = 0; i < k; i++) person(role, off(), { dept: role === 'exec' ? 'Executive' : role === 'developer' ? 'Engineering' : role === 'callcentre' ? 'Customer Service' : role === 'frontline' ? 'Warehouse' : 'IT' });
  const execs = users.filter((u) => u.role === 'exec');
  for (const e of execs.slice(0, 8)) person('assistant', e.office, { dept: 'Executive Office', exec: e.id });
  for (let i = 0; i < count(0.045); i++) {
    const v = rng.chance(0.6) ? 'vistula' : 'deccan';
    person('contractor', v === 'vistula' ? 'RTM' : 'SIN', { vendor: v, region: v === 'vistula' ? 'PL' : 'IN', prefix: 'ext.', dept: 'IT Services' });
  }
  for (let i = 0; i < count(0.035); i++) {
    const p = rng.pick(PARTNERS);
    const u = person('guest', null, { region: p.region, partner: p, domain: p.domain });
    const local = u.upn.split('@')[0];
    upns.delete(u.upn);
    u.mail = u.upn;
    u.upn = `${local}_${p.domain}#EXT#@${TENANT.initial}`;
    upns.add(u.upn);
    u.type = 'guest';
    u.homeTenant = p.tenantId || (p.tenantId = rng.guid());
  }
  const SERVICE = [
    ['svc-reportsync', 'Power BI report refresh', 'ropc'], ['svc-backup', 'M365 backup (Veeam)', 'backup'],
    ['svc-teamsprov', 'Teams provisioning runbook', 'runbook'], ['svc-hrsync', 'Workday user sync', 'runbook'],
    ['svc-mfp-scan', 'Scan-to-email (printers)', 'smtp'], ['svc-edi-inbox', 'EDI mailbox poller', 'imap'],
    ['room-rtm-harbour', 'RTM Harbour Room', 'room'], ['room-rtm-maas', 'RTM Maas Room', 'room'], ['room-ham-elbe', 'HAM Elbe Room', 'room'],
    ['room-man-irwell', 'MAN Irwell Room', 'room'], ['room-hou-galveston', 'HOU Galveston Room', 'room'], ['room-sin-marina', 'SIN Marina Room', 'room'],
  ];
  for (const [name, display, kind] of SERVICE) {
    const office = name.startsWith('room-') ? name.split('-')[1].toUpperCase() : name === 'svc-edi-inbox' ? 'HOU' : 'RTM';
    const u = { idx: users.length, id: rng.guid(), upn: `${name}@${TENANT.domain}`, display, role: 'service', kind, office, type: 'member', dept: 'IT' };
    upns.add(u.upn);
    users.push(u);
  }
  while (users.length < n) person('staff', pickOffice(), { dept: rng.pick(depts) });

  // Homes, devices and habits.
  for (const u of users) {
    if (u.role === 'service') continue;
    if (u.role === 'guest') {
      u.tz = u.partner.tz;
      homeFor(u, [u.partner.city], [u.partner.net], null);
      u.mfa = 'external';
      continue;
    }
    if (u.role === 'contractor') {
      const v = VENDORS[u.vendor];
      u.tz = v.tz;
      homeFor(u, [v.city], v.home, v.mobile);
      u.phone = { ...device(rng, 'phone', 'EXT', u), compliant: false, managed: false };
      u.mfa = rng.chance(0.7) ? 'push' : 'sms';
      u.officeDays = rng.chance(0.5) ? 3 : 1;
      continue;
    }
    const o = OFFICES[u.office];
    u.tz = OFFICE_TZ[o.code];
    homeFor(u, o.towns, o.home, o.mobile);
    if (u.role !== 'callcentre' && u.role !== 'frontline') {
      u.laptop = device(rng, 'laptop', u.office, u);
      u.phone = device(rng, 'phone', u.office, u);
      if (u.role === 'exec') u.ipad = device(rng, 'ipad', u.office, u);
    } else if (rng.chance(0.35)) {
      u.phone = { ...device(rng, 'phone', u.office, u), compliant: false, managed: false };
    }
    u.mfa = u.role === 'identity' ? 'fido' : rng.weighted([[0.8, 'push'], [0.12, 'otp'], [0.08, 'sms']]);
    u.wfh = { developer: 0.55, staff: 0.4, exec: 0.15, assistant: 0.25, helpdesk: 0.2, identity: 0.45 }[u.role] ?? 0;
    u.startHour = rng.float(7.2, 9.4);
    u.usesVpn = u.laptop && rng.chance(u.role === 'developer' ? 0.7 : 0.4);
    u.failProne = rng.chance(0.15) ? rng.float(0.05, 0.15) : rng.float(0, 0.03);
  }
  return users;
}

