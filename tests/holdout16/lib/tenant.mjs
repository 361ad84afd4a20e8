// Kisaragi Seiki K.K.: who works where. Named people first (the cast of the honest oddities and of the scenarios,
// so they stay put when the crowd changes), then the crowd per site.
import { Directory, SITES, guestUser } from './people.mjs';
import { DOMAIN_JP, DOMAIN_GL, DOMAIN_OMS, NETS, place, newIp } from './world.mjs';

const DEPTS = {
  tyo: [['Sales', 90], ['Marketing', 25], ['Finance', 35], ['HR', 20], ['Procurement', 30], ['Engineering', 120], ['Quality', 30],
    ['Production Control', 25], ['Legal', 8], ['General Affairs', 20], ['Logistics', 25], ['Corporate Planning', 15]],
  hmm: [['Engineering', 60], ['Quality', 35], ['Production Control', 30], ['Procurement', 15], ['General Affairs', 10], ['Logistics', 10]],
  pen: [['Engineering', 30], ['Quality', 30], ['Production Control', 25], ['Procurement', 15], ['Finance', 8], ['HR', 6], ['Logistics', 10]],
  sjc: [['Sales', 40], ['Engineering', 35], ['Support', 20], ['Marketing', 8], ['Finance', 5]],
  nov: [['Quality', 25], ['Procurement', 15], ['Engineering', 25], ['Sales', 15], ['Program Management', 10]],
  dus: [['Sales', 60], ['Engineering', 30], ['Support', 20], ['Finance', 10], ['Logistics', 15], ['Marketing', 8]],
};

export const PARTNERS = {
  tsubame: { domain: 'tsubame-logistics.co.jp', tenant: '3c91e0a7-5b2d-4f68-9e14-a7d0c2b85f36', name: 'Tsubame Logistics', net: 'ocn', place: 'koto' },
  hokuto: { domain: 'hokuto-denshi.co.jp', tenant: '8e27d4b1-0c6a-4935-b8f2-1d5e7a9c3b40', name: 'Hokuto Denshi', net: 'kddiHikari', place: 'nagoya' },
  aozora: { domain: 'aozora-audit.jp', tenant: 'd05a9f3c-7e81-4b26-a4c9-62f1e8b0d7a5', name: 'Aozora Audit LLC', net: 'iij', place: 'chiyoda' },
  meridian: { domain: 'meridian-automotive.com', tenant: '5b8c2e6f-1a47-4d93-8f05-c3e9a1d7b264', name: 'Meridian Automotive', net: 'att', place: 'detroit' },
  rheinwerk: { domain: 'rheinwerk-antriebe.de', tenant: 'a6f1d83e-294b-4c07-b5e8-0d7c3a9f6e12', name: 'Rheinwerk Antriebe', net: 'telekom', place: 'essen' },
  ppt: { domain: 'penang-precision.com.my', tenant: 'f2c7b04a-6d19-4e85-9a3b-8e1f5d0c7a69', name: 'Penang Precision Tooling', net: 'tm', place: 'georgeTown' },
  kaizen: { domain: 'kaizen-consulting.co.jp', tenant: '71d3e9b5-a08c-4f2e-b6d4-4c9a1f7e3b08', name: 'Kaizen Consulting', net: 'ocn', place: 'chiyoda' },
};
export const MSA_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

export function buildTenant(rng, eg) {
  const dir = new Directory(rng.fork('directory'), eg);
  const cast = {};
  const P = (key, site, kind, dept, local, display, extra = {}) => { cast[key] = dir.person(site, kind, dept, { local, display, ...extra }); return cast[key]; };

  // --- scenario victims and actors ---
  P('aitmVictim', 'dus', 'office', 'Sales', 'katharina.vogel', 'Katharina Vogel', { sched: { start: 8.1, len: 9.4 }, wfh: 0.4 });
  P('devcodeVictim', 'nov', 'office', 'Procurement', 'dustin.kowalski', 'Dustin Kowalski', { sched: { start: 7.4, len: 9.2 } });
  P('consentfixVictim', 'tyo', 'office', 'Finance', 'emi.nakamura', '中村 恵美', { sched: { start: 8.6, len: 10.2 } });
  P('hdVictim', 'sjc', 'it', 'IT', 'marcus.reyes', 'Marcus Reyes', { sched: { start: 8.3, len: 9.5 }, roles: ['Privileged Role Administrator', 'Application Administrator'] });
  P('hdAgent', 'pnq', 'helpdesk', 'Service Desk', 'ext.rohan.kulkarni', 'Rohan Kulkarni (Lotus SD)', { roles: ['Helpdesk Administrator', 'Authentication Administrator'] });
  P('sprayHit', 'hmm', 'office', 'Engineering', 'shota.sakamoto', '坂本 翔太');
  P('fatigueVictim', 'hmm', 'office', 'Engineering', 'kenji.suzuki', '鈴木 健二', { sched: { start: 7.9, len: 10.8 }, title: 'Manager, Actuator Engineering' });
  P('consentVictim', 'pen', 'office', 'Procurement', 'meiling.tan', 'Tan Mei Ling', { sched: { start: 8.2, len: 9.0 } });
  P('fedAdminOwner', 'tyo', 'it', 'IT', 'takashi.kobayashi', '小林 隆', { sched: { start: 8.7, len: 10 } });
  P('ceo', 'tyo', 'exec', 'Executive', 'hiroshi.kisaragi', '如月 博', { sched: { start: 8.4, len: 10.5 } });
  P('cfo', 'tyo', 'exec', 'Executive', 'masato.watanabe', '渡辺 雅人', { sched: { start: 8.2, len: 10.8 } });
  P('caAdmin', 'tyo', 'it', 'IT', 'naoki.ishii', '石井 直樹', { sched: { start: 9.1, len: 9.8 }, roles: ['Conditional Access Administrator', 'Security Administrator'] });
  P('staleUser', 'tyo', 'office', 'Sales', 'ryota.ohno', '大野 亮太', { noRoutine: true, stale: true });
  P('insider', 'tyo', 'office', 'Engineering', 'takuya.takahashi', '高橋 拓也', { sched: { start: 9.0, len: 9.6 } });
  P('replayVictim', 'sjc', 'field', 'Sales', 'jessica.alvarez', 'Jessica Alvarez', { sched: { start: 7.8, len: 9.5 } });

  // --- honest cast ---
  P('travelExec', 'tyo', 'exec', 'Sales', 'kazuki.mori', '森 和樹', { title: 'Global Sales Director' });
  P('travelDe', 'dus', 'field', 'Sales', 'sebastian.krueger', 'Sebastian Krüger');
  P('travelSjc', 'sjc', 'office', 'Engineering', 'kevin.nguyen', 'Kevin Nguyen');
  P('travelNov', 'nov', 'office', 'Quality', 'heather.dombrowski', 'Heather Dombrowski');
  P('travelPen', 'pen', 'exec', 'Production Control', 'kokleong.lim', 'Lim Kok Leong');
  P('workation', 'dus', 'office', 'Engineering', 'dirk.hoffmann', 'Dirk Hoffmann', { wfh: 0.7 });
  P('thanksgiving', 'sjc', 'office', 'Support', 'tyler.cooper', 'Tyler Cooper');
  P('phoneVpn', 'dus', 'office', 'Support', 'jonas.wagner', 'Jonas Wagner');
  P('starlink', 'nov', 'office', 'Engineering', 'caleb.reed', 'Caleb Reed', { wfh: 0.55 });
  P('entraAdmin', 'tyo', 'it', 'IT', 'tsubasa.ueda', '上田 翼', { roles: ['Intune Administrator', 'User Administrator', 'Cloud Application Administrator'] });
  P('itPen', 'pen', 'it', 'IT', 'ahmad.razak', 'Ahmad bin Razak', { roles: ['User Administrator'] });
  P('itDus', 'dus', 'it', 'IT', 'bjoern.schaefer', 'Björn Schäfer', { roles: ['Exchange Administrator', 'User Administrator'] });
  P('itNov', 'nov', 'it', 'IT', 'trevor.kaminski', 'Trevor Kaminski', { roles: ['User Administrator'] });
  P('devopsTyo', 'tyo', 'dev', 'Software', 'yusuke.kato', '加藤 祐介', { cloudShell: true, roles: ['Application Administrator'] });
  P('devCs1', 'sjc', 'dev', 'Software', 'wei.chen', 'Wei Chen', { codespaces: true });
  P('devCs2', 'sjc', 'dev', 'Software', 'priya.patel', 'Priya Patel', { codespaces: true });
  P('devWarp', 'tyo', 'dev', 'Software', 'ren.fujimoto', '藤本 蓮', { warp: true, cloudShell: true });
  P('devTyo3', 'tyo', 'dev', 'Software', 'haruka.ogawa', '小川 遥', { cloudShell: true });
  P('leaverTyo', 'tyo', 'office', 'Marketing', 'yuko.inoue', '井上 裕子');
  P('leaverPen', 'pen', 'office', 'Quality', 'farah.ahmad', 'Farah binti Ahmad');
  P('oldLeaverHmm', 'hmm', 'office', 'Quality', 'shinji.sasaki', '佐々木 真司', { noRoutine: true, disabledBefore: true });
  P('oldLeaverSjc', 'sjc', 'office', 'Sales', 'brian.hughes', 'Brian Hughes', { noRoutine: true, disabledBefore: true });
  P('oldLeaverDus', 'dus', 'office', 'Logistics', 'nicole.bauer', 'Nicole Bauer', { noRoutine: true, disabledBefore: true });
  P('assistant', 'tyo', 'office', 'Executive', 'yoko.yamaguchi', '山口 洋子', { title: 'Executive Assistant' });
  P('hrTyo', 'tyo', 'office', 'HR', 'akiko.matsuda', '松田 明子');

  // --- the crowd ---
  for (const [siteKey, site] of Object.entries(SITES)) {
    if (siteKey === 'pnq') continue;
    const existing = dir.users.filter((u) => u.site === siteKey).length;
    const total = site.count;
    const shiftN = siteKey === 'hmm' ? 250 : siteKey === 'pen' ? 160 : 0;
    const itN = { tyo: 8, hmm: 2, pen: 2, sjc: 3, nov: 1, dus: 2 }[siteKey];
    const devN = { tyo: 36, hmm: 0, pen: 0, sjc: 12, nov: 0, dus: 0 }[siteKey];
    const execN = { tyo: 9, hmm: 3, pen: 2, sjc: 2, nov: 2, dus: 3 }[siteKey];
    const fieldN = { tyo: 0, hmm: 0, pen: 0, sjc: 14, nov: 12, dus: 38 }[siteKey];
    for (let i = 0; i < shiftN; i++) dir.person(siteKey, 'shift', 'Production', {});
    for (let i = 0; i < itN; i++) dir.person(siteKey, 'it', 'IT', { roles: ['User Administrator'] });
    for (let i = 0; i < devN; i++) dir.person(siteKey, 'dev', 'Software', { cloudShell: i % 6 === 0 });
    for (let i = 0; i < execN; i++) dir.person(siteKey, 'exec', 'Executive', {});
    for (let i = 0; i < fieldN; i++) dir.person(siteKey, 'field', 'Sales', {});
    const rest = total - existing - shiftN - itN - devN - execN - fieldN;
    for (let i = 0; i < rest; i++) dir.person(siteKey, 'office', dir.rng.weighted(DEPTS[siteKey]), {});
  }
  // vendor service desk (members of the tenant, licensed for ServiceNow and Teams)
  const hdN = SITES.pnq.count - 1;
  for (let i = 0; i < hdN; i++) {
    const nm = dir.name('in');
    dir.person('pnq', 'helpdesk', 'Service Desk', { local: `ext.${nm.local}`, display: `${nm.display} (Lotus SD)`, roles: ['Helpdesk Administrator'] });
  }

  // --- service, room and break-glass accounts ---
  const svc = (key, local, display, extra) => { cast[key] = dir.add({ upn: `${local}@${extra.domain ?? DOMAIN_JP}`, display, kind: 'service', service: true, site: extra.site ?? 'tyo', tz: 9, caExcludeMfa: true, ...extra }); return cast[key]; };
  svc('sync', 'Sync_KSDC01_7c2e9f41b3a8', 'On-Premises Directory Synchronization Service Account', { domain: DOMAIN_OMS, pwd: 'Password in the cloud' });
  svc('mfpTyo', 'scan.tokyo', 'Scan to Mail (Tokyo HQ MFP)', { legacyException: true, pwd: 'Password Hash Sync' });
  svc('mfpHmm', 'scan.hamamatsu', 'Scan to Mail (Hamamatsu Plant MFP)', { legacyException: true, pwd: 'Password Hash Sync', site: 'hmm' });
  svc('mfpPen', 'scan.penang', 'Scan to Mail (Penang Plant MFP)', { legacyException: true, pwd: 'Password Hash Sync', site: 'pen', tz: 8 });
  svc('mfpDus', 'scan.duesseldorf', 'Scan to Mail (Düsseldorf MFP)', { legacyException: true, pwd: 'Password in the cloud', domain: DOMAIN_GL, site: 'dus', tz: 1 });
  svc('reporting', 'svc-reporting', 'svc-reporting (Power BI refresh, legacy script)', { pwd: 'Password in the cloud', domain: DOMAIN_OMS });
  svc('plmSvc', 'svc-plm-integration', 'svc-plm-integration', { pwd: 'Password Hash Sync' });
  svc('breakGlass1', 'bg-admin01', 'Emergency Access 01', { domain: DOMAIN_OMS, pwd: 'Password in the cloud', caExcludeGeo: true });
  svc('breakGlass2', 'bg-admin02', 'Emergency Access 02', { domain: DOMAIN_OMS, pwd: 'Password in the cloud', caExcludeGeo: true });
  svc('fedAdmin', 'adm.t.kobayashi', '小林 隆 (管理者)', { pwd: 'Password Hash Sync', service: false, noRoutine: true, kind: 'adminAccount', caExcludeMfa: false, roles: ['Global Administrator'] });
  cast.rooms = [];
  const rooms = [['tyo', 'mtr-tyo-18f-fuji', '会議室 18F 富士'], ['tyo', 'mtr-tyo-18f-asama', '会議室 18F 浅間'], ['tyo', 'mtr-tyo-19f-board', '役員会議室 19F'],
    ['tyo', 'mtr-tyo-17f-hakone', '会議室 17F 箱根'], ['hmm', 'mtr-hmm-main-1', '本館 第1会議室'], ['hmm', 'mtr-hmm-main-2', '本館 第2会議室'],
    ['pen', 'mtr-pen-langkawi', 'Penang - Langkawi Room'], ['pen', 'mtr-pen-tioman', 'Penang - Tioman Room'], ['sjc', 'mtr-sjc-sequoia', 'San Jose - Sequoia'],
    ['nov', 'mtr-nov-huron', 'Novi - Huron'], ['dus', 'mtr-dus-rhein', 'Düsseldorf - Rhein'], ['dus', 'mtr-dus-koenigsallee', 'Düsseldorf - Königsallee']];
  for (const [site, local, display] of rooms) {
    cast.rooms.push(dir.add({ upn: `${local}@${SITES[site].domain}`, display, kind: 'room', service: true, site, tz: SITES[site].tz, caExcludeMfa: true, pwd: 'Password in the cloud',
      dev: { id: dir.rng.uuid(), name: local.toUpperCase(), os: 'Windows10', trust: 'Azure AD joined', compliant: true, managed: true } }));
  }

  // --- guests ---
  cast.guests = [];
  const gr = rng.fork('guests');
  const guestNames = {
    tsubame: [['Yamato Fujii', 'yamato.fujii'], ['Misaki Ono', 'misaki.ono'], ['Kohei Arai', 'kohei.arai'], ['Emi Kudo', 'emi.kudo'], ['Jun Hara', 'jun.hara']],
    hokuto: [['Satoshi Imai', 's-imai'], ['Keiko Nomura', 'k-nomura'], ['Takeshi Ando', 't-ando'], ['Mai Sakai', 'm-sakai'], ['Osamu Kubo', 'o-kubo'], ['Rina Ueno', 'r-ueno']],
    aozora: [['Tomoko Hirano', 'tomoko.hirano'], ['Makoto Kinoshita', 'makoto.kinoshita']],
    meridian: [['Ashley Peterson', 'apeterson'], ['Luis Flores', 'lflores'], ['Grace Howard', 'ghoward'], ['Derek Sanders', 'dsanders']],
    rheinwerk: [['Markus Lehmann', 'm.lehmann'], ['Sabine Krause', 's.krause'], ['Tobias Neumann', 't.neumann']],
    ppt: [['Ong Boon Hock', 'boonhock.ong'], ['Siti Aminah binti Yusof', 'siti.aminah'], ['Khoo Pei Shan', 'peishan.khoo']],
    kaizen: [['Yoshio Murata', 'y.murata'], ['Naomi Takagi', 'n.takagi']],
  };
  for (const [pk, list] of Object.entries(guestNames)) {
    const p = PARTNERS[pk];
    for (const [display, local] of list) {
      const g = guestUser(dir, gr, { display: `${display} (${p.name})`, email: `${local}@${p.domain}`, homeTenant: p.tenant, homeNet: p.net, homePlace: p.place, partner: pk });
      cast.guests.push(g);
      if (pk === 'tsubame' && local === 'yamato.fujii') cast.abusedGuest = g;
    }
  }
  // a bulk of older collaboration guests who do not sign in during the window
  for (let i = 0; i < 44; i++) {
    const p = gr.pick(Object.values(PARTNERS));
    const nm = dir.name(p.domain.endsWith('.jp') ? 'jp' : p.domain.endsWith('.de') ? 'de' : p.domain.endsWith('.my') ? 'my' : 'us');
    const g = guestUser(dir, gr, { display: `${nm.display} (${p.name})`, email: `${nm.local}@${p.domain}`, homeTenant: p.tenant, homeNet: p.net, homePlace: p.place, partner: Object.keys(PARTNERS).find((k) => PARTNERS[k] === p) });
    g.dormant = true;
  }
  return { dir, cast };
}
