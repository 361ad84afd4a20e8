// Shared builders: time window, user agents, the sign-in and audit record constructors.
import { T, APPS, NET } from './tenant.mjs';

export const START = Date.UTC(2026, 10, 23, 0, 0, 0); // 2026-11-23T00:00Z
export const END = Date.UTC(2026, 11, 7, 0, 0, 0);    // 2026-12-07T00:00Z
export const DAYS = 14;
export const HOUR = 3_600_000, MIN = 60_000, SEC = 1000;
export const LOCAL = HOUR; // Spain, CET (UTC+1) during the window
export const dayStart = (d) => START + d * 24 * HOUR;
export const isWeekend = (d) => { const w = new Date(dayStart(d)).getUTCDay(); return w === 0 || w === 6; };
/** UTC ms for local hour h (fractional) of day d */
export const at = (d, h) => dayStart(d) + Math.round(h * HOUR) - LOCAL;

export const UA = {
  edgeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  chromeWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  teamsWin: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0 Teams/25306.804.4102.7193',
  outlookIos: 'Outlook-iOS/2.0', outlookAndroid: 'Outlook-Android/2.0',
  safariIpad: 'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  safariIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.7444.102 Mobile Safari/537.36',
  vscode: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.106.2 Chrome/138.0.7204.251 Electron/37.7.0 Safari/537.36',
  azcli: 'Azure-CLI/2.67.0 (MSI) Python/3.12.8 (Windows-11-10.0.26100-SP0)',
  graphPs: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; es-ES) PowerShell/7.5.4',
  teamsRoom: 'Mozilla/5.0 (Linux; Android 12; TeamsRoom) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
};

export function makeFactory(rng) {
  /** A sign-in with defaults filled in. */
  const signin = (o) => ({
    reqId: rng.uuid(), corrId: o.corrId || rng.uuid(), uti: rng.b64(22), latency: o.latency ?? rng.int(35, 420),
    code: 0, client: 'browser', authReq: 'single', ca: 'success', incoming: 'Ninguno', ...o,
  });
  const audit = (o) => ({ corr: o.corr || rng.uuid(), ua: '', details: [], targets: [], ...o });
  const userActor = (u, ip) => ({ type: 'User', name: u.name, id: u.id, upn: u.upn, ip: ip || '', homeTenantId: u.homeTenantId, homeTenantName: u.homeTenantName });
  const appActor = (name, spId) => ({ type: 'Application', name, spId: spId || '', spName: name });
  const userTarget = (u, props = []) => ({ type: 'User', name: u.name, id: u.id, upn: u.upn, props });
  return { signin, audit, userActor, appActor, userTarget };
}

export { T, APPS, NET };
