// The people, devices and accounts of Tallawang Resources Group.
const FIRST = {
  au: ['Jack', 'Oliver', 'William', 'Noah', 'Thomas', 'James', 'Lachlan', 'Cooper', 'Riley', 'Ethan', 'Mitchell', 'Brodie', 'Darren', 'Shane', 'Craig', 'Wayne', 'Kylie', 'Emma', 'Chloe', 'Sophie', 'Jessica', 'Olivia', 'Grace', 'Hannah', 'Tahlia', 'Megan', 'Rebecca', 'Nicole', 'Sarah', 'Amy', 'Liam', 'Jake', 'Nathan', 'Brendan', 'Kane', 'Troy', 'Leah', 'Zoe', 'Kate', 'Ruby'],
  cl: ['Matías', 'Benjamín', 'Vicente', 'Martín', 'Cristóbal', 'Diego', 'Felipe', 'Joaquín', 'Tomás', 'Rodrigo', 'Gonzalo', 'Patricio', 'Sofía', 'Catalina', 'Francisca', 'Javiera', 'Valentina', 'Constanza', 'Camila', 'Fernanda', 'Daniela', 'Carolina'],
  za: ['Thabo', 'Sipho', 'Bongani', 'Lwazi', 'Pieter', 'Johan', 'Riaan', 'Kagiso', 'Tshepo', 'Mandla', 'Naledi', 'Lerato', 'Thandiwe', 'Zanele', 'Annelie', 'Marike', 'Nomvula', 'Palesa', 'Refilwe', 'Ayanda'],
  in: ['Rahul', 'Amit', 'Suresh', 'Vikram', 'Arjun', 'Karthik', 'Pradeep', 'Sandeep', 'Ravi', 'Anil', 'Priya', 'Sneha', 'Divya', 'Kavya', 'Pooja', 'Anjali', 'Deepa', 'Meera'],
};
const LAST = {
  au: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Johnson', 'Martin', 'White', 'Anderson', 'Walker', 'Thompson', 'Harris', "O'Brien", 'Ryan', 'Kelly', 'Murphy', 'Campbell', 'Stewart', 'Mitchell', 'Clarke', 'Robinson', 'Wood', 'Hughes', 'Edwards', 'McDonald', 'Baker', 'Cooper', 'Hall', 'Doyle', 'Sullivan', 'Fraser', 'Henderson', 'Bell', 'Murray', 'Gallagher', 'Nolan', 'Chen', 'Singh'],
  cl: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Rodríguez', 'López', 'Fuentes', 'Hernández', 'Torres', 'Araya', 'Flores', 'Espinoza', 'Valenzuela', 'Castillo', 'Tapia'],
  za: ['Nkosi', 'Dlamini', 'Mokoena', 'Botha', 'van der Merwe', 'Khumalo', 'Ndlovu', 'Pretorius', 'Mahlangu', 'Molefe', 'Venter', 'Naidoo', 'Sithole', 'Coetzee', 'Mabaso', 'du Plessis', 'Zulu', 'Steyn', 'Mthembu', 'Joubert'],
  in: ['Sharma', 'Patil', 'Kulkarni', 'Deshpande', 'Reddy', 'Iyer', 'Nair', 'Joshi', 'Rao', 'Gupta', 'Kumar', 'Menon', 'Pillai', 'Shetty', 'Jadhav', 'Pawar'],
};
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();

export function buildTenant(rng) {
  const users = [], upns = new Set();
  function person(kind, region, extra) {
    let first, last, upn, n = 0;
    do {
      first = rng.pick(FIRST[region]); last = rng.pick(LAST[region]);
      upn = `${ascii(first)}.${ascii(last)}${n ? n : ''}@tallawang.com`; n = upns.has(upn) ? n + 1 : n;
    } while (upns.has(upn));
    upns.add(upn);
    const u = { id: rng.uuid(), upn, name: `${first} ${last}`, type: 'Member', kind, region, ...extra };
    users.push(u); return u;
  }
  const auHome = () => rng.weighted([['telstra', 4], ['optus', 2], ['tpg', 2], ['abb', 2]]);
  const auMob = () => rng.weighted([['telstra_mob', 6], ['optus_mob', 4]]);
  const phone = (r2, managed) => {
    const ios = r2.chance(0.62);
    return { id: managed ? r2.uuid() : '', name: managed ? (ios ? 'iPhone' : 'Galaxy S23') : '', os: ios ? 'Ios 18.5' : 'Android 14', browser: ios ? 'Mobile Safari' : 'Chrome Mobile', compliant: managed, managed, trust: managed ? 'Azure AD registered' : '', ua: ios ? 'iphone' : 'android' };
  };
  const laptop = (r2, prefix, hybrid) => ({ id: r2.uuid(), name: `${prefix}-LT${r2.int(10000, 99999)}`, os: 'Windows 11', browser: 'Edge 138.0.0', compliant: true, managed: true, trust: hybrid ? 'Hybrid Azure AD joined' : 'Azure AD joined', ua: 'winEdge' });
  const mfa = () => rng.weighted([[['Mobile app notification', ''], 8], [['OATH verification code', ''], 1], [['Text message', `+61 XXXXXXX${rng.int(10, 99)}`], 1]]);

  const offices = [['perth', 330, 'au', 'zs_syd', 'PER'], ['brisbane', 140, 'au', 'zs_syd', 'BNE'], ['santiago', 140, 'cl', 'zs_sao', 'SCL'], ['antofagasta', 60, 'cl', 'zs_sao', 'ANF'], ['johannesburg', 120, 'za', 'zs_jnb', 'JNB']];
  const homeNet = { au: auHome, cl: () => rng.pick(['vtr', 'movistar_cl']), za: () => rng.pick(['afrihost', 'telkom_home']) };
  const mobNet = { au: auMob, cl: () => 'entel_mob', za: () => rng.pick(['vodacom', 'mtn_za']) };
  for (const [city, n, region, office, tag] of offices) {
    for (let i = 0; i < n; i++) {
      const engineer = rng.chance(0.28);
      person('office', region, { homeKey: city, officeNet: office, homeNet: homeNet[region](), mobNet: mobNet[region](), engineer,
        wfh: rng.float(0.1, 0.45), laptop: laptop(rng, tag, region !== 'cl'), phone: phone(rng, rng.chance(0.85)), mfa: mfa(), tz: null });
    }
  }
  const execs = [];
  for (let i = 0; i < 14; i++) {
    const [city, region, office, tag] = i < 10 ? ['perth', 'au', 'zs_syd', 'PER'] : i < 12 ? ['santiago', 'cl', 'zs_sao', 'SCL'] : ['johannesburg', 'za', 'zs_jnb', 'JNB'];
    execs.push(person('exec', region, { homeKey: city, officeNet: office, homeNet: homeNet[region](), mobNet: mobNet[region](), wfh: 0.15,
      laptop: laptop(rng, tag, true), phone: phone(rng, true), mfa: [['Mobile app notification', ''], ''][0] }));
  }
  const sites = {
    pilbara: { n: 520, region: 'au', siteNet: 'site_pilbara', camp: 'starlink_au', siteKey: 'newman', on: 8, homes: [['perth', 80], ['brisbane', 8], ['adelaide', 7], ['melbourne', 5]], kiosks: 12, tag: 'NWM' },
    bowen: { n: 240, region: 'au', siteNet: 'site_bowen', camp: 'starlink_au', siteKey: 'moranbah', on: 7, homes: [['brisbane', 55], ['mackay', 45]], kiosks: 6, tag: 'MRB' },
    calama: { n: 200, region: 'cl', siteNet: 'site_calama', camp: 'starlink_cl', siteKey: 'calama', on: 7, homes: [['antofagasta', 50], ['calama', 20], ['laserena', 15], ['santiago', 15]], kiosks: 6, tag: 'CJC' },
  };
  for (const [siteName, s] of Object.entries(sites)) {
    s.kioskDevs = Array.from({ length: s.kiosks }, (_, k) => ({ id: rng.uuid(), name: `${s.tag}-CRIB-KSK${String(k + 1).padStart(2, '0')}`, os: 'Windows 10', browser: 'Chrome 138.0.0', compliant: true, managed: true, trust: 'Azure AD joined', ua: 'winChrome', shared: true }));
    const crews = 4;
    for (let i = 0; i < s.n; i++) {
      const crew = i % crews, supervisor = rng.chance(0.12);
      person('fifo', s.region, { site: siteName, homeKey: rng.weighted(s.homes), homeNet: homeNet[s.region](), mobNet: mobNet[s.region](),
        phase: (crew * Math.ceil(14 / crews) + rng.int(0, 1)) % 14, night: crew % 2 === 1, supervisor,
        kiosk: rng.int(0, s.kiosks - 1), phone: phone(rng, rng.chance(supervisor ? 0.9 : 0.35)), mfa: mfa(),
        laptop: supervisor ? laptop(rng, s.tag, true) : null });
    }
  }
  for (let i = 0; i < 150; i++) {
    person('resident', 'za', { site: 'rustenburg', homeKey: rng.weighted([['rustenburg', 75], ['johannesburg', 15], ['pretoria', 10]]), homeNet: homeNet.za(), mobNet: mobNet.za(),
      night: rng.chance(0.3), kiosk: rng.int(0, 3), phone: phone(rng, rng.chance(0.4)), mfa: mfa() });
  }
  sites.rustenburg = { siteNet: 'site_rustenburg', siteKey: 'rustenburg', kioskDevs: Array.from({ length: 4 }, (_, k) => ({ id: rng.uuid(), name: `RUS-CRIB-KSK0${k + 1}`, os: 'Windows 10', browser: 'Chrome 138.0.0', compliant: true, managed: true, trust: 'Azure AD joined', ua: 'winChrome', shared: true })) };
  // offshore IT outsourcer (24x7 NOC + service desk), members of this tenant with admin roles
  for (let i = 0; i < 44; i++) {
    const role = i < 24 ? 'helpdesk' : i < 36 ? 'noc' : 'cloudadmin';
    const city = i % 3 === 2 ? 'bengaluru' : 'pune';
    const u = person('msp', 'in', { homeKey: city, officeNet: city === 'pune' ? 'tata_pune' : 'airtel_blr', homeNet: 'jio', mobNet: 'jio', role, shift: i % 3,
      laptop: { id: '', name: '', os: 'Windows 10', browser: 'Edge 138.0.0', compliant: false, managed: false, trust: '', ua: 'winEdge' }, phone: phone(rng, false), mfa: [['Mobile app notification', ''], ''][0] });
    u.upn = u.upn.replace('@', '.ext@'); u.adminUpn = 'adm-' + u.upn;
  }
  const msp = users.filter((u) => u.kind === 'msp');
  // guests from partner tenants
  const partners = [['jv_andes', 'andescobre.cl', 'Minera Andes Cobre SpA', 30, 'cl', 'santiago'], ['contractor_perth', 'pilbaraeng.com.au', 'Pilbara Engineering Services', 35, 'au', 'perth'], ['consultant_bne', 'coalfieldgeo.com.au', 'Coalfield Geotechnical', 20, 'au', 'brisbane']];
  for (const [net, domain, org, n, region, city] of partners) {
    const tid = rng.uuid();
    for (let i = 0; i < n; i++) {
      const u = person('guest', region, { homeKey: city, officeNet: net, homeNet: homeNet[region](), mobNet: mobNet[region](), homeTenantId: tid, homeTenantName: org });
      const local = u.upn.split('@')[0];
      u.type = 'Guest'; u.mail = `${local}@${domain}`; u.upn = `${local}_${domain}#ext#@tallawang.onmicrosoft.com`;
      u.upn = `${local}@${domain}`; // sign-in logs carry the guest's home UPN
    }
  }
  const svc = [];
  for (const [name, net, app] of [['svc-pi-historian', 'perth_dc', 'aveva'], ['svc-sap-integration', 'azure_aue', 'sap'], ['svc-pbi-gateway', 'perth_dc', 'powerBi'], ['svc-dispatch-sync', 'site_pilbara', 'fleet'], ['svc-roster-import', 'azure_aue', 'roster'], ['svc-backup-m365', 'azure_aue', 'exchange'],
    ['svc-teams-rooms-per', 'zs_syd', 'teams'], ['svc-teams-rooms-scl', 'zs_sao', 'teams'], ['svc-servicenow-conn', 'azure_aue', 'servicenow'], ['svc-scanner-relay', 'perth_dc', 'exchange'], ['svc-dispatch-sync-mrb', 'site_bowen', 'fleet'], ['svc-gis-export', 'azure_aue', 'graphCli']]) {
    svc.push(Object.assign(users[users.push({ id: rng.uuid(), upn: `${name}@tallawang.com`, name, type: 'Member', kind: 'svc', region: 'au', homeKey: 'perth', net, app }) - 1]));
  }
  const shared = [];
  for (const [name, net, key] of [['scan.newman', 'site_pilbara', 'newman'], ['scan.moranbah', 'site_bowen', 'moranbah'], ['scan.calama', 'site_calama', 'calama']]) {
    shared.push(users[users.push({ id: rng.uuid(), upn: `${name}@tallawang.com`, name: `Site Scanner ${key[0].toUpperCase()}${key.slice(1)}`, type: 'Member', kind: 'smtp', region: 'au', homeKey: key, net }) - 1]);
  }
  return { users, sites, execs, msp, svc, shared };
}
