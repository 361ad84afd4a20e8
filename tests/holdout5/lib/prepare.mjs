// Builds the generation context: the tenant's accounts (members, admin accounts, service and
// room accounts, guests), its applications, and who is picked for the lifecycle events and as
// the attacks' victims. Everything is drawn from named random streams.
import { makeRng } from './rng.mjs';
import { buildTenant, DOMAIN, fold } from './tenant.mjs';
import { SITES, ipOf, poolSize } from './geo.mjs';
import { APPS, UA, CA } from './catalog.mjs';
import { DAYS } from './time.mjs';
import { INSTITUTIONS } from './benign-guests.mjs';

export function prepare(seed) {
  const T = buildTenant(seed);
  const r = makeRng(seed, 'prepare');
  const idMemo = new Map();
  const stableId = (key) => { if (!idMemo.has(key)) idMemo.set(key, makeRng(seed, `id:${key}`).uuid()); return idMemo.get(key); };
  const ctx = {
    seed, tenantId: T.tenantId, tenantName: 'Nordhav Health', users: T.users, kiosks: T.kiosks, signins: [], audits: [],
    caIds: CA.map(([name]) => stableId(`ca:${name}`)), spId: (k) => stableId(`sp:${k}`), roleObjectId: (k) => stableId(`role:${k}`),
    pimSpId: stableId('sp:ms-pim'), app: (k) => APPS[k], uaString: (k) => (typeof k === 'string' ? UA[k][0] : k[0]),
    allocHousehold: T.allocHousehold, createdByAttack: [],
  };
  const users = T.users;
  const pickU = (f) => r.pick(users.filter(f));

  // Separate admin accounts for 12 IT staff
  const it = users.filter((u) => u.role === 'it');
  for (const o of r.sample(it, 12)) {
    const a = { ...o, id: r.uuid(), upn: `adm.${o.upn}`, name: `${o.name} (admin)`, role: 'itadmin', owner: o, mfa: 'fido2', laptop: o.laptop, phone: o.phone };
    users.push(a);
  }
  ctx.breakGlass = { id: r.uuid(), upn: 'bg-admin-01@nordhav.onmicrosoft.com', name: 'Break Glass 01', type: 'member', role: 'svc', site: 'BGO' };
  users.push(ctx.breakGlass);

  // Service accounts on legacy protocols and meeting rooms
  const svc = [['svc-scan-bgo', 'smtp', 'dc-bgo', 40, true], ['svc-scan-got', 'smtp', 'hosp-got', 55, true], ['svc-scan-aar', 'smtp', 'hosp-aar', 55, true],
    ['svc-scan-ncl', 'smtp', 'hosp-ncl', 70, true], ['svc-ecg-muse', 'smtp', 'dc-bgo', 180, false], ['svc-infusion-alerts', 'smtp', 'hosp-got', 240, false],
    ['svc-lab-analyser', 'smtp', 'hosp-aar', 150, false], ['svc-us-archive', 'pop', 'hosp-aar', 120, false], ['svc-lims-mail', 'ropc', 'dc-bgo', 120, false]];
  ctx.serviceAccounts = svc.map(([n, kind, net, every, office]) => {
    const u = { id: r.uuid(), upn: `${n}@${DOMAIN}`, name: n, type: 'member', role: 'svc', kind, net, every, office, site: 'BGO' };
    users.push(u);
    return u;
  });
  ctx.rooms = [['BGO', 'aud1'], ['BGO', 'mdt2'], ['GOT', 'konf3'], ['GOT', 'mdt1'], ['AAR', 'moede2'], ['NCL', 'board1']].map(([s, n]) => {
    const u = { id: r.uuid(), upn: `mtr-${s.toLowerCase()}-${n}@${DOMAIN}`, name: `Room ${s} ${n.toUpperCase()}`, type: 'member', role: 'room', net: SITES[s].hosp, site: s,
      device: { id: r.uuid(), name: `MTR-${s}-${n.toUpperCase()}`, os: 'Android', trust: 'Azure AD registered', compliant: true, managed: true, ua: 'teamsRoom' } };
    users.push(u);
    return u;
  });
  ctx.avdHosts = [...Array(8).keys()].map((i) => ({ id: stableId(`avd:${i}`), name: `AVD-EPR-${String(i + 1).padStart(2, '0')}`, os: 'Windows10', trust: 'Hybrid Azure AD joined', compliant: true, managed: true, ua: 'winSignIn' }));

  // Guests
  ctx.guests = [];
  const ghostNames = { 'ed.ac.uk': 'GB', 'ki.se': 'SE', 'charite.de': 'INT', 'hms.harvard.edu': 'GB', 'sund.ku.dk': 'DK' };
  const instTenants = Object.fromEntries(INSTITUTIONS.map(([d]) => [d, stableId(`tenant:${d}`)]));
  for (let i = 0; i < 50; i++) {
    const [domain, , inst, res, , tz] = r.weighted(INSTITUTIONS.map((x) => [x[4], x]));
    const tmp = T.addUser('guestTmp', 'ABZ', { names: ghostNames[domain] });
    users.splice(users.indexOf(tmp), 1);
    const upn = `${fold(tmp.first)}.${fold(tmp.last)}@${domain}`;
    const g = { id: r.uuid(), upn, objectUpn: `${upn.replace('@', '_')}#EXT#@nordhav.onmicrosoft.com`, name: `${tmp.first} ${tmp.last}`, type: 'guest', role: 'guest', homeTenantId: instTenants[domain],
      instNet: inst, resNet: res, homeIp: T.allocHousehold(res), tz, device: { id: '', name: '', os: 'Windows10', trust: '', compliant: false, managed: false, ua: r.pick(['winEdge', 'winChrome', 'macSafari', 'macChrome']) }, phoneTail: '11' };
    ctx.guests.push(g);
  }
  const vendor = (upn, name, net, tenantKey, tz) => ({ id: r.uuid(), upn, objectUpn: `${upn.replace('@', '_')}#EXT#@nordhav.onmicrosoft.com`, name, type: 'guest', role: 'guest', vendor: true,
    homeTenantId: stableId(`tenant:${tenantKey}`), instNet: net, resNet: net, homeIp: ipOf(net, 3), tz, device: { id: '', name: '', os: 'Windows10', trust: '', compliant: false, managed: false, ua: 'winEdge' }, phoneTail: '77' });
  ctx.vendorGuest = vendor('s.barker@medilab-systems.co.uk', 'Simon Barker (Medilab Systems)', 'vendor-medilab', 'medilab', 0);
  ctx.guests.push(ctx.vendorGuest, vendor('remote.support@sectra.com', 'Sectra Remote Support', 'vendor-sectra', 'sectra', 1));
  ctx.invitations = r.sample(ctx.guests.slice(0, 50), 5).map((g) => [pickU((u) => u.role === 'researcher'), g]);

  // Applications
  const third = (key, name, appId) => ({ appId: appId ?? stableId(`app:${key}`), name, owner: stableId(`tenant:pub:${key}`), spId: stableId(`sp:app:${key}`) });
  ctx.honestApps = { zoom: third('zoom', 'Zoom'), qualtrics: third('qualtrics', 'Qualtrics XM'), veeam: third('veeam', 'Veeam Backup for Microsoft 365'),
    acrobat: third('acrobat', 'Adobe Acrobat'), rclone: third('rclone', 'rclone', 'b15665d9-eda6-4092-8539-0eec376afd59'), mendeley: third('mendeley', 'Mendeley') };
  ctx.attackApps = { emclient: third('emclient', 'eM Client', 'e9a7fea1-1cc0-4cd9-a31b-9137ca5deedd'), docviewer: third('docviewer', 'DocuSign eSignature Viewer') };
  const reg = (key, appKey, name) => ({ objectId: stableId(`appobj:${key}`), appId: APPS[appKey] ? APPS[appKey][0] : stableId(`app:${key}`), name, spId: stableId(`sp:reg:${key}`), keys: [] });
  ctx.appRegs = { lims: reg('lims', 'lims', 'Medilab LIMS Gateway'), pacs: reg('pacs', 'pacs', 'Sectra PACS Image Exchange'), hr: reg('hr', 'hr', 'Visma HRM Inbound Provisioning') };
  ctx.appRegs.lims.keys = [{ id: stableId('key:lims-old'), type: 'Password', name: 'lims-gateway-2025-05' }];
  ctx.appRegs.pacs.keys = [{ id: stableId('key:pacs-old'), type: 'AsymmetricX509Cert', name: 'CN=pacs-exchange.nordhav.org 2024-2025' }];
  ctx.appRegs.hr.keys = [{ id: stableId('key:hr-old'), type: 'Password', name: 'visma-provisioning-2025Q2' }];
  ctx.hrApp = { appId: ctx.appRegs.hr.appId, spId: ctx.appRegs.hr.spId };

  // Lifecycle picks
  const free = (u) => u.type === 'member' && !u.dormant && !u.leave && !u.picked && !['svc', 'room', 'itadmin'].includes(u.role);
  const take = (f) => { const u = pickU((x) => free(x) && f(x)); u.picked = true; return u; };
  ctx.newStarters = [];
  for (const [role, site, day] of [['researcher', 'GOT', 0], ['office', 'BGO', 0], ['it', 'BGO', 0], ['researcher', 'ABZ', 7], ['office', 'AAR', 7], ['researcher', 'BGO', 7], ['office', 'NCL', 0], ['researcher', 'AAR', 2]]) {
    const u = T.addUser(role, site);
    u.laptop = T.device('laptopWin', u.name, site); u.dormant = true; u.startDay = day; u.picked = true;
    ctx.newStarters.push(u);
  }
  ctx.dormant = [];
  for (const [role, site] of [['researcher', 'GOT'], ['student', 'ABZ'], ['researcher', 'AAR'], ['office', 'BGO'], ['student', 'BGO']]) {
    const u = T.addUser(role, site, role === 'student' ? { domain: 'student.nordhav.org' } : {});
    u.dormant = true; u.picked = true;
    ctx.dormant.push(u);
  }
  ctx.sprayVictim = ctx.dormant[0];
  ctx.leavers = [...Array(4).keys()].map(() => { const u = take((x) => x.role === 'researcher' || x.role === 'office'); u.leaveDay = r.int(2, 10); u.leave = [u.leaveDay, DAYS]; return u; });
  ctx.holidayReturners = [...Array(8).keys()].map(() => { const u = take((x) => x.role === 'nurse' || x.role === 'doctor'); u.leave = [0, r.int(3, 6)]; return u; });
  for (const u of users) if (free(u) && ['nurse', 'doctor', 'office', 'researcher'].includes(u.role) && r.chance(0.04)) { const d = r.int(0, DAYS - 5); u.leave = [d, d + r.int(2, 4)]; }
  ctx.expired = [...Array(5).keys()].map(() => take((x) => ['office', 'researcher', 'doctor'].includes(x.role)));
  ctx.deniers = [...Array(8).keys()].map(() => take(() => true));
  ctx.phoneUpgrades = [...Array(15).keys()].map(() => take(() => true));
  ctx.lostPhone = [...Array(5).keys()].map(() => { const u = take((x) => ['nurse', 'doctor', 'office', 'researcher'].includes(x.role)); u.lostDay = r.int(1, DAYS - 3); while ([5, 6, 12, 13].includes(u.lostDay)) u.lostDay--; return u; });
  ctx.dataManager = take((x) => x.role === 'researcher' && x.site === 'BGO');
  ctx.pyUser = take((x) => x.role === 'researcher' && x.site === 'ABZ');
  ctx.thunderbird = [...Array(3).keys()].map(() => take((x) => x.role === 'researcher' && x.site === 'ABZ'));
  ctx.userConsents = [];
  for (const [k, scopes, n] of [['zoom', ['User.Read', 'Calendars.ReadWrite', 'offline_access'], 3], ['mendeley', ['User.Read', 'offline_access', 'openid', 'profile'], 4], ['rclone', ['Files.ReadWrite', 'offline_access', 'User.Read'], 2]]) {
    for (let i = 0; i < n; i++) ctx.userConsents.push([take((x) => x.role === 'researcher' || x.role === 'doctor' && !!x.laptop), k, scopes, k === 'mendeley' && i === 0]);
  }

  // Attack victims (their benign life goes on as usual)
  ctx.sprayPartial = take((x) => x.role === 'student');
  ctx.consentVictims = ['ABZ', 'BGO', 'AAR'].map((s) => { const u = take((x) => x.role === 'researcher' && x.site === s && x.laptop.os === 'Windows10'); u.workNet = SITES[s].uni; return u; });
  ctx.replayVictim = take((x) => x.role === 'doctor' && x.site === 'GOT' && !!x.laptop && !x.onCall);
  ctx.fatigueVictim = take((x) => x.role === 'doctor' && x.site === 'AAR' && x.mfa === 'push');
  ctx.aitmVictim = take((x) => x.role === 'office' && x.site === 'NCL' && x.laptop.os === 'Windows10');
  ctx.pimVictim = users.find((u) => u.role === 'itadmin' && u.owner.site === 'BGO' && users.filter((v) => v.role === 'itadmin').indexOf(u) > 3);
  ctx.deviceCodeVictim = take((x) => x.role === 'researcher' && x.site === 'ABZ' && x.laptop.os === 'Windows10');
  void poolSize;
  return ctx;
}
