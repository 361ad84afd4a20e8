// Office workers, executives, researchers and IT (developers with CLI tools, ops, helpdesk).
import { APPS, RESOURCES, UA, NETS } from './world.mjs';
import { spotSite, spotHome, spotVpn, spotMobile, spotAt, login, refreshes, ev } from './session.mjs';
import { isAway } from './benign-clinical.mjs';
import { ip } from './people.mjs';
import { MIN, HOUR, DAY } from './rng.mjs';

const M365 = [[APPS.teams, RESOURCES.teamsSvc], [APPS.office, RESOURCES.exchange], [APPS.office, RESOURCES.sharepoint], [APPS.oneDriveSync, RESOURCES.sharepoint], [APPS.teams, RESOURCES.graph]];
const PHONE = [[APPS.teams, RESOURCES.teamsSvc], [APPS.outlookMobile, RESOURCES.exchange]];

/** One working day at a place: laptop logon, a few browser SSO sign-ins, background refreshes, phone. */
export function workDay(ctx, p, t0, t1, where, opts = {}) {
  const r = ctx.rng;
  const dev = p.laptop;
  const direct = where.direct; // the spot Microsoft 365 traffic uses (split tunnel)
  const corp = where.corp || direct; // the spot line-of-business traffic uses
  const s = login(ctx, p, t0, { spot: direct, dev, app: APPS.windowsSignIn, res: RESOURCES.aadGraph, ua: UA.winAuth, client: 'Mobile Apps and Desktop clients', mfaClaim: !direct.trusted, kmsi: false, noPassword: true });
  const sso = { dev, session: s.session, inter: true, incoming: 'primaryRefreshToken', authReq: direct.trusted ? 'singleFactorAuthentication' : 'multiFactorAuthentication', mfaMethod: direct.trusted ? undefined : 'Previously satisfied', detail: direct.trusted ? undefined : 'MFA requirement satisfied by claim in the token' };
  const browser = opts.browserApps || [[APPS.intranet, 3], [APPS.officeHome, 3], [APPS.roster, 1], [APPS.owa, 1]];
  const nb = r.int(1, opts.maxBrowser || 2);
  for (let i = 0; i < nb; i++) {
    const a = r.wpick(browser);
    const t = t0 + r.next() * (t1 - t0);
    const lob = [APPS.intranet, APPS.roster, APPS.epj, APPS.labPortal, APPS.pacs].includes(a);
    ev(ctx, p, t, { ...sso, spot: lob ? corp : direct, app: a, res: RESOURCES[Object.keys(APPS).find((k) => APPS[k] === a)] || RESOURCES.graph, ua: dev.ua });
  }
  refreshes(ctx, p, s.session, t0, t1, r.int(opts.minNi ?? 1, opts.maxNi ?? 3), { spot: direct, dev, ua: UA.msalDesktop, pairs: M365, mfa: !direct.trusted, incoming: 'primaryRefreshToken' });
  return s;
}

export function phoneRefreshes(ctx, p, t0, t1, n, spotFn) {
  const r = ctx.rng;
  if (!p.phone) return;
  if (!p.phoneSession) p.phoneSession = r.guid();
  refreshes(ctx, p, p.phoneSession, t0, t1, n, { spot: spotFn || ((t) => spotMobile(ctx, p)), dev: p.phone, ua: r.chance(0.5) ? p.phone.teamsUa : p.phone.outlookUa, pairs: PHONE, mfa: true });
}

/** Developers' daily tooling: Azure CLI / PowerShell / VS Code / Graph Explorer / portal. */
function devTools(ctx, p, t0, t1, spot, session) {
  const r = ctx.rng;
  const dev = p.laptop;
  const mfa = !spot.trusted;
  const inter = (app, res, ua, t) => ev(ctx, p, t, { spot, dev, app, res, ua, session, inter: true, incoming: 'primaryRefreshToken',
    authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
  const rnd = () => t0 + r.next() * (t1 - t0);
  if (r.chance(0.35)) inter(APPS.azureCli, RESOURCES.arm, UA.edgeWin, rnd());
  if (r.chance(0.25)) inter(APPS.azurePs, RESOURCES.arm, UA.edgeWin, rnd());
  if (r.chance(0.2)) inter(APPS.vscode, RESOURCES.arm, UA.vscode, rnd());
  if (r.chance(0.55)) inter(APPS.graphExplorer, RESOURCES.graph, dev.ua, rnd());
  if (r.chance(0.7)) inter(APPS.azurePortal, RESOURCES.arm, dev.ua, rnd());
  // MSAL in the CLIs runs without the broker: no device identity on their refreshes
  const bare = { id: '', name: '', os: 'Windows10', browser: '', compliant: false, managed: false, trust: '' };
  const ni = (app, res, ua, n, browserLike) => refreshes(ctx, p, browserLike ? session : p.cliSession, t0, t1, n, { spot, dev: browserLike ? dev : bare, ua, pairs: res.map((x) => [app, x]), mfa: true });
  ni(APPS.azureCli, [RESOURCES.arm, RESOURCES.graph, RESOURCES.keyVault], UA.azureCli, r.int(2, 7));
  ni(APPS.azurePs, [RESOURCES.arm, RESOURCES.graph], UA.azurePs, r.int(0, 3));
  ni(APPS.vscode, [RESOURCES.arm, RESOURCES.devops, RESOURCES.graph], UA.vscode, r.int(1, 4));
  ni(APPS.graphExplorer, [RESOURCES.graph], dev.ua, r.int(0, 2), true);
  void mfa;
}

export function officeActivity(ctx, p, { start, days, end }) {
  const r = ctx.rng;
  p.cliSession = r.guid();
  // a few developers also drive the Azure CLI from a dev VM in Azure via device-code login
  const devVm = p.role === 'developer' && r.chance(0.15) ? ip(r, NETS.azure_dev) : null;
  let devVmSession = null;
  for (let d = 0; d < days; d++) {
    const day0 = start + d * DAY;
    const wd = new Date(day0).getUTCDay();
    if (isAway(p, day0 + 12 * HOUR)) continue;
    const weekend = wd === 0 || wd === 6;
    const phoneN = weekend ? r.int(0, 1) : r.int(0, 2);
    if (weekend || r.chance(0.05)) { // weekend / day off: phone only, sometimes a look at mail from home
      phoneRefreshes(ctx, p, day0 + 8 * HOUR, day0 + 21 * HOUR, phoneN, () => (r.chance(0.6) ? spotHome(p) : spotMobile(ctx, p)));
      if ((p.role === 'exec' || p.role === 'itops') && r.chance(0.3)) {
        const t = day0 + r.int(9, 19) * HOUR;
        workDay(ctx, p, t, t + r.int(20, 90) * MIN, { direct: spotHome(p) }, { maxBrowser: 1, maxNi: 2, minNi: 1 });
      }
      continue;
    }
    const startLocal = (p.role === 'developer' ? r.int(8, 10) : r.int(7, 9)) * HOUR + r.int(0, 59) * MIN;
    const t0 = day0 + startLocal - HOUR;
    const t1 = t0 + r.int(7, 9) * HOUR + r.int(0, 59) * MIN;
    if (t0 >= end) break;
    const home = r.next() < (p.homeDays || 0) / 5;
    const where = home ? (r.chance(p.vpnShare ?? 0.5) ? { direct: spotHome(p), corp: spotVpn(ctx) } : { direct: spotHome(p) })
      : { direct: spotSite(ctx, p.site) };
    const browserApps = p.role === 'research' ? [[APPS.intranet, 2], [APPS.officeHome, 2], [APPS.miro, 1], [APPS.zoom, 1]]
      : p.role === 'admin' ? [[APPS.intranet, 3], [APPS.officeHome, 2], [APPS.roster, 2], [APPS.epj, 1]] : undefined;
    const s = workDay(ctx, p, t0, Math.min(t1, end), where, { browserApps });
    if (['developer', 'itops', 'identity', 'helpdesk'].includes(p.role)) {
      if (p.role === 'developer') devTools(ctx, p, t0 + 10 * MIN, Math.min(t1, end), where.direct, s.session);
      else {
        ev(ctx, p, t0 + r.int(5, 60) * MIN, { spot: where.direct, dev: p.laptop, app: APPS.azurePortal, res: RESOURCES.arm, session: s.session, inter: true, incoming: 'primaryRefreshToken', authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
        if (p.role === 'itops' && r.chance(0.5)) refreshes(ctx, p, s.session, t0, t1, r.int(1, 3), { spot: where.direct, dev: p.laptop, ua: UA.azurePs, pairs: [[APPS.azurePs, RESOURCES.arm]], mfa: true });
      }
    }
    if (devVm) {
      const vm = spotAt(ctx, 'azure_dev', devVm);
      const dvm = { id: '', name: '', os: 'Linux', browser: '', compliant: false, managed: false, trust: '', ua: UA.azureCli };
      if (!devVmSession || r.chance(0.12)) { // az login --use-device-code on the VM, code entered on the laptop
        const s2 = login(ctx, p, t0 + r.int(30, 200) * MIN, { spot: vm, dev: dvm, app: APPS.azureCli, res: RESOURCES.arm, ua: UA.azureCli, client: 'Mobile Apps and Desktop clients', proto: 'deviceCode', mfa: true, noPassword: true, kmsi: false });
        devVmSession = s2.session;
      }
      refreshes(ctx, p, devVmSession, t0, t1, r.int(2, 6), { spot: vm, dev: dvm, ua: UA.azureCli, pairs: [[APPS.azureCli, RESOURCES.arm], [APPS.azureCli, RESOURCES.keyVault]], mfa: true });
    }
    phoneRefreshes(ctx, p, t0 - HOUR, t1 + 4 * HOUR, phoneN, () => spotMobile(ctx, p));
  }
}
