// Guests: honorary and visiting academics, external examiners and vendor support engineers,
// signing in from their home institutions, vendors' offices and their homes.
import { makeRng } from './rng.mjs';
import { at, isWeekend, MIN, DAYS } from './time.mjs';
import { poolIp } from './tenant.mjs';
import { emit, refreshes } from './sessions.mjs';
import { APPS } from './catalog.mjs';

export const INSTITUTIONS = [
  // [domain, display org, institution net, residential net, weight, tz]
  ['ed.ac.uk', 'University of Edinburgh', 'inst-uoe', 'res-bt-edinburgh', 14, 0],
  ['ki.se', 'Karolinska Institutet', 'inst-ki', 'res-telia-stockholm', 12, 1],
  ['charite.de', 'Charité – Universitätsmedizin Berlin', 'inst-charite', 'res-dt-berlin', 9, 1],
  ['hms.harvard.edu', 'Harvard Medical School', 'inst-harvard', 'res-comcast-cambridgema', 6, -5],
  ['sund.ku.dk', 'University of Copenhagen', 'inst-ku', 'res-tdc-copenhagen', 10, 1],
];

export function guests(ctx) {
  const r = makeRng(ctx.seed, 'guests');
  for (const g of ctx.guests) {
    const sessions = g.vendor ? r.int(4, 7) : r.int(2, 8);
    const days = r.sample([...Array(DAYS).keys()].filter((d) => !isWeekend(d)), Math.min(sessions, 10));
    for (const day of days) {
      const work = r.chance(g.vendor ? 0.95 : 0.7);
      const nk = work ? g.instNet : g.resNet;
      const ip = work ? poolIp(r, nk) : g.homeIp;
      const t = at(day, 9, r.int(0, 480), g.tz);
      const dev = g.device;
      const [app, res] = g.vendor ? r.pick([['azurePortal', 'arm'], ['teamsWeb', 'teamsSvc']]) : r.pick([['teamsWeb', 'teamsSvc'], ['sharepoint', 'spo'], [APPS.redcap, [APPS.redcap[0], APPS.redcap[1]]], ['officeHome', 'officeHome']]);
      emit(ctx, r, { t, user: g, ip, netKey: nk, device: dev, interactive: true, app, res, auth: r.chance(0.6) ? 'prev' : 'push', ua: dev.ua, client: 'Browser' });
      if (r.chance(0.08)) emit(ctx, r, { t: t - 40_000, user: g, ip, netKey: nk, device: dev, interactive: true, app, res, auth: 'prev', code: 16000, ua: dev.ua, client: 'Browser' });
      refreshes(ctx, r, { user: g, t0: t, t1: t + r.int(30, 150) * MIN, netKey: nk, ip, device: dev, refresh: [[app === 'azurePortal' ? 'azurePortal' : 'teamsWeb', app === 'azurePortal' ? 'graph' : 'teamsSvc', 45]], uaOverride: dev.ua });
    }
  }
}
