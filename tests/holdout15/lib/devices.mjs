// Devices, browsers and user agents of people, and where they are (which network, address, place).
import { NETS, UA, VER } from './world.mjs';

export const HQ_IP = '80.12.38.130', HQ_VPN = '80.12.38.132', HQ_SRV = '80.12.38.133', HQ_BACKUP = '62.161.115.90';
export const STE_IP = '62.39.214.66', BIELSKO_IP = '83.13.172.10', NOVA_IP = '197.14.52.18';

export function browserLabel(kind, v) {
  switch (kind) {
    case 'edgeWin': return `Edge ${v}.0.${VER.edgeBuild[v].split('.')[0]}`;
    case 'chromeWin': case 'chromeMac': return `Chrome ${v}.0.0`;
    case 'firefoxWin': case 'firefoxLinux': return `Firefox ${v > 150 ? v + 3 : v}.0`;
    case 'safariMac': return 'Safari 27.1';
    case 'safariIos': return 'Mobile Safari 27.1';
    case 'chromeAndroid': return `Chrome Mobile ${v}.0.0`;
    default: return '';
  }
}
export function uaFor(kind, v) {
  switch (kind) {
    case 'edgeWin': return UA.edgeWin(v);
    case 'chromeWin': return UA.chromeWin(v);
    case 'chromeMac': return UA.chromeMac(v);
    case 'firefoxWin': return UA.firefoxWin(v > 150 ? v + 3 : v);
    case 'safariMac': return UA.safariMac('27.1');
    case 'safariIos': return UA.safariIos('27.1');
    case 'chromeAndroid': return UA.chromeAndroid(v);
    default: return '';
  }
}

/** The laptop as the browser shows it (interactive, Browser client). */
export function laptopBrowser(u) {
  const mac = u.laptopOs === 'mac';
  const prt = !mac && u.browser === 'edgeWin'; // Edge signed in to the OS profile carries the device identity
  const ext = !mac && u.browser === 'chromeWin' && u.chromeExt; // Chrome with the Windows Accounts extension
  return {
    id: prt || ext || mac ? u.laptopId : '', os: mac ? 'MacOs' : 'Windows 10', browser: browserLabel(u.browser, u.bver),
    compliant: prt || ext || mac, managed: prt || ext || mac, joinType: mac ? 'Microsoft Entra registered' : (prt || ext ? 'Microsoft Entra hybrid joined' : ''),
    browserUi: true, prt: prt || ext,
  };
}
/** The laptop as a rich client (WAM / MSAL) shows it. */
export function laptopRich(u) {
  const mac = u.laptopOs === 'mac';
  return { id: u.laptopId, os: mac ? 'MacOs' : 'Windows10', browser: mac ? 'Rich Client 1.27.0' : 'Rich Client 4.79.2.0', compliant: true, managed: true, joinType: mac ? 'Microsoft Entra registered' : 'Microsoft Entra hybrid joined' };
}
export function phoneRich(u) {
  const ios = u.phoneOs === 'ios';
  const m = !!u.phoneManaged;
  return { id: m ? u.phoneId : '', os: ios ? 'Ios' : 'Android', browser: ios ? 'Rich Client 1.5.39' : 'Rich Client 5.8.0', compliant: m, managed: m, joinType: m ? 'Microsoft Entra registered' : '' };
}
export function phoneUa(u) { return u.phoneOs === 'ios' ? UA.iosApp() : UA.androidApp(u.phoneModel); }
export function phoneBrowser(u) {
  const ios = u.phoneOs === 'ios';
  return { id: u.phoneManaged ? u.phoneId : '', os: ios ? 'Ios' : 'Android', browser: ios ? 'Mobile Safari 27.1' : `Chrome Mobile ${u.bver || 154}.0.0`, compliant: !!u.phoneManaged, managed: !!u.phoneManaged, joinType: u.phoneManaged ? 'Microsoft Entra registered' : '', browserUi: true };
}

// Where mobile carriers' CGNAT addresses geolocate (the carrier's gateway city, not the subscriber's town)
export const MOBILE_PLACE = {
  orange_fr_mob: 'lyon', free_mob: 'paris', sfr_mob: 'lyon', bytel_mob: 'paris',
  play_pl: 'katowice', tmobile_pl: 'krakow', plus_pl: 'katowice',
  iam_ma_mob: 'casablanca', orange_ma_mob: 'casablanca', inwi_ma: 'rabat',
  ooredoo_tn: 'tunis', swisscom_mob: 'lausanne', tmobile_us: 'dallas',
};

/** The user's home line: a stable IPv4 (or an IPv6 inside a stable /64). */
export function homeAddr(u, rng) {
  const n = NETS[u.homeNet];
  if (u.homeV6 && n.v6) return { ip: n.v6addr(u.upn, rng), asn: n.asn, place: u.homePlace, net: n };
  return { ip: n.stable(u.upn), asn: n.asn, place: u.homePlace, net: n };
}
export function mobileAddr(u, rng) {
  const key = u.mobileNet;
  const n = NETS[key];
  return { ip: n.addr(rng), asn: n.asn, place: MOBILE_PLACE[key] || 'paris', net: n };
}
export function siteAddr(site, hqBackup = false) {
  if (site === 'stetienne') return { ip: STE_IP, asn: 15557, place: 'stetienne' };
  if (site === 'bielsko') return { ip: BIELSKO_IP, asn: 5617, place: 'bielsko' };
  if (hqBackup) return { ip: HQ_BACKUP, asn: 5410, place: 'lyon' };
  return { ip: HQ_IP, asn: 3215, place: 'paris' }; // Voiron and the Casablanca office (SD-WAN through Voiron)
}
export const vpnAddr = (hqBackup = false) => (hqBackup ? { ip: HQ_BACKUP, asn: 5410, place: 'lyon' } : { ip: HQ_VPN, asn: 3215, place: 'paris' });
export const addrOf = (netKey, rng, stableKey) => {
  const n = NETS[netKey];
  return { ip: stableKey ? n.stable(stableKey) : n.addr(rng), asn: n.asn, place: n.place, net: n };
};
