// The people, devices and service accounts of Mavuno Cooperative Bank.
import { KE_FIRST, KE_LAST, UG_FIRST, UG_LAST, TZ_FIRST, TZ_LAST, IN_FIRST, IN_LAST, ZA_FIRST, ZA_LAST } from './names.mjs';
import { BRANCHES, homeIp, CARRIERS } from './net.mjs';
import { DOMAIN, KNP_TENANT, ANDROID_MODELS } from './catalog.mjs';

const HQ_DEPTS = [['Finance', 34], ['Credit', 44], ['Risk & Compliance', 28], ['Operations', 48], ['Human Resources', 18], ['Marketing', 18], ['Treasury', 14], ['Legal', 9], ['Internal Audit', 14], ['Digital Banking', 24], ['Procurement', 10], ['Customer Experience', 22], ['Strategy & PMO', 8]];

export function buildTenant(rng) {
  const users = [];
  const used = new Set();
  let devSeq = 1000;
  const mkUpn = (first, last, prefix = '') => {
    const base = `${prefix}${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    let upn = `${base}@${DOMAIN}`, n = 2;
    while (used.has(upn)) upn = `${base}${n++}@${DOMAIN}`;
    used.add(upn); return upn;
  };
  const nameFor = (cc) => cc === 'UG' ? [rng.pick(UG_FIRST), rng.pick(UG_LAST)] : cc === 'TZ' ? [rng.pick(TZ_FIRST), rng.pick(TZ_LAST)] : [rng.pick(KE_FIRST), rng.pick(KE_LAST)];
  const winLaptop = (u, compliant = true) => ({ deviceId: rng.guid(), displayName: `MVN-LT-${String(devSeq++).padStart(5, '0')}`, operatingSystem: 'Windows 11', browser: 'Edge 131.0.0', isCompliant: compliant, isManaged: true, trustType: 'Azure AD joined' });
  const macbook = () => ({ deviceId: rng.guid(), displayName: `MVN-MB-${String(devSeq++).padStart(5, '0')}`, operatingSystem: 'MacOs', browser: 'Chrome 131.0.0', isCompliant: true, isManaged: true, trustType: 'Azure AD registered' });
  const android = (m = rng.pick(ANDROID_MODELS), managed = false) => ({ deviceId: rng.guid(), displayName: m[1], operatingSystem: 'Android', osVer: m[2], model: m[0], browser: 'Rich Client 4.2.0', isCompliant: managed, isManaged: managed, trustType: 'Azure AD registered' });
  const iphone = () => ({ deviceId: rng.guid(), displayName: "iPhone", operatingSystem: 'iOS', osVer: '18.2', browser: 'Rich Client 5.2.0', isCompliant: true, isManaged: true, trustType: 'Azure AD registered' });
  const add = (u) => {
    u.id = rng.guid();
    u.type = u.type || 'member';
    u.enabled = true;
    u.phoneTail = String(rng.int(10, 99));
    users.push(u);
    return u;
  };
  const carrierFor = (cc) => cc === 'UG' ? rng.weighted([['mtnug', 6], ['airtelug', 4]]) : cc === 'TZ' ? rng.weighted([['vodatz', 6], ['airteltz', 4]]) : rng.weighted([['safaricom', 8], ['airtelke', 2]]);

  // Executives
  const EXEC = [['Managing Director & CEO', 'ceo'], ['Chief Finance Officer', 'cfo'], ['Chief Operating Officer', 'coo'], ['Chief Risk Officer', 'cro'], ['Chief Information Officer', 'cio'], ['Company Secretary', 'cosec'],
    ['General Manager, Credit', 'gmcredit'], ['General Manager, Branch Network', 'gmbranch'], ['Director, Human Resources', 'hr'], ['Director, Marketing', 'mkt'], ['Head of Internal Audit', 'hia'], ['Head of Treasury', 'treasury']];
  for (const [title, role] of EXEC) {
    const [f, l] = nameFor('KE');
    const u = add({ kind: 'exec', role, title, dept: 'Executive Office', site: 'HQ', first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: 'safaricom', mfa: 'app' });
    u.devices = { laptop: role === 'cio' ? macbook() : winLaptop(u), phone: iphone() };
    u.home = homeIp(rng, 'nairobi');
  }
  // Executive assistant (device-code scenario victim lives here)
  for (let i = 0; i < 4; i++) {
    const [f, l] = nameFor('KE');
    const u = add({ kind: 'hq', title: i === 0 ? 'Executive Assistant to the CEO' : 'Executive Assistant', dept: 'Executive Office', site: 'HQ', first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: 'safaricom', mfa: 'app', role: i === 0 ? 'ea-ceo' : 'ea' });
    u.devices = { laptop: winLaptop(u), phone: rng.chance(0.5) ? iphone() : android() };
    u.home = homeIp(rng, 'nairobi');
  }
  // HQ staff
  for (const [dept, n] of HQ_DEPTS) {
    for (let i = 0; i < n; i++) {
      const [f, l] = nameFor('KE');
      const u = add({ kind: 'hq', title: i === 0 ? `Head of ${dept}` : rng.pick(['Officer', 'Senior Officer', 'Analyst', 'Associate', 'Manager']) + `, ${dept}`, dept, site: 'HQ', first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: carrierFor('KE'), mfa: rng.chance(0.85) ? 'app' : 'sms' });
      u.devices = { laptop: winLaptop(u), phone: rng.chance(0.72) ? (rng.chance(0.35) ? iphone() : android()) : null };
      u.home = homeIp(rng, 'nairobi');
      u.wfh = rng.float(0.05, 0.3);
      u.powerbi = ['Finance', 'Risk & Compliance', 'Credit', 'Treasury', 'Strategy & PMO', 'Internal Audit'].includes(dept) && rng.chance(0.6);
      u.dynamics = ['Credit', 'Operations', 'Customer Experience', 'Digital Banking'].includes(dept) && rng.chance(0.7);
    }
  }
  // IT
  const IT = [['itadmin', 'Identity & Access Administrator', 3], ['itadmin', 'Microsoft 365 Administrator', 2], ['itadmin', 'Security Analyst', 3], ['helpdesk', 'Service Desk Analyst', 9], ['helpdesk', 'Service Desk Team Lead', 1], ['itops', 'Systems Engineer', 6], ['itops', 'Network Engineer', 4], ['itops', 'Database Administrator', 2], ['dev', 'Software Developer', 13], ['dev', 'DevOps Engineer', 3]];
  for (const [kind, title, n] of IT) {
    for (let i = 0; i < n; i++) {
      const [f, l] = nameFor('KE');
      const u = add({ kind, title, dept: 'Information Technology', site: 'HQ', first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: carrierFor('KE'), mfa: 'app' });
      u.admin = kind === 'itadmin' || (kind === 'helpdesk') || (kind === 'itops' && i < 2);
      u.caAdmin = kind === 'itadmin' || (kind === 'itops' && i < 2);
      u.devices = { laptop: kind === 'dev' && rng.chance(0.3) ? macbook() : winLaptop(u), phone: rng.chance(0.5) ? android() : iphone() };
      if (kind === 'itops') u.devices.jump = { deviceId: rng.guid(), displayName: `MVN-DC-JMP0${1 + (i % 3)}`, operatingSystem: 'Windows Server 2022', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Hybrid Azure AD joined' };
      if (kind === 'dev') u.devices.buildVm = { deviceId: '', displayName: '', operatingSystem: 'Linux', browser: '', isCompliant: false, isManaged: false, trustType: '' };
      u.home = homeIp(rng, 'nairobi');
      u.wfh = kind === 'dev' ? 0.3 : 0.12;
    }
  }
  // Pune contractors (member accounts with the ext. prefix)
  for (let i = 0; i < 18; i++) {
    const f = rng.pick(IN_FIRST), l = rng.pick(IN_LAST);
    const u = add({ kind: 'contractor', title: 'Contractor - Developer (Sahyadri Softech)', dept: 'Information Technology', site: 'PUNE', first: f, last: l, name: `${f} ${l} (Sahyadri Softech)`, upn: mkUpn(f, l, 'ext.'), carrier: 'jio', mfa: 'app' });
    u.devices = { laptop: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Chrome 131.0.0', isCompliant: false, isManaged: false, trustType: '' }, phone: android(rng.pick(ANDROID_MODELS)) };
    u.home = homeIp(rng, 'pune');
    u.wfh = 0.4;
  }
  // Branch network
  for (const br of BRANCHES) {
    const nTellers = br.cc === 'KE' ? rng.int(4, 8) : rng.int(3, 5);
    br.pcs = Array.from({ length: Math.max(3, Math.ceil(nTellers / 2) + 2) }, (_, k) => ({ deviceId: rng.guid(), displayName: `BR-${br.code}-PC${String(k + 1).padStart(2, '0')}`, operatingSystem: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Hybrid Azure AD joined' }));
    const [mf, ml] = nameFor(br.cc);
    const m = add({ kind: 'manager', title: `Branch Manager, ${br.town}`, dept: 'Branch Network', site: br.code, branch: br, first: mf, last: ml, name: `${mf} ${ml}`, upn: mkUpn(mf, ml), carrier: carrierFor(br.cc), mfa: 'app' });
    m.devices = { laptop: winLaptop(m), phone: android() };
    for (let i = 0; i < nTellers; i++) {
      const [f, l] = nameFor(br.cc);
      add({ kind: 'teller', title: `Teller, ${br.town}`, dept: 'Branch Network', site: br.code, branch: br, first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: carrierFor(br.cc), mfa: 'sms', devices: {} });
    }
    for (let i = 0; i < 2; i++) {
      const [f, l] = nameFor(br.cc);
      const u = add({ kind: 'cso', title: `Customer Service Officer, ${br.town}`, dept: 'Branch Network', site: br.code, branch: br, first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: carrierFor(br.cc), mfa: 'sms', devices: {} });
      u.dynamics = true;
    }
    const nOfficers = br.cc === 'KE' ? rng.int(9, 15) : rng.int(6, 9);
    for (let i = 0; i < nOfficers; i++) {
      const [f, l] = nameFor(br.cc);
      const u = add({ kind: 'officer', title: `Loan Officer, ${br.town}`, dept: 'Field Lending', site: br.code, branch: br, first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: carrierFor(br.cc), mfa: rng.chance(0.7) ? 'app' : 'sms' });
      u.devices = { phone: android(rng.pick(ANDROID_MODELS), true) };
    }
  }
  // Mombasa call centre
  const ccPcs = Array.from({ length: 70 }, (_, k) => ({ deviceId: rng.guid(), displayName: `CC-MSA-WS${String(k + 1).padStart(3, '0')}`, operatingSystem: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Hybrid Azure AD joined' }));
  for (let i = 0; i < 136; i++) {
    const [f, l] = nameFor('KE');
    const sup = i < 8;
    const u = add({ kind: sup ? 'ccsup' : 'agent', title: sup ? 'Call Centre Supervisor' : 'Customer Care Agent', dept: 'Customer Contact Centre', site: 'MSA', first: f, last: l, name: `${f} ${l}`, upn: mkUpn(f, l), carrier: carrierFor('KE'), mfa: 'sms', shift: i % 2 });
    u.devices = sup ? { laptop: winLaptop(u), phone: android() } : {};
    u.ccPcs = ccPcs;
    if (sup) u.home = homeIp(rng, 'mombasa');
  }
  // Auditors from Khumalo Ndlovu & Partners (B2B guests)
  for (let i = 0; i < 9; i++) {
    const f = ZA_FIRST[i], l = ZA_LAST[i];
    const homeUpn = `${f}.${l}`.toLowerCase().replace(/ /g, '') + '@knp.co.za';
    const u = add({ kind: 'guest', type: 'guest', title: i === 0 ? 'Audit Partner (Khumalo Ndlovu & Partners)' : 'Audit Associate (Khumalo Ndlovu & Partners)', dept: 'External', site: 'JNB', first: f, last: l, name: `${f} ${l}`,
      upn: homeUpn, guestUpn: `${homeUpn.replace('@', '_')}#EXT#@mavunobank.onmicrosoft.com`, homeTenant: KNP_TENANT, homeTenantName: 'Khumalo Ndlovu & Partners', carrier: 'vodacomza', mfa: 'app' });
    u.devices = { laptop: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 131.0.0', isCompliant: false, isManaged: false, trustType: '' }, phone: null };
    u.home = homeIp(rng, 'johannesburg');
    u.engagement = i < 6 ? 'fy25' : 'itgc'; // six on the year-end audit, three on the IT general controls review
  }
  // Service and resource accounts
  const svc = (local, name, extra = {}) => add({ kind: 'svc', title: 'Service account', dept: 'Information Technology', site: 'DC', first: local, last: '', name, upn: `${local}@${DOMAIN}`, devices: {}, ...extra });
  svc('svc-t24-sync', 'SVC T24 Core Banking Sync', { svcRole: 't24' });
  svc('svc-pbi-refresh', 'SVC Power BI Gateway Refresh', { svcRole: 'pbi' });
  svc('svc-dyn-integration', 'SVC Dynamics Integration', { svcRole: 'dyn' });
  svc('scan2mail', 'Scan to Mail (branch MFPs)', { svcRole: 'scan', legacyExempt: true });
  svc('collections', 'Collections Notifications', { svcRole: 'collections', legacyExempt: true });
  svc('mr-boardroom', 'Boardroom (Teams Room)', { svcRole: 'room', room: { deviceId: rng.guid(), displayName: 'MTR-HQ-BOARD', operatingSystem: 'Windows 10', browser: 'Rich Client 4.61.0.0', isCompliant: true, isManaged: true, trustType: 'Azure AD joined' } });
  svc('mr-training', 'Training Room 3 (Teams Room)', { svcRole: 'room', room: { deviceId: rng.guid(), displayName: 'MTR-HQ-TRN3', operatingSystem: 'Windows 10', browser: 'Rich Client 4.61.0.0', isCompliant: true, isManaged: true, trustType: 'Azure AD joined' } });
  svc('svc-backup-report', 'SVC Backup Reporting', { svcRole: 'backup' });
  for (const u of users) if (u.kind === 'svc') u.legacyExempt = u.legacyExempt || false;
  return { users, branches: BRANCHES, ccPcs, carriers: CARRIERS };
}
