// The directory: sites, people, their devices, home networks, phones and roles.
import { DOMAIN_JP, DOMAIN_GL, DOMAIN_OMS, TENANT_ID, NETS, NAMED, place, newIp, newIp6, v6Prefix, registerIp, UA } from './world.mjs';

// ---------------------------------------------------------------------------------------------------------------
// names
const JP_FAMILY = [['Sato', '佐藤'], ['Suzuki', '鈴木'], ['Takahashi', '高橋'], ['Tanaka', '田中'], ['Watanabe', '渡辺'], ['Ito', '伊藤'],
  ['Yamamoto', '山本'], ['Nakamura', '中村'], ['Kobayashi', '小林'], ['Kato', '加藤'], ['Yoshida', '吉田'], ['Yamada', '山田'],
  ['Sasaki', '佐々木'], ['Yamaguchi', '山口'], ['Matsumoto', '松本'], ['Inoue', '井上'], ['Kimura', '木村'], ['Hayashi', '林'],
  ['Shimizu', '清水'], ['Yamazaki', '山崎'], ['Mori', '森'], ['Abe', '阿部'], ['Ikeda', '池田'], ['Hashimoto', '橋本'],
  ['Yamashita', '山下'], ['Ishikawa', '石川'], ['Nakajima', '中島'], ['Maeda', '前田'], ['Fujita', '藤田'], ['Ogawa', '小川'],
  ['Goto', '後藤'], ['Okada', '岡田'], ['Hasegawa', '長谷川'], ['Murakami', '村上'], ['Kondo', '近藤'], ['Ishii', '石井'],
  ['Saito', '斎藤'], ['Sakamoto', '坂本'], ['Endo', '遠藤'], ['Aoki', '青木'], ['Fujii', '藤井'], ['Nishimura', '西村'],
  ['Fukuda', '福田'], ['Ota', '太田'], ['Miura', '三浦'], ['Fujiwara', '藤原'], ['Okamoto', '岡本'], ['Matsuda', '松田'],
  ['Nakagawa', '中川'], ['Nakano', '中野'], ['Harada', '原田'], ['Ono', '小野'], ['Tamura', '田村'], ['Takeuchi', '竹内'],
  ['Kaneko', '金子'], ['Wada', '和田'], ['Nakayama', '中山'], ['Ishida', '石田'], ['Ueda', '上田'], ['Morita', '森田'],
  ['Hara', '原'], ['Shibata', '柴田'], ['Sakai', '酒井'], ['Kudo', '工藤'], ['Yokoyama', '横山'], ['Miyazaki', '宮崎'],
  ['Miyamoto', '宮本'], ['Uchida', '内田'], ['Takagi', '高木'], ['Ando', '安藤'], ['Taniguchi', '谷口'], ['Ohno', '大野'],
  ['Maruyama', '丸山'], ['Imai', '今井'], ['Takada', '高田'], ['Fujimoto', '藤本'], ['Takeda', '武田'], ['Murata', '村田'],
  ['Ueno', '上野'], ['Sugiyama', '杉山'], ['Masuda', '増田'], ['Hirano', '平野'], ['Otsuka', '大塚'], ['Chiba', '千葉'],
  ['Kubo', '久保'], ['Matsui', '松井'], ['Iwasaki', '岩崎'], ['Sakurai', '桜井'], ['Kinoshita', '木下'], ['Noguchi', '野口'],
  ['Matsuo', '松尾'], ['Kikuchi', '菊地'], ['Nomura', '野村'], ['Arai', '新井'], ['Suzuki', '鈴木'], ['Kawaguchi', '川口']];
const JP_GIVEN_M = [['Hiroshi', '博'], ['Takashi', '隆'], ['Kenji', '健二'], ['Daisuke', '大輔'], ['Shota', '翔太'], ['Kazuki', '和樹'],
  ['Takuya', '拓也'], ['Naoki', '直樹'], ['Ryota', '亮太'], ['Kenta', '健太'], ['Yusuke', '祐介'], ['Tomohiro', '智宏'],
  ['Masato', '雅人'], ['Satoshi', '聡'], ['Makoto', '誠'], ['Akira', '明'], ['Haruto', '陽斗'], ['Sota', '颯太'], ['Ren', '蓮'],
  ['Tsubasa', '翼'], ['Koji', '浩二'], ['Shinji', '真司'], ['Hideki', '秀樹'], ['Yoshio', '義雄'], ['Masahiro', '昌宏'],
  ['Tetsuya', '哲也'], ['Shun', '駿'], ['Yuta', '雄太'], ['Kohei', '航平'], ['Takeshi', '武'], ['Jun', '純'], ['Osamu', '修']];
const JP_GIVEN_F = [['Yuko', '裕子'], ['Akiko', '明子'], ['Naomi', '直美'], ['Megumi', '恵'], ['Ayumi', '歩'], ['Yui', '結衣'],
  ['Haruka', '遥'], ['Misaki', '美咲'], ['Sakura', 'さくら'], ['Aoi', '葵'], ['Nanami', '七海'], ['Mai', '麻衣'], ['Emi', '恵美'],
  ['Kana', '佳奈'], ['Rina', '里奈'], ['Saki', '早紀'], ['Yoko', '洋子'], ['Keiko', '恵子'], ['Tomoko', '智子'], ['Kumiko', '久美子'],
  ['Mayumi', '真由美'], ['Chihiro', '千尋'], ['Asuka', '明日香'], ['Nozomi', '希'], ['Eri', '絵里'], ['Miho', '美穂']];
const MY_MALAY_M = ['Ahmad', 'Muhammad', 'Farid', 'Hafiz', 'Aiman', 'Syafiq', 'Faizal', 'Zulkifli', 'Azlan', 'Khairul', 'Razak', 'Hakim', 'Amir', 'Firdaus'];
const MY_MALAY_F = ['Nur Aisyah', 'Siti Aminah', 'Izzati', 'Nurul Huda', 'Amirah', 'Hidayah', 'Fatimah', 'Farah', 'Syazwani', 'Aina'];
const MY_CN_FAM = ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chan', 'Teoh', 'Khoo', 'Ooi', 'Yeoh', 'Cheah', 'Lau', 'Chong', 'Koay'];
const MY_CN_GIVEN = ['Wei Ming', 'Jia Hui', 'Kah Wai', 'Mei Ling', 'Chee Keong', 'Siew Lan', 'Boon Hock', 'Hui Min', 'Zhi Hao', 'Xin Yi', 'Kok Leong', 'Pei Shan', 'Jun Wei', 'Li Ying'];
const MY_IN_GIVEN = [['Priya', 'a/p'], ['Suresh', 'a/l'], ['Kavitha', 'a/p'], ['Ramesh', 'a/l'], ['Ganesh', 'a/l'], ['Saraswathy', 'a/p'], ['Thevan', 'a/l'], ['Devi', 'a/p']];
const MY_IN_FATHER = ['Raman', 'Krishnan', 'Muthu', 'Subramaniam', 'Rajan', 'Arumugam', 'Nair', 'Pillai'];
const US_FIRST = ['James', 'Michael', 'David', 'Jennifer', 'Jessica', 'Ashley', 'Emily', 'Sarah', 'Matthew', 'Daniel', 'Christopher', 'Andrew',
  'Ryan', 'Kevin', 'Brian', 'Jason', 'Laura', 'Megan', 'Rachel', 'Stephanie', 'Nicole', 'Amanda', 'Carlos', 'Jose', 'Maria', 'Priya', 'Wei',
  'Kenji', 'Anh', 'Minh', 'Sanjay', 'Deepa', 'Olga', 'Tyler', 'Brandon', 'Kyle', 'Justin', 'Hannah', 'Olivia', 'Grace', 'Chloe', 'Lauren',
  'Marcus', 'Derek', 'Tanya', 'Monica', 'Luis', 'Alejandro', 'Gabriela', 'Trevor', 'Caleb', 'Erin', 'Heather', 'Dustin'];
const US_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Nguyen', 'Patel', 'Kim', 'Chen', 'Wang',
  'Nakamura', 'Tanaka', 'Kowalski', 'Nowak', 'Schultz', 'Murphy', 'OBrien', 'Sullivan', 'Reyes', 'Cruz', 'Flores', 'Rivera', 'Cooper',
  'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ward', 'Cox', 'Rogers', 'Bennett', 'Gray', 'Hughes', 'Price', 'Sanders', 'Foster',
  'Powell', 'Russell', 'Butler', 'Barnes', 'Fisher', 'Henderson', 'Coleman', 'Jordan', 'Reynolds', 'Hamilton', 'Graham', 'Wallace',
  'Woods', 'Cole', 'West', 'Ramirez', 'Kaminski', 'Dombrowski', 'Haddad', 'Yamamoto', 'Okafor'];
const DE_FIRST = ['Lukas', 'Jonas', 'Leon', 'Finn', 'Felix', 'Maximilian', 'Paul', 'Julian', 'Tim', 'Jan', 'Niklas', 'Tobias', 'Stefan',
  'Michael', 'Thomas', 'Andreas', 'Markus', 'Christian', 'Sebastian', 'Jürgen', 'Uwe', 'Anna', 'Laura', 'Julia', 'Lea', 'Lena', 'Sarah',
  'Katharina', 'Sophie', 'Marie', 'Hannah', 'Lisa', 'Sabine', 'Petra', 'Claudia', 'Birgit', 'Anja', 'Nicole', 'Jörg', 'Björn', 'Sören',
  'Özlem', 'Mehmet', 'Ayşe', 'Dirk', 'Frank', 'Kerstin', 'Maren'];
const DE_LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch',
  'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange',
  'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter',
  'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel', 'Yilmaz', 'Kaya', 'Demir',
  'van den Berg', 'de Vries', 'Janssen'];
const IN_FIRST = ['Rahul', 'Amit', 'Sneha', 'Pooja', 'Vikram', 'Anjali', 'Rohan', 'Priyanka', 'Sandeep', 'Neha', 'Aditya', 'Kavya', 'Suresh', 'Meera', 'Nikhil', 'Shruti'];
const IN_LAST = ['Deshpande', 'Kulkarni', 'Joshi', 'Patil', 'Sharma', 'Iyer', 'Nair', 'Reddy', 'Gupta', 'Verma', 'Rao', 'Menon', 'Pawar', 'Shinde'];

export function asciiFold(s) {
  return s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss').replace(/ş/g, 's').replace(/Ş/g, 'S').replace(/[^A-Za-z0-9 .-]/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// sites
export const SITES = {
  tyo: { key: 'tyo', cc: 'JP', tz: 9, office: 'minato', domain: DOMAIN_JP, pool: 'jp', count: 640,
    homes: [['setagaya', 3], ['ota', 2], ['nerima', 2], ['edogawa', 2], ['yokohama', 4], ['kawasaki', 3], ['saitama', 3], ['chiba', 2], ['funabashi', 2], ['koto', 2], ['shinagawa', 1]],
    isps: [['ocn', 4], ['kddiHikari', 2], ['softbankBB', 2], ['jcom', 1], ['bigl', 1]], mobiles: [['docomo', 4], ['auMobile', 3], ['sbMobile', 2], ['rakuten', 1]],
    holidays: ['2026-11-23'], trust: 'Hybrid Azure AD joined', lt: 'KS-TYO-LT', wfh: 0.35, ios: 0.68, named: NAMED.tokyoHq },
  hmm: { key: 'hmm', cc: 'JP', tz: 9, office: 'hamamatsu', domain: DOMAIN_JP, pool: 'jp', count: 430,
    homes: [['hamamatsu', 6], ['iwata', 2], ['kosai', 1], ['toyohashi', 1]],
    isps: [['ocn', 3], ['kddiHikari', 3], ['softbankBB', 2], ['bigl', 1]], mobiles: [['docomo', 4], ['auMobile', 3], ['sbMobile', 2], ['rakuten', 1]],
    holidays: ['2026-11-23'], trust: 'Hybrid Azure AD joined', lt: 'KS-HMM-LT', wfh: 0.08, ios: 0.62, named: NAMED.hamamatsu },
  pen: { key: 'pen', cc: 'MY', tz: 8, office: 'bayanLepas', domain: DOMAIN_JP, pool: 'my', count: 290,
    homes: [['georgeTown', 3], ['bukitMertajam', 2], ['butterworth', 2], ['bayanLepas', 3], ['sungaiPetani', 1]],
    isps: [['tm', 5], ['timeMy', 2]], mobiles: [['maxis', 3], ['celcom', 3], ['digi', 2]],
    holidays: [], trust: 'Hybrid Azure AD joined', lt: 'KS-PEN-LT', wfh: 0.10, ios: 0.35, named: NAMED.penang },
  sjc: { key: 'sjc', cc: 'US', tz: -8, office: 'sanJose', domain: DOMAIN_GL, pool: 'us', count: 140,
    homes: [['sanJose', 4], ['santaClara', 2], ['sunnyvale', 2], ['fremont', 2], ['milpitas', 1], ['campbell', 1], ['oakland', 1]],
    isps: [['comcast', 5], ['att', 3]], mobiles: [['tmobile', 4], ['verizonW', 3], ['attMobile', 3]],
    holidays: ['2026-11-26', '2026-11-27'], trust: 'Azure AD joined', lt: 'KS-SJC-', wfh: 0.45, ios: 0.6, proxy: 'sanJose', named: NAMED.zscaler },
  nov: { key: 'nov', cc: 'US', tz: -5, office: 'novi', domain: DOMAIN_GL, pool: 'us', count: 110,
    homes: [['novi', 3], ['farmington', 2], ['livonia', 2], ['annArbor', 1], ['northville', 2], ['canton', 2], ['howell', 1]],
    isps: [['comcast', 4], ['att', 2], ['wow', 1], ['spectrum', 1]], mobiles: [['verizonW', 4], ['attMobile', 3], ['tmobile', 3]],
    holidays: ['2026-11-26', '2026-11-27'], trust: 'Azure AD joined', lt: 'KS-NOV-', wfh: 0.3, ios: 0.55, proxy: 'chicago', named: NAMED.zscaler },
  dus: { key: 'dus', cc: 'DE', tz: 1, office: 'duesseldorf', domain: DOMAIN_GL, pool: 'de', count: 170,
    homes: [['duesseldorf', 4], ['neuss', 2], ['ratingen', 1], ['duisburg', 2], ['koeln', 2], ['krefeld', 1], ['essen', 1]],
    isps: [['telekom', 5], ['vodafoneDe', 3], ['o2De', 1]], mobiles: [['telekomMobile', 4], ['vodafoneMobile', 3], ['o2Mobile', 2]],
    holidays: [], trust: 'Azure AD joined', lt: 'KS-DUS-', wfh: 0.45, ios: 0.5, proxy: 'frankfurt', named: NAMED.netskope },
  pnq: { key: 'pnq', cc: 'IN', tz: 5.5, office: 'hinjewadi', domain: DOMAIN_JP, pool: 'in', count: 14,
    homes: [['pune', 1]], isps: [['airtel', 1]], mobiles: [['jio', 1]], holidays: [], trust: 'Azure AD registered', lt: 'LSD-PNQ-', wfh: 0.2, ios: 0.2, named: NAMED.pune },
};

// ---------------------------------------------------------------------------------------------------------------
// corporate egress addresses (registered once, deterministic)
export function buildEgress(rng) {
  const e = {};
  const reg = (ip, netKey, plcKey, named) => { registerIp(ip, NETS[netKey], place(plcKey)); return { ip, named }; };
  e.tyo = [reg('153.246.122.34', 'ocn', 'minato', NAMED.tokyoHq), reg('153.246.122.35', 'ocn', 'minato', NAMED.tokyoHq), reg('153.246.122.38', 'ocn', 'minato', NAMED.tokyoHq)];
  e.tyoGuestWifi = [reg('153.246.122.60', 'ocn', 'minato', null)];
  e.dc = [reg('210.130.36.18', 'iij', 'koto', NAMED.tokyoDc), reg('210.130.36.19', 'iij', 'koto', NAMED.tokyoDc)];
  e.vpn = [reg('210.130.36.40', 'iij', 'koto', NAMED.tokyoDc), reg('210.130.36.41', 'iij', 'koto', NAMED.tokyoDc), reg('210.130.36.42', 'iij', 'koto', NAMED.tokyoDc)];
  e.hmm = [reg('202.232.141.66', 'iij', 'hamamatsu', NAMED.hamamatsu), reg('202.232.141.67', 'iij', 'hamamatsu', NAMED.hamamatsu)];
  e.pen = [reg('175.139.152.10', 'tm', 'bayanLepas', NAMED.penang), reg('175.139.152.11', 'tm', 'bayanLepas', NAMED.penang)];
  e.penNew = [reg('211.24.118.90', 'timeMy', 'bayanLepas', NAMED.penang)]; // second line added during the window
  e.sanJose = [110, 111, 112, 113, 114].map((d) => reg(`165.225.242.${d}`, 'zscaler', 'sanJose', NAMED.zscaler))
    .concat([51, 52].map((d) => reg(`136.226.60.${d}`, 'zscaler', 'sanJose', NAMED.zscaler)));
  e.chicago = [40, 41, 42, 43].map((d) => reg(`165.225.8.${d}`, 'zscaler', 'chicago', NAMED.zscaler))
    .concat([21, 22].map((d) => reg(`136.226.80.${d}`, 'zscaler', 'chicago', NAMED.zscaler)));
  e.frankfurt = [16, 17, 18, 19, 20, 21].map((d) => reg(`163.116.162.${d}`, 'netskope', 'frankfurt', NAMED.netskope));
  e.amsterdamNs = [30, 31].map((d) => reg(`163.116.194.${d}`, 'netskope', 'amsterdam', NAMED.netskope));
  e.sjcWifi = [reg('99.108.172.26', 'att', 'sanJose', null)];
  e.novWifi = [reg('68.43.207.150', 'comcast', 'novi', null)];
  e.dusWifi = [reg('93.197.48.66', 'telekom', 'duesseldorf', null)];
  e.hmmWifi = [reg('202.232.141.80', 'iij', 'hamamatsu', null)];
  e.penWifi = [reg('175.139.152.30', 'tm', 'bayanLepas', null)];
  e.pnq = [reg('14.140.116.202', 'tata', 'hinjewadi', NAMED.pune), reg('14.140.116.203', 'tata', 'hinjewadi', NAMED.pune)];
  // Azure hosts the tenant runs (Japan East): the reporting VM and the build agents
  e.azVm = [reg('20.78.41.117', 'azure', 'tokyo', null)];
  e.buildAgents = [reg('20.46.155.32', 'azure', 'tokyo', null), reg('20.46.155.33', 'azure', 'tokyo', null)];
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// people

function mkDevice(rng, kind, u, site) {
  const id = rng.uuid();
  if (kind === 'laptop') {
    const mac = site.cc !== 'JP' && site.cc !== 'MY' && rng.chance(u.dept === 'Design' || u.kind === 'dev' ? 0.45 : 0.08);
    if (mac) return { id, name: `${site.lt}MB${rng.int(1000, 9999)}`, os: 'MacOs', trust: 'Azure AD registered', compliant: true, managed: true, mac: true };
    return { id, name: `${site.lt}${rng.int(10000, 99999)}`, os: 'Windows10', trust: site.trust === 'Azure AD registered' ? 'Azure AD registered' : site.trust, compliant: site.trust !== 'Azure AD registered', managed: site.trust !== 'Azure AD registered' };
  }
  const ios = rng.chance(site.ios);
  const model = ios ? null : rng.pick(['SM-S931B', 'SM-A556E', 'Pixel 9', 'SO-51E', 'SH-53E', 'SM-S938U', 'CPH2649', '2312DRA50G']);
  return { id, name: ios ? 'iPhone' : model, os: ios ? 'Ios' : 'Android', trust: 'Azure AD registered', compliant: false, managed: false, ios, model };
}

export function browserFor(rng, dev) {
  if (dev?.os === 'MacOs') return rng.weighted([['chromeMac', 5], ['safariMac', 3], ['edgeMac', 2]]);
  return rng.weighted([['edgeWin', 7], ['chromeWin', 3]]);
}

function scheduleFor(rng, kind) {
  if (kind === 'shift') return null;
  const start = kind === 'exec' ? rng.real(8.0, 9.5) : kind === 'dev' ? rng.real(8.8, 10.5) : rng.real(7.6, 9.4);
  return { start, len: kind === 'exec' ? rng.real(9.5, 11.5) : rng.real(8.5, 10.5) };
}

export class Directory {
  constructor(rng, egress) {
    this.rng = rng;
    this.eg = egress;
    this.users = [];
    this.byUpn = new Map();
    this.taken = new Set();
  }
  uniq(local, domain) {
    let s = local, n = 1;
    while (this.taken.has(`${s}@${domain}`)) { n++; s = `${local}${n}`; }
    this.taken.add(`${s}@${domain}`);
    return `${s}@${domain}`;
  }
  add(u) {
    u.id ??= this.rng.uuid();
    u.type ??= 'Member';
    u.homeTenant ??= TENANT_ID;
    u.upnLog ??= u.upn.toLowerCase();
    this.users.push(u);
    this.byUpn.set(u.upn.toLowerCase(), u);
    return u;
  }
  name(pool) {
    const r = this.rng;
    if (pool === 'jp') {
      const fam = r.pick(JP_FAMILY); const f = r.chance(0.36); const g = r.pick(f ? JP_GIVEN_F : JP_GIVEN_M);
      const kanji = r.chance(0.74);
      return { given: g[0], family: fam[0], display: kanji ? `${fam[1]} ${g[1]}` : `${fam[0]} ${g[0]}`, local: `${g[0]}.${fam[0]}`.toLowerCase() };
    }
    if (pool === 'my') {
      const k = r.weighted([['malay', 5], ['cn', 4], ['in', 2]]);
      if (k === 'malay') { const f = r.chance(0.45); const g = r.pick(f ? MY_MALAY_F : MY_MALAY_M); const father = r.pick(MY_MALAY_M);
        return { given: g, family: father, display: `${g} ${f ? 'binti' : 'bin'} ${father}`, local: `${g.split(' ')[0]}.${father}`.toLowerCase() }; }
      if (k === 'cn') { const fam = r.pick(MY_CN_FAM); const g = r.pick(MY_CN_GIVEN);
        return { given: g, family: fam, display: `${fam} ${g}`, local: `${g.replace(' ', '')}.${fam}`.toLowerCase() }; }
      const [g, rel] = r.pick(MY_IN_GIVEN); const father = r.pick(MY_IN_FATHER);
      return { given: g, family: father, display: `${g} ${rel} ${father}`, local: `${g}.${father}`.toLowerCase() };
    }
    if (pool === 'us') { const g = r.pick(US_FIRST), fam = r.pick(US_LAST); return { given: g, family: fam, display: `${g} ${fam === 'OBrien' ? "O'Brien" : fam}`, local: `${g}.${fam}`.toLowerCase() }; }
    if (pool === 'de') { const g = r.pick(DE_FIRST), fam = r.pick(DE_LAST); return { given: g, family: fam, display: `${g} ${fam}`, local: asciiFold(`${g}.${fam}`).replace(/ /g, '').toLowerCase() }; }
    const g = r.pick(IN_FIRST), fam = r.pick(IN_LAST); return { given: g, family: fam, display: `${g} ${fam}`, local: `${g}.${fam}`.toLowerCase() };
  }
  /** a person with a home network, a phone and (for office staff) a laptop */
  person(siteKey, kind, dept, extra = {}) {
    const r = this.rng;
    const site = SITES[siteKey];
    const nm = this.name(site.pool);
    const upn = this.uniq(extra.local ?? nm.local, extra.domain ?? site.domain);
    const homeKey = r.weighted(site.homes);
    const netKey = r.weighted(site.isps);
    const homeNet = NETS[netKey];
    const u = {
      upn, display: extra.display ?? nm.display, given: nm.given, family: nm.family, site: siteKey, kind, dept, tz: site.tz,
      home: { place: homeKey, net: netKey, ip: newIp(r, homeNet, place(homeKey)), daily: netKey === 'telekom' || netKey === 'o2De' },
      mobile: r.weighted(site.mobiles), sched: scheduleFor(r, kind), mfa: r.weighted([['push', 10], ['otp', 1], ['sms', site.cc === 'MY' ? 1 : 0.3]]),
      wfh: kind === 'shift' ? 0 : site.wfh * (kind === 'dev' ? 1.4 : kind === 'exec' ? 0.6 : 1), activity: r.real(0.75, 1.25),
      pwd: site.cc === 'JP' || site.cc === 'MY' ? 'Password Hash Sync' : 'Password in the cloud',
      ...extra,
    };
    if (homeNet.v6 && r.chance(0.55)) u.home.v6 = v6Prefix(r, homeNet);
    if (kind !== 'shift') u.laptop = mkDevice(r, 'laptop', u, site);
    u.browser = browserFor(r, u.laptop);
    u.bver = r.weighted([[154, 6], [153, 3], [152, 1]]);
    u.hasPhone = kind === 'shift' ? r.chance(0.45) : r.chance(0.93);
    if (u.hasPhone) u.phone = mkDevice(r, 'phone', u, site);
    u.whfb = u.laptop && u.laptop.os === 'Windows10' && r.chance(site.cc === 'JP' ? 0.35 : 0.7);
    return this.add(u);
  }
}

export function phoneUa(u) {
  if (!u.phone) return UA.iphoneApp();
  return u.phone.ios ? UA.iphoneApp() : UA.androidApp(u.phone.model);
}
export function phoneBrowserUa(u) {
  return u.phone?.ios === false ? UA.androidChrome(153, u.phone.model) : UA.iphoneSafari();
}
export function laptopUa(u) {
  const f = UA[u.browser] ?? UA.edgeWin;
  return u.browser === 'safariMac' ? f() : f(u.bver);
}
export function browserLabel(u, mobile = false) {
  if (mobile) return u.phone?.ios === false ? 'Chrome Mobile 153.0.0' : 'Mobile Safari 27.1';
  if (u.browser === 'safariMac') return 'Safari 27.1';
  if (u.browser.startsWith('chrome')) return `Chrome ${u.bver}.0.0`;
  return `Edge ${u.bver}.0.0`;
}

/** guest from a partner organisation */
export function guestUser(dir, rng, { display, email, homeTenant, homeNet, homePlace, partner }) {
  const [local, dom] = email.split('@');
  const upn = `${local.replace(/\./g, '.')}_${dom}#EXT#@${DOMAIN_OMS}`;
  const net = NETS[homeNet];
  return dir.add({
    upn, upnLog: email.toLowerCase(), display, type: 'Guest', homeTenant, kind: 'guest', partner, site: null,
    home: { place: homePlace, net: homeNet, ip: newIp(rng, net, place(homePlace)) }, tz: 9, guest: true,
    browser: rng.pick(['edgeWin', 'chromeWin']), bver: rng.pick([153, 154]),
  });
}
