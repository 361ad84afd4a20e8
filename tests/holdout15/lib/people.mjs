// The directory of VRM: ~1,900 accounts across Voiron (HQ + plant), Saint-Etienne (plant), Bielsko-Biala
// (VRM Polska plant), Casablanca (sales & service office), remote staff, the outsourced help desk in Tunis,
// guests from partners, service accounts and meeting rooms.
import { NAMES, TENANT, MSA_TENANT, ANDROID_MODELS, VER, ascii } from './world.mjs';

export const PARTNERS = {
  sodimeca: { tenantId: '3b7e1d52-9a4c-4f18-8e2b-6c0d5a9f1e73', name: 'Sodimeca Ingénierie', domain: 'sodimeca-ingenierie.fr', net: 'sodimeca', lang: 'fr' },
  valvole: { tenantId: 'e4a2c9f7-1b3d-4e65-a08c-7d9f2b5e1c46', name: 'Valvole Lombarde S.r.l.', domain: 'valvolelombarde.it', net: 'tim_it_bs', lang: 'it' },
  ruhrguss: { tenantId: '8d1f6b34-5e2a-4c97-b1d0-3a8e7f2c9b15', name: 'Ruhrguss GmbH', domain: 'ruhrguss.de', net: 'telekom_de_essen', lang: 'de' },
  petromed: { tenantId: '1c9a7e25-4d6b-48f3-9a2e-5b0c8d7f3e61', name: 'PetroMed Energies', domain: 'petromed-energies.ae', net: 'petromed', lang: 'ar' },
  dufresne: { tenantId: '7a5d3c18-2f9b-4e06-8c4a-1e6b9d2f5a37', name: 'Cabinet Dufresne Audit', domain: 'dufresne-audit.fr', net: 'auditeurs', lang: 'fr' },
  novait: { tenantId: '5e8b1f93-6c2d-4a71-9d05-2f7a4c8e6b19', name: 'Nova IT Services Tunisie', domain: 'novait-services.tn', net: 'topnet_tn', lang: 'tn' },
};

const HOME_PLACES = {
  voiron: [['voiron', 5], ['grenoble', 5], ['moirans', 2], ['voreppe', 2], ['stegreve', 2], ['chambery', 1], ['lyon', 1], ['valence', 1]],
  stetienne: [['stetienne', 8], ['firminy', 2], ['lyon', 1], ['roanne', 1]],
  bielsko: [['bielsko', 8], ['cieszyn', 1], ['zywiec', 2], ['katowice', 1]],
  casa: [['casablanca', 8], ['mohammedia', 2], ['rabat', 1]],
};
const FR_HOME_NETS = [['orange_fr', 40], ['free_fr', 25], ['sfr_fr', 18], ['bytel_fr', 17]];
const FR_MOB_NETS = { orange_fr: 'orange_fr_mob', free_fr: 'free_mob', sfr_fr: 'sfr_mob', bytel_fr: 'bytel_mob' };
const PL_HOME_NETS = [['orange_pl', 35], ['netia_pl', 20], ['upc_pl', 25], ['vectra_pl', 20]];
const PL_MOB_NETS = [['play_pl', 35], ['tmobile_pl', 30], ['plus_pl', 25], ['orange_pl_mob', 0]];
const MA_MOB_NETS = [['iam_ma_mob', 50], ['orange_ma_mob', 30], ['inwi_ma', 20]];

export function buildDirectory(rng) {
  const r = rng.fork('people');
  const users = [];
  const taken = new Set();
  const mkUpn = (first, last, domain = TENANT.domain, prefix = '') => {
    let base = `${prefix}${ascii(first).replace(/-/g, '')}.${ascii(last).replace(/-/g, '')}`;
    let u = `${base}@${domain}`, i = 2;
    while (taken.has(u)) u = `${base}${i++}@${domain}`;
    taken.add(u);
    return u;
  };
  const name = (cult) => {
    const f = r.chance(cult === 'pl' ? 0.45 : 0.42);
    const N = NAMES;
    const pool = { fr: [N.frM, N.frF, N.frL], pl: [N.plM, N.plF, N.plL], ma: [N.maM, N.maF, N.maL], tn: [N.tnM, N.tnF, N.tnL], it: [N.itM, N.itF, N.itL], de: [N.deM, N.deF, N.deL], ar: [N.arM, N.arM, N.arL] }[cult];
    let last = r.pick(pool[2]);
    if (cult === 'pl' && f) last = last.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');
    return { first: r.pick(f ? pool[1] : pool[0]), last, female: f };
  };
  const phone = (u) => {
    u.phoneOs = r.chance(u.site === 'bielsko' || u.site === 'casa' ? 0.3 : 0.55) ? 'ios' : 'android';
    u.phoneModel = u.phoneOs === 'ios' ? r.pick(['iPhone 15', 'iPhone 16', 'iPhone 16e', 'iPhone 17', 'iPhone 14']) : r.pick(ANDROID_MODELS);
    u.phoneId = r.uuid();
  };
  const add = (o) => {
    const u = { id: r.uuid(), userType: 'Member', homeTenantId: TENANT.id, telework: new Set(), leave: new Set(), vpnProb: 0, ...o };
    users.push(u);
    return u;
  };
  const member = (site, role, dept, cult = 'fr', extra = {}) => {
    const { first, last } = name(cult);
    const u = add({ first, last, displayName: `${first} ${last}`, upn: mkUpn(first, last), site, role, dept, cult, ...extra });
    const hp = HOME_PLACES[site === 'remote' ? 'voiron' : site] || HOME_PLACES.voiron;
    u.homePlace = u.homePlace || r.weighted(hp);
    if (site === 'bielsko') { u.homeNet = r.weighted(PL_HOME_NETS); u.mobileNet = r.weighted(PL_MOB_NETS.slice(0, 3)); }
    else if (site === 'casa') { u.homeNet = 'iam_ma'; u.mobileNet = r.weighted(MA_MOB_NETS); }
    else { u.homeNet = u.homeNet || r.weighted(FR_HOME_NETS); u.mobileNet = FR_MOB_NETS[u.homeNet]; }
    u.homeV6 = (u.homeNet === 'free_fr' && r.chance(0.55)) || (u.homeNet === 'orange_fr' && r.chance(0.3));
    phone(u);
    u.mfa = r.weighted([['app', 82], ['sms', 12], ['oath', 6]]);
    if (role === 'frontline') {
      u.shift = r.weighted([['A', 38], ['B', 36], ['C', 26]]); // A 05-13, B 13-21, C 21-05 local
      u.phoneTeams = r.chance(0.45); // Teams on a personal phone (app protection, not enrolled)
      u.mfa = u.phoneTeams ? r.weighted([['app', 60], ['sms', 40]]) : 'sms';
    } else {
      u.laptopId = r.uuid();
      u.laptopOs = r.chance(role === 'dev' ? 0.25 : role === 'exec' ? 0.2 : 0.03) ? 'mac' : 'win';
      u.browser = u.laptopOs === 'mac' ? r.weighted([['chromeMac', 6], ['safariMac', 4]]) : r.weighted([['edgeWin', 70], ['chromeWin', 25], ['firefoxWin', 5]]);
      u.bver = r.pick(VER.chrome);
      u.phoneManaged = r.chance(0.7);
      // 2 telework days a week is the French norm in offices; plants less
      const tw = site === 'bielsko' ? r.weighted([[0, 6], [1, 3], [2, 1]]) : site === 'casa' ? r.weighted([[0, 7], [1, 3]]) : r.weighted([[0, 2], [1, 3], [2, 5]]);
      for (const d of r.sample([1, 2, 3, 4, 5], tw)) u.telework.add(d);
      u.vpnProb = r.chance(0.25) ? r.float(0.3, 0.9) : 0;
      u.relay = u.phoneOs === 'ios' && r.chance(0.06);
    }
    return u;
  };

  // --- Voiron (HQ + plant)
  const voironDepts = [['Direction', 10, 'exec'], ['Finance', 42, 'office'], ['RH', 18, 'office'], ['Achats', 28, 'office'],
    ['Ventes France', 34, 'sales'], ['Export', 26, 'sales'], ['Service après-vente', 22, 'field'], ['Bureau d\'études', 140, 'office'],
    ['Qualité', 38, 'office'], ['Logistique', 46, 'office'], ['Production', 64, 'office'], ['Méthodes', 30, 'office'], ['Juridique', 6, 'office'], ['Communication', 8, 'office']];
  for (const [dept, n, role] of voironDepts) for (let i = 0; i < n; i++) member('voiron', role, dept);
  for (let i = 0; i < 380; i++) member('voiron', 'frontline', 'Atelier Voiron');
  // IT (Direction des systèmes d'information) — admins have separate cloud-only admin accounts
  const it = [];
  for (let i = 0; i < 12; i++) it.push(member('voiron', 'it', 'DSI'));
  const devs = [];
  for (let i = 0; i < 5; i++) devs.push(member(i === 4 ? 'remote' : 'voiron', 'dev', 'DSI - Développement'));
  devs[4].homePlace = 'bordeaux'; devs[4].homeNet = 'free_fr'; devs[4].mobileNet = 'free_mob'; devs[4].telework = new Set([1, 2, 3, 4, 5]);
  devs[1].proton = true; // uses Proton VPN at home
  devs[0].codespaces = true; devs[2].codespaces = true;
  // --- Saint-Etienne plant
  for (const [dept, n, role] of [['Usine Saint-Etienne - Encadrement', 36, 'office'], ['Usine Saint-Etienne - Qualité', 24, 'office'],
    ['Usine Saint-Etienne - Méthodes', 30, 'office'], ['Usine Saint-Etienne - Logistique', 34, 'office'], ['Usine Saint-Etienne - Maintenance', 26, 'office']]) {
    for (let i = 0; i < n; i++) member('stetienne', role, dept);
  }
  for (let i = 0; i < 300; i++) member('stetienne', 'frontline', 'Atelier Saint-Etienne');
  // --- VRM Polska
  for (const [dept, n, role] of [['VRM Polska - Biuro', 44, 'office'], ['VRM Polska - Jakość', 20, 'office'], ['VRM Polska - Produkcja', 30, 'office'], ['VRM Polska - Logistyka', 18, 'office']]) {
    for (let i = 0; i < n; i++) member('bielsko', role, dept, 'pl');
  }
  for (let i = 0; i < 220; i++) member('bielsko', 'frontline', 'VRM Polska - Hala', 'pl');
  // --- Casablanca
  for (let i = 0; i < 42; i++) member('casa', i < 18 ? 'sales' : 'office', 'VRM Maroc', 'ma');
  // --- remote staff
  const lausanne = member('remote', 'sales', 'Export', 'fr'); lausanne.homePlace = 'lausanne'; lausanne.homeNet = 'swisscom'; lausanne.mobileNet = 'swisscom_mob'; lausanne.homeV6 = false; lausanne.telework = new Set([1, 2, 3, 4, 5]);
  for (let i = 0; i < 8; i++) { const u = member('remote', 'sales', 'Ventes France'); u.homePlace = r.pick(['lyon', 'toulouse', 'nantes', 'marseille', 'bordeaux', 'paris']); u.telework = new Set([1, 2, 3, 4, 5]); }

  // --- admin accounts (cloud-only, PIM-eligible), owned by IT people
  const admins = [];
  for (const owner of it.slice(0, 6)) {
    const a = add({ first: owner.first, last: owner.last, displayName: `ADM ${owner.first} ${owner.last}`, upn: mkUpn(owner.first, owner.last, TENANT.domain, 'adm-'), role: 'admin', site: owner.site, dept: 'DSI', owner, cult: 'fr' });
    a.homePlace = owner.homePlace; a.homeNet = owner.homeNet; a.mobileNet = owner.mobileNet; a.homeV6 = owner.homeV6; a.laptopId = owner.laptopId; a.laptopOs = owner.laptopOs; a.browser = owner.browser; a.bver = owner.bver; a.phoneOs = owner.phoneOs; a.phoneId = owner.phoneId; a.mfa = 'app';
    a.telework = owner.telework; a.vpnProb = 0.6;
    owner.adminAccount = a; admins.push(a);
  }
  admins[0].eligible = ['Global Administrator', 'Privileged Role Administrator', 'Security Administrator'];
  admins[1].eligible = ['Security Administrator', 'Conditional Access Administrator'];
  admins[2].eligible = ['Exchange Administrator', 'User Administrator'];
  admins[3].eligible = ['Intune Administrator', 'Cloud Device Administrator'];
  admins[4].eligible = ['Application Administrator', 'Cloud Application Administrator'];
  admins[5].eligible = ['Global Administrator', 'Hybrid Identity Administrator'];

  // --- outsourced help desk (Nova IT Services, Tunis): member accounts x-<name>
  const helpdesk = [];
  for (let i = 0; i < 10; i++) {
    const { first, last } = name('tn');
    const u = add({ first, last, displayName: `${first} ${last} (Nova IT)`, upn: mkUpn(first, last, TENANT.domain, 'x-'), role: 'helpdesk', site: 'tunis', dept: 'Support N1/N2 (prestataire)', cult: 'tn' });
    u.homePlace = r.pick(['tunis', 'ariana']); u.homeNet = 'topnet_tn_home'; u.mobileNet = 'ooredoo_tn'; u.laptopId = r.uuid(); u.laptopOs = 'win'; u.browser = r.pick(['chromeWin', 'edgeWin']); u.bver = r.pick(VER.chrome);
    phone(u); u.mfa = 'app'; u.shift = i < 6 ? 'day' : 'late';
    helpdesk.push(u);
  }

  // --- service accounts and rooms
  const svc = {};
  const svcAcc = (key, upn, displayName, extra = {}) => { svc[key] = add({ upn, displayName, first: displayName, last: '', role: 'svc', site: 'voiron', dept: 'Comptes de service', ...extra }); return svc[key]; };
  svcAcc('scanVoiron', `svc-scan-voiron@${TENANT.domain}`, 'Scanner Voiron (SMTP)', { siteNet: 'hq' });
  svcAcc('scanSte', `svc-scan-stetienne@${TENANT.domain}`, 'Scanner Saint-Etienne (SMTP)', { siteNet: 'stetienne' });
  svcAcc('scanBielsko', `svc-scan-bielsko@${TENANT.domain}`, 'Skaner Bielsko (SMTP)', { siteNet: 'bielsko' });
  svcAcc('factures', `factures@${TENANT.domain}`, 'VRM Facturation', { siteNet: 'hq' });
  svcAcc('mes', `svc-mes@${TENANT.domain}`, 'MES Atelier (SharePoint)', { siteNet: 'hq' });
  svcAcc('sync', `Sync_VRM-ADC01_4c2f8a1b7e3d@${TENANT.initial}`, 'On-Premises Directory Synchronization Service Account', { siteNet: 'hq' });
  svcAcc('o365admin', `svc-o365admin@${TENANT.domain}`, 'Compte migration Office 365', { siteNet: 'hq' });
  svcAcc('formation', `formation.atelier@${TENANT.domain}`, 'Formation Atelier (poste partagé)', { siteNet: 'hq' });
  const rooms = [];
  for (const [nm, site] of [['Salle Chartreuse', 'voiron'], ['Salle Vercors', 'voiron'], ['Salle Belledonne', 'voiron'], ['Salle Oisans', 'voiron'], ['Salle Direction', 'voiron'],
    ['Salle Pilat', 'stetienne'], ['Salle Forez', 'stetienne'], ['Salle Loire', 'stetienne'], ['Sala Beskidy', 'bielsko'], ['Sala Skrzyczne', 'bielsko'], ['Salle Atlas', 'casa'], ['Salle Formation', 'voiron']]) {
    const u = add({ upn: `${ascii(nm).replace(/-/g, '.')}@${TENANT.domain}`, displayName: nm, first: nm, last: '', role: 'room', site, dept: 'Salles', deviceId: r.uuid() });
    rooms.push(u);
  }
  // break-glass accounts: no sign-in expected in the window
  add({ upn: `bg-urgence01@${TENANT.initial}`, displayName: 'Break Glass 01', first: 'Break', last: 'Glass', role: 'breakglass', site: 'voiron' });
  add({ upn: `bg-urgence02@${TENANT.initial}`, displayName: 'Break Glass 02', first: 'Break', last: 'Glass', role: 'breakglass', site: 'voiron' });

  // --- guests
  const guests = [];
  const guest = (pkey, cult) => {
    const p = PARTNERS[pkey];
    const { first, last } = name(cult);
    const mail = mkUpn(first, last, p.domain);
    const u = add({ first, last, displayName: `${first} ${last} (${p.name})`, upn: mail, role: 'guest', userType: 'Guest', homeTenantId: p.tenantId, homeTenantName: '', partner: pkey, site: 'guest', net: p.net, dept: 'Invités' });
    u.id = r.uuid(); u.laptopId = ''; u.browser = r.pick(['edgeWin', 'chromeWin']); u.bver = r.pick(VER.chrome);
    guests.push(u);
    return u;
  };
  for (let i = 0; i < 16; i++) guest('sodimeca', 'fr');
  for (let i = 0; i < 9; i++) guest('valvole', 'it');
  for (let i = 0; i < 8; i++) guest('ruhrguss', 'de');
  for (let i = 0; i < 10; i++) guest('petromed', 'ar');
  for (let i = 0; i < 6; i++) guest('dufresne', 'fr');
  for (let i = 0; i < 14; i++) {
    const { first, last } = name('fr');
    const dom = r.pick(['gmail.com', 'outlook.fr', 'hotmail.fr', 'orange.fr']);
    const u = add({ first, last, displayName: `${first} ${last}`, upn: mkUpn(first, last, dom), role: 'guest', userType: 'Guest', homeTenantId: dom === 'gmail.com' || dom === 'orange.fr' ? '' : MSA_TENANT, partner: 'freelance', site: 'guest', dept: 'Invités' });
    u.homePlace = r.pick(['lyon', 'grenoble', 'paris', 'annecy', 'stetienne']); u.homeNet = r.weighted(FR_HOME_NETS); u.browser = 'chromeWin'; u.bver = r.pick(VER.chrome);
    guests.push(u);
  }

  const members = users.filter((u) => u.userType === 'Member');
  return { users, members, it, devs, admins, helpdesk, svc, rooms, guests, byUpn: new Map(users.map((u) => [u.upn, u])) };
}
