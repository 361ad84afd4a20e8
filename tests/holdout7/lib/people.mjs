// The tenant: Meridianloop, a remote-first software and consulting company (~2,000 people, 26 countries).
import { GIVEN, FAMILY, REGION_OF } from './names.mjs';
import { CITIES } from './places.mjs';
import { MSA_TENANT } from './catalog.mjs';

export const DOMAIN = 'meridianloop.com';
const HOMES = [ // [country, weight, city keys]
  ['US', 22, ['nyc', 'aus', 'chi', 'den', 'sea', 'sfo', 'atl', 'bos', 'dal']], ['CA', 6, ['tor', 'van', 'mtl']], ['MX', 3, ['mex', 'gdl']],
  ['BR', 5, ['sao', 'fln']], ['AR', 3, ['bue']], ['CO', 3, ['mde', 'bog']], ['GB', 9, ['lon', 'man', 'edi']], ['IE', 3, ['dub']],
  ['PT', 6, ['lis', 'opo']], ['ES', 5, ['mad', 'bcn', 'vlc']], ['FR', 3, ['par', 'lyo']], ['DE', 5, ['ber', 'muc']], ['NL', 3, ['ams']],
  ['PL', 5, ['krk', 'waw']], ['RO', 4, ['buh', 'clj']], ['SE', 1, ['sto']], ['AT', 0.7, ['vie']], ['CH', 0.6, ['zrh']], ['IN', 6, ['blr', 'pnq']],
  ['PH', 2, ['mnl']], ['SG', 1, ['sin']], ['JP', 0.5, ['tyo']], ['AU', 3, ['syd', 'mel']], ['NZ', 1, ['akl']], ['ZA', 1, ['cpt']], ['KE', 1, ['nbo']],
];
const ROLES = [['eng', 42], ['consult', 19], ['sales', 9], ['support', 8], ['staff', 13], ['finance', 3], ['exec', 1.2]];
export const NOMAD_BASES = ['lis', 'mde', 'mex', 'bkk', 'dps', 'tbs', 'spu', 'ath', 'bcn', 'bue', 'cpt', 'hcm', 'fln', 'opo'];

const CUSTOMERS = [ // name, domain, hq city, asn, prefixes, zscaler egress city or null
  ['Northwind Retail Group', 'northwindretail.com', 'chi', 394112, ['199.83'], 'chi'], ['Bluewater Logistics B.V.', 'bluewater-logistics.nl', 'ams', 208814, ['185.57'], null],
  ['Kaiyo Mobility K.K.', 'kaiyo-mobility.jp', 'tyo', 138221, ['203.141'], null], ['Sol Andino Energia', 'solandino.co', 'bog', 269811, ['190.85'], 'mia'],
  ['Harrowgate Building Society', 'harrowgate.co.uk', 'man', 206311, ['194.73'], 'lon'], ['Iberica Seguros', 'ibericaseguros.es', 'mad', 204122, ['213.0'], 'mad'],
  ['Praxis Health Networks', 'praxishealth.org', 'bos', 397310, ['162.219'], 'ash'], ['Aurora Varejo Brasil', 'auroravarejo.com.br', 'sao', 263001, ['200.155'], null],
  ['Nordic Payments AB', 'nordicpayments.se', 'sto', 209552, ['185.123'], 'fra'], ['Maple Leaf Grocers', 'mapleleafgrocers.ca', 'tor', 395870, ['216.46'], 'tor'],
  ['Southern Cross Freight', 'southerncrossfreight.com.au', 'syd', 137409, ['203.59'], 'syd'], ['Tatra Digital Bank', 'tatradigital.pl', 'waw', 207991, ['91.197'], 'fra'],
];

export function buildTenant(rng, reg) {
  const tenant = { id: rng.uuid(), name: 'Meridianloop', domain: DOMAIN };
  const customers = CUSTOMERS.map(([name, domain, hq, asn, prefixes, zs]) => ({
    name, domain, hq, tenantId: rng.uuid(),
    ips: [0, 1].map(() => zs ? reg.custom('Zscaler, Inc.', 53813, ['165.225', '136.226', '147.161'], zs === 'mia' ? 'dal' : zs, 'benign')
      : reg.custom(`${name} corporate network`, asn, prefixes, hq, 'benign')),
  }));
  const offices = {
    lis: { city: 'lis', ip: reg.custom('MEO - Servicos de Comunicacoes (business)', 3243, ['195.23'], 'lis', 'benign') },
    aus: { city: 'aus', ip: reg.custom('AT&T Services (business fibre)', 7018, ['12.201'], 'aus', 'benign') },
  };
  return { tenant, customers, offices };
}

function person(rng, i, used, role, cc, cityKey) {
  const region = REGION_OF[cc] || 'en';
  const g = rng.pick(GIVEN[rng.chance(0.12) ? rng.pick(Object.keys(GIVEN)) : region]);
  const f = rng.pick(FAMILY[rng.chance(0.12) ? rng.pick(Object.keys(FAMILY)) : region]);
  let base = `${g}.${f}`.toLowerCase().replace(/[^a-z.]/g, ''), upn = `${base}@${DOMAIN}`, k = 2;
  while (used.has(upn)) upn = `${base}${k++}@${DOMAIN}`;
  used.add(upn);
  return { id: rng.uuid(), upn, name: `${g} ${f}`, type: 'member', role, cc, city: cityKey, idx: i };
}

function device(rng, kind, owner) {
  const id = rng.uuid(), tag = rng.alnum(7);
  switch (kind) {
    case 'win': return { kind, id, name: `ML-${tag}`, os: 'Windows 10', browser: 'Edge 128.0.2739', compliant: true, managed: true, trust: 'Azure AD joined' };
    case 'mac': return { kind, id, name: `${owner.name.split(' ')[0]}'s MacBook Pro`, os: 'MacOs', browser: rng.chance(0.6) ? 'Chrome 128.0.0' : 'Safari 17.6', compliant: true, managed: true, trust: 'Azure AD registered' };
    case 'linux': return { kind, id, name: `ml-${tag.toLowerCase()}`, os: 'Linux', browser: rng.chance(0.6) ? 'Edge 128.0.2739' : 'Firefox 130.0', compliant: true, managed: true, trust: 'Azure AD registered' };
    case 'ios': return { kind, id, name: 'iPhone', os: 'Ios 17.6.1', browser: 'Mobile Safari 17.6', compliant: true, managed: true, trust: 'Azure AD registered' };
    default: return { kind: 'android', id, name: rng.pick(['Pixel 8', 'Galaxy S24', 'Galaxy A54', 'Pixel 7a']), os: 'Android 14', browser: 'Chrome Mobile 128.0', compliant: true, managed: true, trust: 'Azure AD registered' };
  }
}

export function buildPeople(rng, reg, T, N = 2000) {
  const used = new Set(), users = [];
  for (let i = 0; i < N; i++) {
    const [cc, , cities] = rng.weighted(HOMES.map((h) => [h, h[1]]));
    const role = rng.weighted(ROLES);
    const u = person(rng, i, used, role, cc, rng.pick(cities));
    u.homeTenantId = T.tenant.id;
    const cCity = CITIES[u.city];
    u.tz = cCity.tz;
    const h = reg.home(cc, u.city, rng); u.isp = h.isp; u.homeIp = h.ip;
    u.ipChangeDay = rng.chance(0.12) ? rng.int(1, 13) : 99; u.homeIp2 = u.ipChangeDay < 99 ? reg.releaseFrom(u.isp, u.city) : null;
    const lk = role === 'eng' ? rng.weighted([['win', 35], ['mac', 45], ['linux', 20]]) : rng.weighted([['win', 60], ['mac', 40]]);
    u.laptop = device(rng, lk, u);
    u.phone = rng.chance(0.93) ? device(rng, rng.chance(0.6) ? 'ios' : 'android', u) : null;
    u.mfa = rng.weighted([['push', 70], ['fido', 15], ['otp', 8], ['sms', 7]]);
    u.warp = role === 'eng' ? rng.chance(0.5) : rng.chance(0.18);
    u.relay = (u.phone?.kind === 'ios' && rng.chance(0.15)) || (u.laptop.kind === 'mac' && u.laptop.browser.startsWith('Safari') && rng.chance(0.2));
    u.pvpn = rng.chance(0.015) ? rng.pick(['protonvpn', 'nordvpn']) : null;
    u.devbox = role === 'eng' && rng.chance(0.45);
    u.evening = rng.chance(0.3);
    u.start = 0; u.end = 99; u.trips = [];
    users.push(u);
  }
  // IT and on-call: re-badge some engineers/staff.
  const pick = (pred, n) => rng.sample(users.filter((u) => pred(u) && !u.special), n);
  for (const u of pick((u) => u.role === 'eng', 24)) { u.special = 'sre'; u.warp = true; }
  for (const u of pick((u) => ['RO', 'PH', 'CO', 'PT'].includes(u.cc) && u.role === 'support', 8)) u.special = 'helpdesk';
  for (const u of pick((u) => u.role === 'eng' && ['PT', 'PL', 'US', 'GB', 'DE'].includes(u.cc), 6)) { u.special = 'itadmin'; u.warp = true; }
  for (const u of pick((u) => u.role === 'eng', 4)) { u.special = 'secops'; u.warp = true; }
  for (const u of pick((u) => u.role === 'eng' && !u.devbox, 40)) { u.special = 'nomad'; u.warp = false; }
  for (const u of pick((u) => u.role === 'staff', 14)) { u.special = 'joiner'; u.start = rng.chance(0.5) ? 0 : 7; }
  for (const u of pick((u) => u.role !== 'exec', 12)) { u.special = 'leaver'; u.end = rng.int(2, 11); }
  return users;
}

export function buildGuests(rng, T) {
  const guests = [], seen = new Set();
  for (const c of T.customers) for (let i = rng.int(4, 13); i > 0; i--) {
    const g = rng.pick(GIVEN.en.concat(GIVEN.es, GIVEN.de)), f = rng.pick(FAMILY.en.concat(FAMILY.es, FAMILY.de));
    if (seen.has(`${g}.${f}@${c.domain}`)) continue;
    seen.add(`${g}.${f}@${c.domain}`);
    guests.push({ id: rng.uuid(), upn: `${g}.${f}@${c.domain}`.toLowerCase(), name: `${g} ${f}`, type: 'guest', homeTenantId: c.tenantId, customer: c, days: rng.int(2, 9) });
  }
  for (let i = 0; i < 10; i++) {
    const g = rng.pick(GIVEN.en), f = rng.pick(FAMILY.en), home = rng.pick(['lon', 'ber', 'lis', 'aus', 'tor', 'krk']);
    guests.push({ id: rng.uuid(), upn: `${g}${f}.${rng.pick(['design', 'dev', 'studio'])}@${rng.pick(['gmail.com', 'outlook.com'])}`.toLowerCase(), name: `${g} ${f} (freelance)`, type: 'guest', homeTenantId: MSA_TENANT, freelance: home, days: rng.int(3, 8) });
  }
  return guests;
}
