// Building blocks shared by the honest population and the planted scenarios: user agents, a browser session, a
// background token refresh, audit actors.
import { APPS, RES, SITES, ispIp, net, PLACES, START, END } from './tenant.mjs';
import { isTrusted } from './emit.mjs';

export const UA = {
  edgeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36 Edg/143.0.3650.75',
  edgeWinOld: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.3595.94',
  chromeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  firefoxWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
  safariIos: (v) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${v.replace(/\./g, '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`,
  chromeAndroid: (v) => `Mozilla/5.0 (Linux; Android ${v}; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.7499.52 Mobile Safari/537.36`,
  teamsWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0 Teams/25306.804.4102.7193',
  outlookIos: 'Outlook-iOS/2.0',
  outlookAndroid: 'Outlook-Android/2.0',
  dalvik: (v, m) => `Dalvik/2.1.0 (Linux; U; Android ${v}; ${m} Build/UP1A.231005.007)`,
  azCli: 'python/3.12.10 (Windows-11-10.0.26100-SP0) msal/1.33.0 azure-cli/2.79.0',
  azCliLinux: 'python/3.12.10 (Linux-6.8.0-1031-azure-x86_64-with-glibc2.39) msal/1.33.0 azure-cli/2.79.0',
  graphPs: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-CA) PowerShell/7.5.4',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.106.2 Chrome/138.0.7204.251 Electron/37.7.0 Safari/537.36',
  msalNet: 'Microsoft.Identity.Client/4.66.2.0',
  pyRequests: 'python-requests/2.32.3',
  wam: 'Windows-AzureAD-Authentication-Provider/1.0',
};
export const BROWSER = { edge: 'Edge 143.0.3650', edgeOld: 'Edge 142.0.3595', chrome: 'Chrome 143.0.0', firefox: 'Firefox 145.0', rich: 'Rich Client 4.66.2.0', richAndroid: 'Rich Client 5.4.0', safari: (v) => `Mobile Safari ${v}`, chromeMobile: 'Chrome Mobile 143.0.7499' };

/** The phone's browser identity. */
export function phoneWeb(u) {
  const p = u.phone;
  if (!p) return { ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' };
  return p.ios ? { ua: UA.safariIos(p.ver), browser: BROWSER.safari(p.ver), os: 'Ios' } : { ua: UA.chromeAndroid(p.ver), browser: BROWSER.chromeMobile, os: 'Android' };
}
export function phoneApp(u) {
  const p = u.phone;
  return p.ios ? { ua: UA.outlookIos, browser: BROWSER.rich, os: 'Ios' } : { ua: UA.dalvik(p.ver, p.model), browser: BROWSER.richAndroid, os: 'Android' };
}

/** A fresh mobile-carrier address (CGNAT, changes often) for user u. */
export function mobileNet(rng, u) {
  if (u.phone && u.phone.relay) return net(ispIp(rng, 'icloudRelay'), 36183, rng.pick(['toronto', 'montreal', 'ottawa']));
  const isp = u.mobIsp || 'rogersMob';
  return net(ispIp(rng, isp), { rogersMob: 812, bellMob: 577, telusMob: 852 }[isp], rng.wpick([['ottawa', 6], ['toronto', 2], ['montreal', 2]]));
}
/** The user's home line (occasionally re-leased). */
export function homeNet(rng, u, d = 0) {
  if (u.vpnHome && rng.chance(0.6)) return u.vpnHome; // a consumer VPN on the home PC
  let ip = u.homeIp;
  if (u.releaseDay !== undefined && d >= u.releaseDay) ip = u.homeIp2;
  return net(ip, { bell: 577, rogers: 812, videotron: 5769, cogeco: 7122 }[u.homeIsp], u.homePlace);
}

const inWindow = (t) => t >= START && t < END - 1000;

export class Life {
  constructor(rng, sink) { this.rng = rng; this.sink = sink; }

  si(o) { if (!inWindow(o.t)) return null; return this.sink.signin(o); }

  /** MFA mode for an interactive member sign-in. */
  mfaFor(u, n, dev) {
    if (isTrusted(n.ip) || u.mfaExempt || !u.mfa) return null;
    if (dev && dev.id && this.rng.chance(0.65)) return 'prev';
    return u.mfa;
  }

  /**
   * An interactive browser (or rich-client) sign-in with its common noise (typo, KMSI interrupt) and `follow`
   * non-interactive token requests after it. Returns the time of the last record.
   */
  web(u, t, n, dev, o = {}) {
    const r = this.rng;
    const app = o.app || APPS.officeHome, res = o.res || RES.graph;
    const session = o.session || r.uuid();
    const base = { user: u, app, res, net: n, device: dev, ua: o.ua || UA.edgeWin, browser: o.browser || BROWSER.edge, os: o.os, interactive: true, session, clientApp: o.clientApp, exemptMfa: u.mfaExempt, guest: o.guest, admin: o.admin, hint: r.chance(0.5) };
    if (r.chance(o.typo ?? 0.03)) {
      this.si({ ...base, t, code: 50126 });
      t += r.int(15, 90) * 1000;
    }
    const mfa = o.mfa !== undefined ? o.mfa : this.mfaFor(u, n, dev);
    if (mfa === 'app' || mfa === 'sms') {
      if (r.chance(0.35)) { this.si({ ...base, t, code: 50074, detail: 'MFA required in Azure AD' }); t += r.int(8, 40) * 1000; }
    }
    if (r.chance(o.kmsi ?? 0.12) && base.clientApp !== 'Mobile Apps and Desktop clients') { this.si({ ...base, t, code: 50140, mfa }); t += r.int(3, 20) * 1000; }
    this.si({ ...base, t, code: 0, mfa, scopes: o.scopes });
    const follow = o.follow ?? 1;
    for (let i = 0; i < follow; i++) {
      t += r.int(5, 240) * 1000;
      const f = o.followRes ? r.pick(o.followRes) : res;
      this.si({ user: u, app, res: f, net: n, device: dev, ua: base.ua, browser: base.browser, os: base.os, interactive: false, session, mfa: mfa ? 'prev' : null, t, guest: o.guest, exemptMfa: u.mfaExempt });
    }
    return t;
  }

  /** One non-interactive refresh. */
  bg(u, t, n, dev, o) {
    return this.si({ user: u, app: o.app, res: o.res, net: n, device: dev, ua: o.ua, browser: o.browser, os: o.os, interactive: false, session: o.session, mfa: o.mfa === undefined ? 'prev' : o.mfa, t, code: o.code || 0, guest: o.guest, exemptMfa: u.mfaExempt, protocol: o.protocol, transfer: o.transfer, tokenType: o.tokenType, scopes: o.scopes, tag: o.tag });
  }
}

// Audit actors (apps)
export const ACTOR_APPS = {
  sync: { appId: APPS.aadConnect.id, name: 'Microsoft Azure Active Directory Connect', spId: 'c0a4e6f1-27b8-4d93-a516-8e2f0b7d4c19' },
  hrProv: { appId: '7e9d2c4b-51a0-4f38-b6e7-0c3a9f1d5e82', name: 'RVTA HRIS Inbound Provisioning', spId: '0d8f3b26-94e1-4c7a-a2b5-6e1c9d0f7a43' },
  rotation: { appId: '3b6f0e91-c2d4-4a85-9e17-5f8a2c0d6b34', name: 'RVTA-KeyVault-SecretRotation', spId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b' },
  pim: { appId: null, name: 'MS-PIM', spId: '9a5b8e21-3d7c-4f06-b1e4-2c6d8a0f3e75' },
  invites: { appId: null, name: 'Microsoft Invitation Acceptance Portal', spId: '4c2e9a7d-1b5f-4e83-9d06-7a3c8f1e2b50' },
  azureMfa: { appId: null, name: 'Azure MFA StrongAuthenticationService', spId: '6e0b3f8a-2c9d-4571-b4e6-1d7a5c2f9e08' },
  deviceReg: { appId: RES.drs.id, name: 'Device Registration Service', spId: '8d1f6a3e-5b20-4c97-a8e4-3f0b2d9c7e61' },
};
