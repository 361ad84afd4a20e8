// Builds sign-in and audit rows in the portal CSV shape from a semantic description.
import { CODES, MS_TENANT } from './apps.mjs';
import { iso } from './calendar.mjs';

export const loc = (l) => (l ? `${l.city}, ${l.state}, ${l.cc}` : '');
const TF = (b) => (b ? 'True' : 'False');

export class RowFactory {
  constructor(rng, tenant) { this.rng = rng; this.tenant = tenant; this.signins = []; this.audits = []; }

  /**
   * spec: t, ni, user, app, res, net {ip, loc, asn}, dev {id, os, browser, compliant, managed, join}, ua, client,
   * code, mfa (bool: requirement), mfaRes, mfaMethod, mfaDetail, ca, proto, xfer, inTok, cred, sid, corr, attack
   */
  signIn(s) {
    const r = this.rng, tn = this.tenant;
    const code = s.code ?? 0;
    const c = CODES[code];
    if (!c) throw new Error(`no status for code ${code}`);
    const u = s.user;
    const guest = u.type === 'Guest';
    const dev = s.dev ?? {};
    const app = s.app, res = s.res ?? { name: app.name, id: app.id };
    const resOwner = s.resOwner ?? (tn.ownApps.has(res.id) ? tn.id : MS_TENANT);
    const inTok = s.inTok ?? 'None';
    const row = [
      iso(s.t),
      s.reqId ?? r.guid(),
      s.ua ?? '',
      s.corr ?? r.guid(),
      u.id,
      u.display,
      u.signInName ?? u.upn,
      guest ? 'Guest' : 'Member',
      guest ? 'B2B collaboration' : 'None',
      inTok,
      s.proto ?? 'None',
      r.b64url(16),
      s.xfer ?? 'None',
      s.cred ?? 'None',
      '',
      '',
      app.name,
      app.id,
      app.owner ?? MS_TENANT,
      res.name,
      res.id,
      tn.id,
      resOwner,
      guest ? u.homeTenant : tn.id,
      '',
      s.net.ip,
      loc(s.net.loc),
      c.status,
      String(code),
      c.reason,
      s.client ?? 'Browser',
      dev.id ?? '',
      dev.browser ?? '',
      dev.os ?? '',
      TF(dev.compliant),
      TF(dev.managed),
      dev.join ?? '',
      s.mfaRes ?? '',
      s.mfaMethod ?? '',
      s.mfaDetail ?? '',
      s.mfa ? 'Multifactor authentication' : 'Single-factor authentication',
      s.ni ? '' : (s.ident ?? u.signInName ?? u.upn),
      s.sid ?? '',
      '',
      'False',
      '',
      String(s.net.asn ?? ''),
      'False',
      'AzureAD',
      inTok,
      '',
      String(s.latency ?? (s.ni ? r.int(18, 420) : r.int(70, 2600))),
      s.ca ?? 'Not Applied',
      '',
      '',
      '',
      '',
    ];
    const out = { t: s.t, ni: !!s.ni, attack: s.attack ?? null, cells: row };
    this.signins.push(out);
    return out;
  }

  /**
   * spec: t, service, category, activity, result ('success'|'failure'), reason, ua, actor ({user} or {sp}), ip,
   * targets [{type, name, id, upn, props: [[name, old, new]...]}], details [[key, value]...], corr, attack
   */
  audit(s) {
    const r = this.rng;
    const a = s.actor ?? {};
    const cells = [
      iso(s.t), s.corr ?? r.guid(), s.service, s.category, s.activity, s.result ?? 'success', s.reason ?? '', s.ua ?? '',
      a.user ? 'User' : 'Application',
      a.user ? a.user.display : (a.sp?.name ?? ''),
      a.user ? a.user.id : '',
      a.user ? (a.user.signInName ?? a.user.upn) : '',
      a.user ? (s.ip ?? '') : '',
      '', '',
      a.sp ? a.sp.id : '',
      a.sp ? a.sp.name : '',
    ];
    const tg = s.targets ?? [];
    for (let n = 0; n < 3; n++) {
      const t = tg[n];
      cells.push(t?.type ?? '', t?.name ?? '', t?.id ?? '', t?.upn ?? '');
      for (let k = 0; k < 5; k++) {
        const p = t?.props?.[k];
        cells.push(p?.[0] ?? '', p?.[1] ?? '', p?.[2] ?? '');
      }
    }
    const det = s.details ?? [];
    for (let k = 0; k < 6; k++) cells.push(det[k]?.[0] ?? '', det[k]?.[1] ?? '');
    const out = { t: s.t, attack: s.attack ?? null, cells };
    this.audits.push(out);
    return out;
  }
}

/** JSON-encoded string values as Graph puts them in modifiedProperties. */
export const J = (v) => JSON.stringify(v);
