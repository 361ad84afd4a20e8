// The honest oddities: trips (flights with in-flight Wi-Fi, airports, hotels, phones roaming home-routed), a
// workation, Thanksgiving at the family's, a phone that always runs a consumer VPN, a Starlink household, domestic
// sales trips, service accounts (directory sync, scan-to-mail printers on SMTP AUTH, a ROPC reporting script, PLM
// integration, meeting rooms, the break-glass check), leavers whose phones keep trying, new hires, new phones,
// expired on-premises passwords, lockouts, declined prompts, developers' device-code logins, guests.
import { APPS, RES, NETS, UA, place, newIp, newIp6, poolIp, registerIp } from './world.mjs';
import { STEPS, HOUR, MIN, DAY } from './engine.mjs';
import { SITES, laptopUa, browserLabel, phoneUa } from './people.mjs';
import { dateList, at, isWeekend, RICH } from './life.mjs';
import { hash01 } from './prng.mjs';

const SPAN = (from, to) => new Set(dateList(from, to));

export class Specials {
  constructor(life, cast) {
    this.L = life; this.c = cast; this.r = life.rng.fork('specials'); this.dir = life.dir;
    this.newHires = []; this.phoneSwaps = []; this.pwdExpired = []; this.lockouts = []; this.declines = [];
  }

  // ---- before the routine runs: who is away on which days, who changes phones, who is new --------------------
  plan() {
    const c = this.c, r = this.r;
    c.travelExec.skip = SPAN('2026-11-24', '2026-12-02');
    c.travelDe.skip = SPAN('2026-11-30', '2026-12-05');
    c.travelSjc.skip = SPAN('2026-11-30', '2026-12-05');
    c.travelNov.skip = SPAN('2026-11-29', '2026-12-05');
    c.travelPen.skip = SPAN('2026-11-24', '2026-11-27');
    c.workation.skip = SPAN('2026-11-25', '2026-11-29');
    c.thanksgiving.skip = SPAN('2026-11-25', '2026-11-29');
    c.phoneVpn.phoneVpn = true;
    c.devWarp.warp = true;
    // Starlink household: the Michigan engineer's home internet
    c.starlink.home = { place: 'chicago', net: 'starlink', ip: registerIp('98.97.58.214', NETS.starlink, place('chicago')) };
    // leavers
    c.leaverTyo.disabledAt = at('2026-12-01', 17.6, 9);
    c.leaverPen.disabledAt = at('2026-11-27', 18.1, 8);
    c.insider.disabledAt = at('2026-12-04', 18.7, 9);
    // domestic sales trips (Tokyo sales to Osaka / Nagoya / Fukuoka)
    const sales = this.dir.users.filter((u) => u.site === 'tyo' && u.dept === 'Sales' && u.kind === 'office' && !u.skip);
    this.trips = [];
    for (const u of r.sample(sales, 9)) {
      const d = r.pick(['2026-11-25', '2026-11-26', '2026-11-27', '2026-12-01', '2026-12-02', '2026-12-03']);
      u.skip = new Set([d]);
      this.trips.push([u, d, r.pick(['osaka', 'nagoya', 'fukuoka', 'osaka'])]);
    }
    // new hires on 1 December (mid-career hires in Tokyo, two in San Jose)
    for (const [site, dept] of [['tyo', 'Engineering'], ['tyo', 'Sales'], ['tyo', 'Finance'], ['tyo', 'Quality'], ['sjc', 'Sales'], ['sjc', 'Support']]) {
      const u = this.dir.person(site, 'office', dept, {});
      u.skip = SPAN('2026-11-22', '2026-11-30');
      u.newHire = true;
      this.newHires.push(u);
    }
    // new phones (the old one is replaced on a weekday; the Authenticator moves too)
    const pool = this.dir.users.filter((u) => u.phone && !u.skip && !u.service && u.kind !== 'shift' && u.type === 'Member');
    for (const u of r.sample(pool, 14)) {
      const d = r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x)));
      const ios = r.chance(0.7);
      u.phone2 = { id: r.uuid(), name: ios ? 'iPhone' : 'Pixel 10', os: ios ? 'Ios' : 'Android', trust: 'Azure AD registered', compliant: false, managed: false, ios, model: ios ? null : 'Pixel 10' };
      u.phoneSwapDate = d;
      this.phoneSwaps.push([u, d]);
    }
    const jp = this.dir.users.filter((u) => (u.site === 'tyo' || u.site === 'hmm' || u.site === 'pen') && u.kind === 'office' && !u.skip && u.laptop);
    for (const u of r.sample(jp, 16)) this.pwdExpired.push([u, r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x) && x !== '2026-11-23'))]);
    const any = this.dir.users.filter((u) => u.kind === 'office' && !u.skip && u.laptop && !u.phoneSwapDate);
    for (const u of r.sample(any, 9)) this.lockouts.push([u, r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x)))]);
    for (const u of r.sample(any, 6)) this.declines.push([u, r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x)))]);
  }

  run() {
    this.travelExec(); this.travelDe(); this.travelSjc(); this.travelNov(); this.travelPen(); this.workation(); this.thanksgiving();
    this.domesticTrips(); this.services(); this.rooms(); this.leavers(); this.hires(); this.phones(); this.expired(); this.lockout();
    this.declined(); this.deviceCodeDevs(); this.guests();
  }

  // ---- generic day away ----------------------------------------------------------------------------------------
  /** a working day somewhere else: laptopIp (fn or string), phoneIp fn, tz = local offset there, hours = local */
  away(u, d, { laptopIp, phoneIp, tz, from = 8.5, to = 18, n = 4, sso = 1, phoneN = 3, logon = true }) {
    const r = this.r, L = this.L;
    const lip = () => (typeof laptopIp === 'function' ? laptopIp() : laptopIp);
    const t0 = at(d, from + r.real(0, 0.6), tz), t1 = at(d, to + r.real(-0.5, 1), tz);
    if (laptopIp && u.laptop) {
      if (logon && u.laptop.os === 'Windows10') L.windowsLogon(u, t0, lip());
      for (let i = 0; i < n; i++) L.laptopRefresh(u, t0 + r.next() * (t1 - t0), lip(), r.pick([APPS.teams, APPS.office, APPS.oneDriveSync, APPS.teams]), r.pick([RES.teamsSvc, RES.exo, RES.spo, RES.graph]));
      for (let i = 0; i < sso; i++) L.browserSso(u, t0 + r.next() * (t1 - t0), lip(), r.pick([APPS.officeHome, APPS.owa, APPS.sharepoint, APPS.concur]), r.pick([RES.shellServer, RES.exo, RES.spo]));
    }
    if (phoneIp && u.phone) for (let i = 0; i < phoneN; i++) L.phoneRefresh(u, at(d, r.real(from - 1.5, to + 4), tz), phoneIp(), r.pick([APPS.outlookMobile, APPS.teams, APPS.outlookMobile]), r.pick([RES.exo, RES.teamsSvc]));
  }
  flight(u, tStart, tEnd, ip, { laptop = true, k = 4 } = {}) {
    const r = this.r, L = this.L;
    for (let i = 0; i < k; i++) {
      const t = tStart + r.next() * (tEnd - tStart);
      if (laptop && u.laptop && r.chance(0.5)) L.laptopRefresh(u, t, ip, r.pick([APPS.office, APPS.teams]), r.pick([RES.exo, RES.teamsSvc]));
      else L.phoneRefresh(u, t, ip, r.pick([APPS.outlookMobile, APPS.teams]), r.pick([RES.exo, RES.teamsSvc]));
    }
    if (laptop && u.laptop && r.chance(0.7)) L.browserSso(u, tStart + r.next() * (tEnd - tStart), ip, APPS.owa, RES.exo);
  }

  // T1: the Global Sales Director: Tokyo -> Frankfurt -> Düsseldorf -> Detroit/Novi -> Tokyo
  travelExec() {
    const u = this.c.travelExec, r = this.r, L = this.L, eg = L.eg;
    const docomoRoam = () => L.mobileIp(u, 'docomo'); // home-routed roaming: the phone keeps a Japanese address abroad
    // 24 Nov: morning at HQ, NH 223 HND 10:50 -> FRA 16:35 CET (in-flight Wi-Fi via a satellite provider's ground station)
    L.windowsLogon(u, at('2026-11-24', 7.6, 9), eg.tyo[0].ip);
    L.laptopRefresh(u, at('2026-11-24', 7.8, 9), eg.tyo[0].ip, APPS.office, RES.exo);
    L.phoneRefresh(u, at('2026-11-24', 9.4, 9), L.mobileIp(u), APPS.outlookMobile, RES.exo);
    const wifi1 = newIp(r, NETS.viasat, place('carlsbad'));
    this.flight(u, at('2026-11-24', 13.0, 9), at('2026-11-24', 23.5, 9), wifi1, { k: 6 });
    const fra = registerIp('80.156.32.17', NETS.fraport, place('frankfurt'));
    L.phoneRefresh(u, at('2026-11-24', 16.9, 1), fra, APPS.outlookMobile, RES.exo);
    L.phoneRefresh(u, at('2026-11-24', 17.1, 1), fra, APPS.teams, RES.teamsSvc);
    const hotelDus = newIp(r, NETS.vodafoneDe, place('duesseldorf'), '188.108');
    // Identity Protection flags the first sign-in from the Düsseldorf hotel (low, unfamiliar sign-in properties)
    L.fullAuth(u, at('2026-11-24', 21.2, 1), hotelDus, APPS.officeHome, RES.shellServer, { client: 'Browser', risk: { level: 'low', agg: 'low', state: 'atRisk', detail: 'none', events: ['unfamiliarFeatures'] } });
    L.laptopRefresh(u, at('2026-11-24', 21.3, 1), hotelDus, APPS.office, RES.exo);
    for (const d of ['2026-11-25', '2026-11-26']) {
      this.away(u, d, { laptopIp: () => (r.chance(0.6) ? eg.dusWifi[0].ip : eg.vpn[0].ip), phoneIp: () => (r.chance(0.3) ? eg.dusWifi[0].ip : docomoRoam()), tz: 1, from: 8.8, to: 18, n: 5 });
      this.away(u, d, { laptopIp: hotelDus, phoneIp: () => hotelDus, tz: 1, from: 20, to: 23.5, n: 2, sso: 0, phoneN: 2, logon: false });
    }
    // 27 Nov: LH 442 FRA 13:35 -> DTW 16:30 EST
    L.phoneRefresh(u, at('2026-11-27', 7.5, 1), hotelDus, APPS.outlookMobile, RES.exo);
    L.phoneRefresh(u, at('2026-11-27', 11.9, 1), fra, APPS.outlookMobile, RES.exo);
    const wifi2 = newIp(r, NETS.viasat, place('carlsbad'));
    this.flight(u, at('2026-11-27', 14.5, 1), at('2026-11-27', 15.8, -5), wifi2, { k: 4 });
    const dtw = newIp(r, NETS.att, place('romulus'), '99.131');
    L.phoneRefresh(u, at('2026-11-27', 17.0, -5), dtw, APPS.outlookMobile, RES.exo);
    const hotelNovi = newIp(r, NETS.comcast, place('novi'), '73.145');
    for (const d of ['2026-11-27', '2026-11-28', '2026-11-29']) this.away(u, d, { laptopIp: hotelNovi, phoneIp: () => (r.chance(0.5) ? hotelNovi : docomoRoam()), tz: -5, from: d === '2026-11-27' ? 19.5 : 9.5, to: 22.5, n: 2, sso: d === '2026-11-28' ? 1 : 0, phoneN: 3, logon: d !== '2026-11-27' });
    this.away(u, '2026-11-30', { laptopIp: () => (r.chance(0.5) ? eg.novWifi[0].ip : hotelNovi), phoneIp: docomoRoam, tz: -5, from: 8.3, to: 17.5, n: 5 });
    // 1 Dec: DL 275 DTW 12:20 -> HND 15:35 (+1)
    L.phoneRefresh(u, at('2026-12-01', 8.0, -5), hotelNovi, APPS.outlookMobile, RES.exo);
    const wifi3 = newIp(r, NETS.viasat, place('carlsbad'));
    this.flight(u, at('2026-12-01', 14.0, -5), at('2026-12-02', 12.0, 9), wifi3, { k: 5 });
    L.phoneRefresh(u, at('2026-12-02', 16.1, 9), L.mobileIp(u), APPS.outlookMobile, RES.exo);
    L.phoneRefresh(u, at('2026-12-02', 19.6, 9), L.homeIp(u, '2026-12-02'), APPS.teams, RES.teamsSvc);
  }

  // T2: Düsseldorf field sales to the Penang plant via Doha (Netskope client on the laptop picks the nearest POP)
  travelDe() {
    const u = this.c.travelDe, r = this.r, L = this.L;
    const roam = () => L.mobileIp(u, 'telekomMobile');
    const nsSg = [registerIp('163.116.220.21', NETS.netskope, place('singapore')), registerIp('163.116.220.22', NETS.netskope, place('singapore'))];
    this.away(u, '2026-11-30', { laptopIp: () => r.pick(L.eg.frankfurt).ip, phoneIp: roam, tz: 1, from: 8, to: 12.5, n: 3 });
    const doha = newIp(r, NETS.datacamp, place('doha'), '212.102'); // the airport lounge Wi-Fi's address geolocates to Doha
    L.phoneRefresh(u, at('2026-11-30', 23.4, 3), doha, APPS.outlookMobile, RES.exo);
    L.phoneRefresh(u, at('2026-12-01', 0.1, 3), doha, APPS.teams, RES.teamsSvc);
    const hotel = newIp(r, NETS.timeMy, place('georgeTown'), '219.93');
    for (const d of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
      const atPlant = d !== '2026-12-01';
      this.away(u, d, { laptopIp: () => r.pick(nsSg), phoneIp: () => (atPlant && r.chance(0.35) ? L.eg.penWifi[0].ip : r.chance(0.4) ? hotel : roam()), tz: 8, from: atPlant ? 8.4 : 15, to: 18, n: atPlant ? 5 : 2 });
      this.away(u, d, { laptopIp: hotel, phoneIp: () => hotel, tz: 8, from: 20, to: 23, n: 1, sso: 0, phoneN: 2, logon: false });
    }
    L.phoneRefresh(u, at('2026-12-05', 2.1, 3), doha, APPS.outlookMobile, RES.exo);
    this.away(u, '2026-12-05', { laptopIp: null, phoneIp: roam, tz: 1, from: 10, to: 20, phoneN: 3 });
  }

  // T3: San Jose engineer at Tokyo HQ for a week (Zscaler's Tokyo node on the laptop, T-Mobile roaming on the phone)
  travelSjc() {
    const u = this.c.travelSjc, r = this.r, L = this.L;
    const zTyo = [registerIp('165.225.114.36', NETS.zscaler, place('tokyo')), registerIp('165.225.114.37', NETS.zscaler, place('tokyo'))];
    this.away(u, '2026-11-30', { laptopIp: () => r.pick(L.eg.sanJose).ip, phoneIp: () => L.mobileIp(u), tz: -8, from: 7, to: 9.5, n: 2 });
    const wifi = newIp(r, NETS.viasat, place('carlsbad'));
    this.flight(u, at('2026-11-30', 11.5, -8), at('2026-12-01', 14.5, 9), wifi, { k: 5 });
    const hotel = newIp(r, NETS.ocn, place('minato'), '153.156');
    L.fullAuth(u, at('2026-12-01', 18.4, 9), hotel, APPS.officeHome, RES.shellServer, { client: 'Browser', risk: { level: 'low', agg: 'low', state: 'atRisk', detail: 'none', events: ['unfamiliarFeatures'] } });
    for (const d of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
      this.away(u, d, { laptopIp: () => r.pick(zTyo), phoneIp: () => (r.chance(0.4) ? L.eg.tyoGuestWifi[0].ip : r.chance(0.5) ? hotel : L.mobileIp(u)), tz: 9, from: d === '2026-12-01' ? 17 : 9, to: 19, n: 5 });
      // evenings: calls with the San Jose team from the hotel
      this.away(u, d, { laptopIp: () => r.pick(zTyo), phoneIp: () => hotel, tz: 9, from: 21, to: 23.8, n: 2, sso: 0, phoneN: 2, logon: false });
    }
    L.phoneRefresh(u, at('2026-12-05', 8.5, 9), hotel, APPS.outlookMobile, RES.exo);
    const wifi2 = newIp(r, NETS.viasat, place('carlsbad'));
    this.flight(u, at('2026-12-05', 17.5, 9), at('2026-12-05', 9.5, -8), wifi2, { k: 3, laptop: false });
    this.away(u, '2026-12-05', { laptopIp: null, phoneIp: () => L.homeIp(u, '2026-12-05'), tz: -8, from: 13, to: 21, phoneN: 3 });
  }

  // T4: Novi quality engineer at the Hamamatsu plant (Zscaler's Osaka node; Verizon roaming)
  travelNov() {
    const u = this.c.travelNov, r = this.r, L = this.L;
    const zOsa = [registerIp('165.225.116.70', NETS.zscaler, place('osaka')), registerIp('165.225.116.71', NETS.zscaler, place('osaka'))];
    L.phoneRefresh(u, at('2026-11-29', 9.8, -5), L.homeIp(u, '2026-11-29'), APPS.outlookMobile, RES.exo);
    const wifi = newIp(r, NETS.viasat, place('carlsbad'));
    this.flight(u, at('2026-11-29', 13.5, -5), at('2026-11-30', 14.8, 9), wifi, { k: 4 });
    const hotel = newIp(r, NETS.softbankBB, place('hamamatsu'), '126.36');
    for (const d of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
      const plant = d !== '2026-11-30';
      this.away(u, d, { laptopIp: () => r.pick(zOsa), phoneIp: () => (plant && r.chance(0.4) ? L.eg.hmmWifi[0].ip : r.chance(0.5) ? hotel : L.mobileIp(u)), tz: 9, from: plant ? 8 : 18, to: plant ? 18 : 22, n: plant ? 5 : 2 });
      this.away(u, d, { laptopIp: () => r.pick(zOsa), phoneIp: () => hotel, tz: 9, from: 21, to: 23.5, n: 1, sso: 0, phoneN: 2, logon: false });
    }
    const wifi2 = newIp(r, NETS.viasat, place('carlsbad'));
    this.flight(u, at('2026-12-05', 11.5, 9), at('2026-12-05', 9.0, -5), wifi2, { k: 3, laptop: false });
    this.away(u, '2026-12-05', { laptopIp: null, phoneIp: () => L.homeIp(u, '2026-12-05'), tz: -5, from: 12, to: 21, phoneN: 3 });
  }

  // T5: Penang production head at Tokyo HQ (MH 88 KUL -> NRT overnight); the laptop joins the HQ network
  travelPen() {
    const u = this.c.travelPen, r = this.r, L = this.L;
    L.phoneRefresh(u, at('2026-11-24', 19.5, 8), L.homeIp(u, '2026-11-24'), APPS.outlookMobile, RES.exo);
    const klia = newIp(r, NETS.tm, place('kualaLumpur'), '60.53');
    L.phoneRefresh(u, at('2026-11-24', 22.6, 8), klia, APPS.teams, RES.teamsSvc);
    const hotel = newIp(r, NETS.ocn, place('chiyoda'), '153.218');
    for (const d of ['2026-11-25', '2026-11-26']) {
      this.away(u, d, { laptopIp: () => L.eg.tyo[1].ip, phoneIp: () => (r.chance(0.4) ? L.eg.tyoGuestWifi[0].ip : L.mobileIp(u, 'maxis')), tz: 9, from: 9, to: 18.5, n: 4 });
      this.away(u, d, { laptopIp: hotel, phoneIp: () => hotel, tz: 9, from: 20.5, to: 23, n: 1, sso: 0, phoneN: 2, logon: false });
    }
    L.phoneRefresh(u, at('2026-11-27', 8.1, 9), L.mobileIp(u, 'maxis'), APPS.outlookMobile, RES.exo);
    this.away(u, '2026-11-27', { laptopIp: null, phoneIp: () => L.homeIp(u, '2026-11-27'), tz: 8, from: 18, to: 22, phoneN: 2 });
  }

  // T6: a Düsseldorf engineer works from a rented flat in Mallorca for three days, then stays the weekend
  workation() {
    const u = this.c.workation, r = this.r, L = this.L;
    const ns = registerIp('163.116.178.40', NETS.netskope, place('madrid'));
    const flat = newIp(r, NETS.movistar, place('palma'), '83.32');
    L.fullAuth(u, at('2026-11-25', 8.7, 1), flat, APPS.outlookMobile, RES.exo, { phone: true, risk: { level: 'low', agg: 'low', state: 'atRisk', detail: 'none', events: ['unfamiliarFeatures'] } });
    for (const d of dateList('2026-11-25', '2026-11-29')) {
      const work = !isWeekend(d);
      this.away(u, d, { laptopIp: work ? ns : null, phoneIp: () => (r.chance(0.6) ? flat : L.mobileIp(u)), tz: 1, from: 9, to: 17.5, n: work ? 5 : 0, sso: work ? 1 : 0, phoneN: work ? 2 : 3 });
    }
  }

  // T7: Thanksgiving with the family in Austin (the laptop's Zscaler connector lands on the Dallas node)
  thanksgiving() {
    const u = this.c.thanksgiving, r = this.r, L = this.L;
    const zDal = [registerIp('165.225.216.12', NETS.zscaler, place('dallas'))];
    const fam = newIp(r, NETS.spectrumTx, place('austin'), '70.121');
    this.away(u, '2026-11-25', { laptopIp: zDal[0], phoneIp: () => L.mobileIp(u), tz: -6, from: 8, to: 12, n: 3 });
    for (const d of ['2026-11-26', '2026-11-27', '2026-11-28']) this.away(u, d, { laptopIp: null, phoneIp: () => (r.chance(0.6) ? fam : L.mobileIp(u)), tz: -6, from: 10, to: 22, phoneN: 2 });
    this.away(u, '2026-11-29', { laptopIp: null, phoneIp: () => L.mobileIp(u), tz: -6, from: 9, to: 14, phoneN: 2 });
  }

  domesticTrips() {
    const r = this.r, L = this.L;
    for (const [u, d, city] of this.trips) {
      // Shinkansen out in the morning, customer visit, back in the evening; the laptop tethers to the phone
      const tether = () => L.mobileIp(u);
      this.away(u, d, { laptopIp: tether, phoneIp: tether, tz: 9, from: 7.5, to: 19.5, n: 3, sso: 1, phoneN: 4, logon: true });
      if (r.chance(0.5)) {
        const hotel = newIp(r, NETS.ocn, place(city), '114.181');
        this.away(u, d, { laptopIp: hotel, phoneIp: () => hotel, tz: 9, from: 12.5, to: 13.5, n: 1, sso: 1, phoneN: 1, logon: false });
      }
    }
  }

  // ---- service accounts ----------------------------------------------------------------------------------------
  services() {
    const c = this.c, r = this.r, L = this.L, eg = L.eg;
    // Entra Connect: a token every sync cycle (30 minutes) from the Tokyo DC, a fresh sign-in after the Sunday patching
    for (let t = Date.UTC(2026, 10, 23, 0, 11, 37); t < Date.UTC(2026, 11, 7); t += 30 * MIN) {
      if (t >= Date.UTC(2026, 10, 28, 17, 0) && t < Date.UTC(2026, 10, 28, 18, 20)) continue; // server reboot
      L.emit({ t: t + r.int(0, 20_000), user: c.sync, app: APPS.aadConnect, res: RES.aad, ip: eg.dc[0].ip, ua: UA.aadConnect(), dev: null, os: 'Windows Server 2022', browser: '', inter: false, req: 'singleFactorAuthentication' });
    }
    for (const t of [Date.UTC(2026, 10, 23, 0, 10, 2), Date.UTC(2026, 10, 28, 18, 21, 40)]) L.emit({ t, user: c.sync, app: APPS.aadConnect, res: RES.aad, ip: eg.dc[0].ip, ua: UA.aadConnect(), dev: null, os: 'Windows Server 2022', inter: true, steps: STEPS.pwdOnly('Password in the cloud'), req: 'singleFactorAuthentication', proto: 'ropc' });
    // scan-to-mail printers: SMTP AUTH with a password (Exchange records them as BAV2ROPC legacy sign-ins)
    for (const [u, ip, tz, perDay] of [[c.mfpTyo, eg.tyo[2].ip, 9, 26], [c.mfpHmm, eg.hmm[1].ip, 9, 12], [c.mfpPen, eg.pen[1].ip, 8, 9], [c.mfpDus, eg.dusWifi[0].ip, 1, 7]]) {
      for (const d of dateList()) {
        if (isWeekend(d) || (tz === 9 && d === '2026-11-23')) continue;
        const n = Math.round(perDay * r.real(0.6, 1.3));
        for (let i = 0; i < n; i++) {
          L.emit({ t: at(d, r.real(8, 19.5), tz), user: u, app: APPS.exchange, res: RES.exo, ip, ua: UA.bav2ropc(), dev: null, os: '', inter: true,
            steps: STEPS.pwdOnly(u.pwd), req: 'singleFactorAuthentication', client: 'Authenticated SMTP', proto: 'ropc', legacyTls: u === c.mfpPen });
        }
      }
    }
    // the reporting script on an Azure VM: ROPC with Azure PowerShell's client id, every hour on weekdays
    for (const d of dateList()) {
      if (isWeekend(d)) continue;
      for (let h = 7; h <= 20; h++) L.emit({ t: at(d, h + 0.05 + r.real(0, 0.02), 9), user: c.reporting, app: APPS.azurePs, res: RES.graph, ip: eg.azVm[0].ip, ua: UA.pwshLinux(), dev: null, os: 'Linux', inter: true, steps: STEPS.pwdOnly('Password in the cloud'), req: 'singleFactorAuthentication', proto: 'ropc' });
    }
    // PLM integration on the Tokyo DC: ROPC to SharePoint every two hours, around the clock
    for (let t = Date.UTC(2026, 10, 22, 15, 3); t < Date.UTC(2026, 11, 7); t += 2 * HOUR) L.emit({ t: t + r.int(0, 90_000), user: c.plmSvc, app: APPS.plm, res: RES.spo, ip: eg.dc[1].ip, ua: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; .NET CLR 4.0.30319)', dev: null, os: 'Windows', inter: true, steps: STEPS.pwdOnly('Password Hash Sync'), req: 'singleFactorAuthentication', proto: 'ropc', client: 'Mobile Apps and Desktop clients' });
    // break-glass: the monthly check on 1 December from HQ with the FIDO2 key
    L.emit({ t: at('2026-12-01', 10.1, 9), user: c.breakGlass1, app: APPS.azurePortal, res: RES.arm, ip: eg.tyo[0].ip, ua: UA.edgeWin(154), dev: null, os: 'Windows10', browser: 'Edge 154.0.0', inter: true, steps: STEPS.pwdFido('Password in the cloud'), req: 'multiFactorAuthentication', mfa: 'Fido', client: 'Browser' });
    L.emit({ t: at('2026-12-01', 10.25, 9), user: c.breakGlass2, app: APPS.azurePortal, res: RES.arm, ip: eg.tyo[0].ip, ua: UA.edgeWin(154), dev: null, os: 'Windows10', browser: 'Edge 154.0.0', inter: true, steps: STEPS.pwdFido('Password in the cloud'), req: 'multiFactorAuthentication', mfa: 'Fido', client: 'Browser' });
    // the separate admin account of the Tokyo infrastructure lead: a few honest admin sessions from HQ and the VPN
    const adm = c.fedAdmin, owner = c.fedAdminOwner;
    for (const [d, h, ip] of [['2026-11-24', 10.4, eg.tyo[0].ip], ['2026-11-26', 15.2, eg.tyo[1].ip], ['2026-12-01', 9.7, eg.tyo[0].ip], ['2026-12-03', 21.4, eg.vpn[1].ip]]) {
      const t = at(d, h, 9);
      L.emit({ t, user: adm, app: APPS.azurePortal, res: RES.arm, ip, ua: laptopUa(owner), dev: owner.laptop, browser: browserLabel(owner), inter: true, steps: STEPS.pwdFido(), mfa: 'Fido', client: 'Browser', adminActive: true });
      L.emit({ t: t + r.int(5, 40) * MIN, user: adm, app: APPS.graphCli, res: RES.graph, ip, ua: UA.pwsh(), dev: owner.laptop, browser: RICH.win, inter: false, adminActive: true });
    }
  }

  rooms() {
    const r = this.r, L = this.L, eg = L.eg;
    for (const room of this.c.rooms) {
      const ip = { tyo: eg.tyo[2].ip, hmm: eg.hmm[0].ip, pen: eg.pen[0].ip, sjc: eg.sanJose[0].ip, nov: eg.chicago[0].ip, dus: eg.frankfurt[0].ip }[room.site];
      for (const d of dateList()) {
        const n = isWeekend(d) ? r.int(0, 1) : r.int(4, 8);
        for (let i = 0; i < n; i++) L.emit({ t: at(d, r.real(7, 20), room.tz), user: room, app: APPS.teams, res: r.pick([RES.teamsSvc, RES.graph, RES.exo]), ip, ua: UA.teamsRoom(), dev: room.dev, browser: RICH.win, inter: false, req: 'singleFactorAuthentication' });
      }
      // the weekly re-sign-in after the Saturday maintenance window
      L.emit({ t: at('2026-11-28', 3.2 + r.real(0, 0.5), room.tz), user: room, app: APPS.teams, res: RES.teamsSvc, ip, ua: UA.teamsRoom(), dev: room.dev, browser: RICH.win, inter: true, steps: STEPS.pwdOnly('Password in the cloud'), req: 'singleFactorAuthentication' });
    }
    // a newly installed room console in Tokyo signed in with a device code by IT (the room account's own sign-in)
    const hakone = this.c.rooms.find((x) => x.upn.startsWith('mtr-tyo-17f-hakone'));
    L.emit({ t: at('2026-11-26', 14.35, 9), user: hakone, app: APPS.teams, res: RES.teamsSvc, ip: eg.tyo[2].ip, ua: UA.teamsRoom(), dev: hakone.dev, browser: RICH.win, inter: true, steps: STEPS.pwdOnly('Password in the cloud'), req: 'singleFactorAuthentication', proto: 'deviceCode' });
  }

  // ---- people leaving, joining, changing phones ------------------------------------------------------------------
  leavers() {
    const c = this.c, r = this.r, L = this.L;
    const retry = (u, from, to, ipFn, appPairs) => {
      for (let t = from + r.int(20, 90) * MIN; t < to; t += r.real(0.6, 3.2) * HOUR) {
        const local = ((t / HOUR + u.tz) % 24 + 24) % 24;
        if (local < 6.5 || local > 23.5) continue;
        const [app, res] = r.pick(appPairs);
        L.emit({ t, user: u, app, res, ip: ipFn(), ua: phoneUa(u), dev: u.phone, browser: u.phone?.ios ? RICH.ios : RICH.android, inter: false, err: 50057, req: 'singleFactorAuthentication' });
      }
    };
    const pairs = [[APPS.outlookMobile, RES.exo], [APPS.teams, RES.teamsSvc], [APPS.outlookMobile, RES.exo]];
    retry(c.leaverTyo, c.leaverTyo.disabledAt, at('2026-12-03', 12, 9), () => (r.chance(0.6) ? L.homeIp(c.leaverTyo, '2026-12-02') : L.mobileIp(c.leaverTyo)), pairs);
    retry(c.leaverPen, c.leaverPen.disabledAt, at('2026-12-04', 10, 8), () => (r.chance(0.5) ? L.homeIp(c.leaverPen, '2026-12-01') : L.mobileIp(c.leaverPen)), pairs);
    const start = Date.UTC(2026, 10, 23);
    retry(c.oldLeaverHmm, start, Date.UTC(2026, 11, 7), () => (r.chance(0.5) ? L.homeIp(c.oldLeaverHmm, '2026-11-25') : L.mobileIp(c.oldLeaverHmm)), pairs);
    retry(c.oldLeaverSjc, start, Date.UTC(2026, 10, 30), () => L.mobileIp(c.oldLeaverSjc), pairs);
    retry(c.oldLeaverDus, start, Date.UTC(2026, 11, 7), () => L.homeIp(c.oldLeaverDus, new Date(start + r.int(0, 13) * DAY).toISOString().slice(0, 10)), [[APPS.teams, RES.teamsSvc]]);
  }

  hires() {
    const r = this.r, L = this.L;
    for (const u of this.newHires) {
      const tz = u.tz;
      const office = L.officeIp(u);
      // first sign-in on the new laptop with the Temporary Access Pass IT handed over, then the Authenticator
      const t0 = at('2026-12-01', 10.2 + r.real(0, 1.2), tz);
      u.tapAt = t0 - r.int(20, 50) * MIN;
      L.emit({ t: t0, user: u, app: APPS.windowsSignIn, res: RES.aad, ip: office, ua: UA.wam(), dev: u.laptop, os: 'Windows10', browser: RICH.win, inter: true, steps: STEPS.tap(), req: 'multiFactorAuthentication', noCa: true });
      L.emit({ t: t0 + 4 * MIN, user: u, app: APPS.mySignins, res: RES.graph, ip: office, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(), client: 'Browser' });
      u.registeredAt = t0 + r.int(6, 12) * MIN;
      if (u.phone) L.phoneRefresh(u, u.registeredAt + 3 * MIN, office, APPS.authenticator, RES.authenticatorRes);
    }
  }

  phones() {
    const r = this.r, L = this.L;
    for (const [u, d] of this.phoneSwaps) {
      // set up the new phone at lunchtime: Outlook on it signs in with password and the Authenticator (still on the old phone)
      const t = at(d, 12.3 + r.real(0, 1), u.tz);
      const ip = SITES[u.site].proxy ? L.officeWifi(u) : L.officeIp(u);
      const old = u.phone;
      u.phone = u.phone2 ?? u.phone;
      L.fullAuth(u, t, ip, APPS.outlookMobile, RES.exo, { phone: true });
      L.fullAuth(u, t + r.int(3, 9) * MIN, ip, APPS.mySignins, RES.graph, { phone: false, client: 'Browser', steps: STEPS.prt() });
      u.phone = old;
      u.phoneSetupAt = t;
    }
  }

  expired() {
    const r = this.r, L = this.L;
    for (const [u, d] of this.pwdExpired) {
      const t = at(d, u.sched.start + r.real(0.2, 1.2), u.tz);
      const ip = L.laptopIp(u, 'office', d);
      const corr = r.uuid();
      L.emit({ t, user: u, app: APPS.officeHome, res: RES.shellServer, ip, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, err: 50144, steps: [['Password', 'Password Hash Sync', false, "User's password is expired", 'Primary authentication', 0, 50144]], req: 'singleFactorAuthentication', corr, client: 'Browser' });
      u.sspr = { t: t + r.int(2, 6) * MIN, ip };
      // the new password arrives; the phone's refresh tokens were revoked by the change
      L.fullAuth(u, u.sspr.t + r.int(4, 12) * MIN, ip, APPS.officeHome, RES.shellServer, { client: 'Browser' });
      if (u.phone) {
        const tp = u.sspr.t + r.int(30, 140) * MIN;
        const pip = L.mobileIp(u);
        L.phoneRefresh(u, tp, pip, APPS.outlookMobile, RES.exo, { err: 50173, req: 'singleFactorAuthentication' });
        L.fullAuth(u, tp + r.int(1, 25) * MIN, pip, APPS.outlookMobile, RES.exo, { phone: true });
      }
    }
  }

  lockout() {
    const r = this.r, L = this.L;
    for (const [u, d] of this.lockouts) {
      // an old password saved in Outlook on a meeting-room PC / a second laptop: prompts, wrong password, lockout
      let t = at(d, r.real(9.5, 16), u.tz);
      const ip = L.laptopIp(u, 'office', d);
      const n = r.int(4, 9);
      for (let i = 0; i < n; i++) {
        L.emit({ t, user: u, app: APPS.office, res: RES.exo, ip, ua: UA.wam(), dev: null, os: 'Windows10', browser: RICH.win, inter: true, err: i === n - 1 ? 50053 : 50126, steps: STEPS.pwdBad(u.pwd), req: 'singleFactorAuthentication' });
        t += r.int(20, 240) * 1000;
      }
      L.fullAuth(u, t + r.int(18, 45) * MIN, ip, APPS.officeHome, RES.shellServer, { client: 'Browser' });
    }
  }

  declined() {
    const r = this.r, L = this.L;
    for (const [u, d] of this.declines) {
      // two prompts at once (laptop and a browser tab): the user declines the one they did not expect, approves the next
      const t = at(d, r.real(9, 17), u.tz);
      const ip = L.laptopIp(u, 'office', d);
      L.fullAuth(u, t, ip, APPS.officeHome, RES.shellServer, { client: 'Browser', err: 500121, steps: STEPS.pwdThenDenied(u.pwd), addl: 'MFA denied; user declined the authentication' });
      L.fullAuth(u, t + r.int(40, 180) * 1000, ip, APPS.officeHome, RES.shellServer, { client: 'Browser' });
    }
  }

  deviceCodeDevs() {
    const c = this.c, r = this.r, L = this.L;
    // `az login --use-device-code` inside a Codespace: the code is entered in the laptop's browser (Zscaler), the
    // tokens are redeemed and refreshed from the Codespace's Azure address in Virginia
    for (const [u, d, h] of [[c.devCs1, '2026-12-02', 10.3], [c.devCs1, '2026-12-04', 14.1], [c.devCs2, '2026-11-30', 9.6]]) {
      const t = at(d, h, u.tz);
      const browserIp = L.laptopIp(u, 'office', d);
      const cs = u.codespaceIp ?? (u.codespaceIp = newIp(r, NETS.azure, place('boydton'), '20.120'));
      L.emit({ t, user: u, app: APPS.azureCli, res: RES.arm, ip: browserIp, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(), proto: 'deviceCode', client: 'Mobile Apps and Desktop clients' });
      for (let i = 0; i < 4; i++) L.emit({ t: t + (i === 0 ? 25_000 : r.int(5, 200) * MIN), user: u, app: APPS.azureCli, res: i % 2 ? RES.graph : RES.arm, ip: cs, ua: UA.azCli(), dev: null, os: 'Linux', browser: RICH.py, inter: false });
    }
  }

  guests() {
    const r = this.r, L = this.L;
    for (const g of this.c.guests) {
      if (g.dormant) continue;
      const n = r.int(1, 4);
      for (let i = 0; i < n; i++) {
        const d = r.pick(dateList('2026-11-24', '2026-12-04').filter((x) => !isWeekend(x)));
        const tz = { meridian: -5, rheinwerk: 1, ppt: 8 }[g.partner] ?? 9;
        const t = at(d, r.real(9, 17.5), tz);
        const ua = UA[g.browser](g.bver);
        const [app, res] = r.pick([[APPS.sharepoint, RES.spo], [APPS.teamsWeb, RES.teamsSvc], [APPS.officeHome, RES.shellServer], [APPS.sharepoint, RES.spo]]);
        L.emit({ t, user: g, app, res, ip: g.home.ip, ua, dev: null, os: 'Windows10', browser: g.browser.startsWith('edge') ? `Edge ${g.bver}.0.0` : `Chrome ${g.bver}.0.0`, inter: true, steps: STEPS.prt(), client: 'Browser', req: 'multiFactorAuthentication' });
        for (let k = 0; k < r.int(0, 3); k++) L.emit({ t: t + r.int(5, 90) * MIN, user: g, app: APPS.teamsWeb, res: RES.teamsSvc, ip: g.home.ip, ua, dev: null, os: 'Windows10', browser: '', inter: false, req: 'multiFactorAuthentication' });
      }
    }
  }
}
