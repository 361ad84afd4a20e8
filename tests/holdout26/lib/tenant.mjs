// The people of Kaveri Digital Services and their devices.
import { TENANT, NETS, PLACES, CLIENTS, DAYS } from './world.mjs';

const FIRST_IN = ['Aarav', 'Aditi', 'Akash', 'Ananya', 'Anil', 'Anjali', 'Arjun', 'Arun', 'Bhavya', 'Chetan', 'Deepa', 'Deepak', 'Divya', 'Ganesh', 'Gayathri', 'Harish', 'Harini', 'Ishaan', 'Jayanth', 'Kavya', 'Karthik', 'Keerthana', 'Kiran', 'Lakshmi', 'Madhu', 'Manoj', 'Meera', 'Mohan', 'Naveen', 'Neha', 'Nikhil', 'Nithya', 'Pooja', 'Pradeep', 'Priya', 'Rahul', 'Rajesh', 'Ramya', 'Ravi', 'Rohit', 'Sahana', 'Sandeep', 'Sanjay', 'Saranya', 'Shreya', 'Shruti', 'Siddharth', 'Sneha', 'Srinivas', 'Subhash', 'Suresh', 'Swati', 'Tanvi', 'Tarun', 'Usha', 'Varun', 'Vidya', 'Vignesh', 'Vikram', 'Vinay', 'Yamini', 'Zoya', 'Farhan', 'Imran', 'Ayesha', 'Joseph', 'Anita', 'Debashish', 'Sourav', 'Moumita', 'Abhijit', 'Paramita', 'Sayan', 'Rituparna', 'Omkar', 'Prajakta', 'Sai', 'Lavanya', 'Venkatesh', 'Bhargav'];
const LAST_IN = ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Rao', 'Patil', 'Kulkarni', 'Deshpande', 'Menon', 'Pillai', 'Krishnan', 'Subramanian', 'Banerjee', 'Chatterjee', 'Mukherjee', 'Das', 'Ghosh', 'Sen', 'Gupta', 'Agarwal', 'Verma', 'Singh', 'Kumar', 'Joshi', 'Shetty', 'Hegde', 'Naidu', 'Varma', 'Chowdary', 'Bhat', 'Kamath', 'Gowda', 'Murthy', 'Srinivasan', 'Raman', 'Venkataraman', 'Ahmed', 'Khan', 'Fernandes', 'DSouza', 'Mehta', 'Shah', 'Pawar', 'Jadhav', 'Bose', 'Dutta', 'Saha', 'Mishra', 'Tiwari', 'Pandey'];
const FIRST_PL = ['Jakub', 'Kacper', 'Mateusz', 'Piotr', 'Tomasz', 'Michał', 'Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Marta', 'Paweł', 'Krzysztof', 'Wojciech', 'Aleksandra', 'Zofia', 'Łukasz', 'Bartosz', 'Monika'];
const LAST_PL = ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Krawczyk', 'Piotrowski', 'Grabowski'];
const FIRST_W = ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Daniel', 'Laura', 'Thomas', 'Hannah', 'Oliver', 'Charlotte', 'Lukas', 'Lena', 'Felix', 'Sophie', 'Robert', 'Megan', 'Christopher', 'Rachel'];
const LAST_W = ['Smith', 'Johnson', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clarke', 'Walker', 'Wright', 'Hughes', 'Müller', 'Schmidt', 'Weber', 'Fischer', 'Becker', 'Hoffmann', 'Anderson', 'Thompson', 'Moore', 'Martin'];

export const CLIENT_TENANTS = {
  meridian: { id: '0a4e7c19-5b2d-4f83-96a1-d3c8e27f4b05', name: 'Meridian Trust Bank', domain: 'meridiantrust.com', home: ['comcast', 'verizonMob'], site: 'clientNj' },
  lonestar: { id: '4c91d2e8-7a05-4b36-8f4c-1e6b9a3d0c72', name: 'Lonestar Insurance Group', domain: 'lonestarins.com', home: ['att', 'verizonMob'], site: 'clientTx' },
  halberd: { id: '8e23b5f0-1c7a-4d94-a2e6-5b0f3d8c9a41', name: 'Halberd Retail plc', domain: 'halberdretail.co.uk', home: ['bt', 'vodaUk'], site: 'clientLon' },
  isarwerk: { id: 'c5f07a3d-92e1-4b68-8d0c-7a4e1b6f2d93', name: 'Isarwerk Automotive AG', domain: 'isarwerk.de', home: ['dtag'], site: 'clientMun' },
};

const norm = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase().replace(/[^a-z]/g, '');

export function buildTenant(rng) {
  const r = rng.fork('tenant');
  const used = new Set();
  const users = [];
  const upnFor = (first, last, domain = TENANT.domain) => {
    let base = `${norm(first)}.${norm(last)}`, u = base, i = 1;
    while (used.has(`${u}@${domain}`)) u = `${base}${++i}`;
    used.add(`${u}@${domain}`);
    return `${u}@${domain}`;
  };
  const laptop = (os = 'win') => ({
    id: r.uuid(), client: os === 'mac' ? r.pick([CLIENTS.macSafari, CLIENTS.macChrome]) : r.pick([CLIENTS.winEdge, CLIENTS.winEdge, CLIENTS.winChrome]),
    joinType: os === 'mac' ? 'Microsoft Entra registered' : r.pick(['Microsoft Entra joined', 'Microsoft Entra joined', 'Microsoft Entra hybrid joined']),
    managed: 'True', compliant: 'True', session: r.uuid(),
  });
  const phone = (mobKey) => {
    const android = r.chance(0.78);
    return { id: r.chance(0.6) ? r.uuid() : '', client: android ? r.pick([CLIENTS.android, CLIENTS.androidOutlook]) : r.pick([CLIENTS.ios, CLIENTS.iosOutlook]), joinType: '', managed: 'False', compliant: 'False', session: r.uuid(), net: mobKey };
  };
  const resFor = (city) => (city === 'krk' ? r.pick(['orangePl', 'upcPl']) : r.weighted([['jioFiber', 4], ['airtelBb', 4], ['act', city === 'blr' || city === 'hyd' || city === 'chn' ? 4 : 1], ['bsnl', 1.5], ['hathway', 1]]));
  const mobFor = (city) => (city === 'krk' ? 'plMob' : r.weighted([['jioMob', 5], ['airtelMob', 4], ['viMob', 2]]));
  const mk = (group, city, extra = {}) => {
    const pl = city === 'krk';
    const first = pl ? r.pick(FIRST_PL) : r.pick(FIRST_IN), last = pl ? r.pick(LAST_PL) : r.pick(LAST_IN);
    const u = {
      id: r.uuid(), name: `${first} ${last}`, upn: upnFor(first, last), group, city,
      res: resFor(city), mob: mobFor(city), userType: 'Member', homeTenant: TENANT.id, homeTenantName: TENANT.name,
      laptop: laptop(r.chance(group === 'eng' ? 0.08 : 0.03) ? 'mac' : 'win'), phone: null,
      wfh: r.next(), mfaMethod: r.weighted([['Mobile app notification', 8], ['OATH verification code', 1], ['Text message', 1]]),
      phoneTail: String(r.int(10, 99)), ...extra,
    };
    u.phone = phone(u.mob);
    users.push(u);
    return u;
  };

  const cities = [['blr', 600], ['pune', 350], ['chn', 350], ['hyd', 250], ['kol', 150]];
  for (const [c, n] of cities) for (let i = 0; i < n; i++) mk('eng', c, { dev: r.chance(0.16) });
  for (const [c, n, shift] of [['chn', 300, null], ['kol', 200, null], ['pune', 150, null]]) for (let i = 0; i < n; i++) mk('bpo', c, { shift: shift || (r.chance(0.6) ? 'US' : 'UK'), vdi: r.chance(0.65) ? 'avd' : 'citrix', offset: r.int(0, 6) });
  for (let i = 0; i < 230; i++) mk('krk', 'krk', { dev: r.chance(0.2) });
  const sites = [['clientNj', 25, 'USE'], ['clientTx', 15, 'USC'], ['clientLon', 18, 'UK'], ['clientMun', 12, 'DE']];
  for (const [site, n, tz] of sites) for (let i = 0; i < n; i++) {
    const home = r.pick(['blr', 'pune', 'chn', 'hyd']);
    mk('onsite', home, { site, tz, arriveDay: i < 2 ? 4 + i * 3 : -1 });
  }
  for (let i = 0; i < 35; i++) mk('travel', r.pick(['blr', 'blr', 'mum', 'pune']), { trip: i % 5 });
  for (let i = 0; i < 110; i++) mk('hr', 'blr', { payroll: i < 30 });
  for (let i = 0; i < 12; i++) mk('idadmin', 'blr');
  for (let i = 0; i < 40; i++) mk('desk', 'blr', { deskShift: i % 3 });
  // B2B guests from client tenants
  const clientKeys = Object.keys(CLIENT_TENANTS);
  for (let i = 0; i < 150; i++) {
    const ck = clientKeys[i % clientKeys.length], ct = CLIENT_TENANTS[ck];
    const first = r.pick(FIRST_W), last = r.pick(LAST_W);
    const mail = `${norm(first)}.${norm(last)}${r.int(1, 99)}@${ct.domain}`;
    const upn = `${mail.replace('@', '_')}#EXT#@${TENANT.domain.replace('.in', '')}.onmicrosoft.com`;
    users.push({ id: r.uuid(), name: `${first} ${last} (${ct.name})`, upn, group: 'guest', client: ck, userType: 'Guest', homeTenant: ct.id, homeTenantName: ct.name,
      res: r.pick(ct.home), mob: ct.home[ct.home.length - 1], laptop: { ...laptop('win'), managed: 'False', compliant: 'False', joinType: '' }, phone: null, city: null, mail });
  }
  // Campus-hire joining batch (accounts created on day 4-5, first day Monday day 7)
  for (let i = 0; i < 120; i++) mk('joiner', r.pick(['blr', 'blr', 'chn', 'pune']), { created: 4 + (i % 2), start: 7 });
  // Leavers: last working day in the window (disabled the next morning), old phones keep trying
  for (let i = 0; i < 60; i++) mk('leaver', r.pick(['blr', 'pune', 'chn', 'hyd', 'kol']), { lastDay: 1 + (i % 11), phoneKeepsTrying: r.chance(0.6) });
  // Service accounts
  const svc = (name, upnLocal, extra) => { const u = { id: r.uuid(), name, upn: `${upnLocal}@${TENANT.domain}`, group: 'svc', userType: 'Member', homeTenant: TENANT.id, homeTenantName: TENANT.name, ...extra }; users.push(u); return u; };
  svc('HRMS Directory Sync', 'svc-hrms-sync', { kind: 'ropc' });
  for (let i = 1; i <= 8; i++) svc(`Scanner ${['BLR', 'BLR', 'PNQ', 'MAA', 'MAA', 'HYD', 'CCU', 'KRK'][i - 1]} ${i}`, `scan-${['blr', 'blr', 'pnq', 'maa', 'maa', 'hyd', 'ccu', 'krk'][i - 1]}-${String(i).padStart(2, '0')}`, { kind: 'smtp', office: ['ofcBlr', 'ofcBlr', 'ofcPune', 'ofcChn', 'ofcChn', 'ofcHyd', 'ofcKol', 'ofcKrk'][i - 1] });
  svc('M365 Service Monitor', 'svc-m365-monitor', { kind: 'monitor' });
  return users;
}
