// Benign directory activity: helpdesk, identity team, PIM, owners, consents, app
// registrations, automation rotating secrets, sync, joiners and leavers.
import { MIN, HOUR, DAY, iso } from './rng.mjs';
import { TENANT } from './places.mjs';
import { APPS, RES, UA, ENTERPRISE } from './apps.mjs';
import { makeSignIn } from './signins.mjs';
import { officeAddr } from './where.mjs';
import { A, ROLES, GROUPS, TENANT_APPS, ACTOR_APPS, SYNC, byUser, byApp } from './audits.mjs';
import { PARTNERS } from './people.mjs';

const SYNC_ACTOR = (ip) => ({ app: null, user: { id: SYNC.id, displayName: null, userPrincipalName: SYNC.upn, ipAddress: ip, userType: null, homeTenantId: null, homeTenantName: null } });

export class AdminWork {
  constructor(ctx, users) {
    this.ctx = ctx;
    this.rng = ctx.root.fork('admin');
    const live = users.filter((u) => u.role !== 'service');
    this.helpdesk = live.filter((u) => u.role === 'helpdesk');
    this.identity = live.filter((u) => u.role === 'identity');
    this.devs = live.filter((u) => u.role === 'developer');
    this.staff = live.filter((u) => ['staff', 'assistant', 'exec', 'developer'].includes(u.role));
    this.employees = live.filter((u) => u.role !== 'guest');
    this.users = users;
    const h = this;
    this.hooks = {
      passwordChanged(u, t, net) { h.add(A.selfChange(h.rng, t, u, net.ip)); h.add(A.stsTimestamp(h.rng, t + 2000, byUser(u, net.ip), u)); },
      helpdeskReset(u, t) { const a = h.helpdeskAt(t); h.add(A.resetPassword(h.rng, t, byUser(a, h.ip(a, t)), u)); },
      registered(u, t, net) {
        const by = byUser(u, net.ip);
        h.add(A.securityInfo(h.rng, t, by, u, 'User started security info registration', 'User started the registration for Authenticator App with Notification and Code'));
        h.add(A.securityInfo(h.rng, t + 70000, by, u, 'User registered security info', 'User registered Authenticator App with Notification and Code'));
        h.add(A.securityInfo(h.rng, t + 75000, by, u, 'User registered all required security info', 'User registered all required security info'));
      },
    };
  }
  add(rec) { this.ctx.sink.audit(rec); }
  ip(u, t) { return this.ctx.w.laptopAt(u, t).ip; }
  /** A helpdesk analyst on shift at time t (Manchester mornings, Houston afternoons). */
  helpdeskAt(t) {
    const utcH = new Date(t).getUTCHours();
    const pool = this.helpdesk.filter((u) => (utcH < 14 ? u.office !== 'HOU' : u.office === 'HOU'));
    return this.rng.pick(pool.length ? pool : this.helpdesk);
  }
  /** First laptop minute of the day for u, or null. */
  workStart(u, d) {
    const s = this.ctx.w.segments(u, d).find((x) => x.lap && (x.mode === 'office' || x.mode === 'home' || x.mode === 'trip'));
    return s ? s : null;
  }

  pimActivate(u, role, t, why) {
    const r = this.rng, ip = this.ip(u, t), corr = r.guid();
    const details = [
      { key: 'RoleDefinitionOriginId', value: role.template }, { key: 'RoleDefinitionOriginType', value: 'BuiltInRole' },
      { key: 'TemplateId', value: role.template }, { key: 'StartTime', value: iso(t) }, { key: 'ExpirationTime', value: iso(t + 8 * HOUR) },
      { key: 'Justification', value: why }, { key: 'TicketNumber', value: `INC00${r.int(41000, 48999)}` }, { key: 'ipaddress', value: ip },
    ];
    this.add(A.pim(r, t, byUser(u, ip), u, role, 'Add member to role requested (PIM activation)', details, corr));
    this.add(A.addRole(r, t + 4000, byApp(ACTOR_APPS.pim), u, role, { corr }));
    this.add(A.pim(r, t + 6000, byUser(u, ip), u, role, 'Add member to role completed (PIM activation)', details, corr));
    const end = t + 8 * HOUR;
    if (end < this.ctx.w.end) {
      this.add(A.pim(r, end + 30000, byApp(ACTOR_APPS.pim), u, role, 'Remove member from role (PIM activation expired)', [{ key: 'RoleDefinitionOriginId', value: role.template }], corr));
      this.add(A.removeRole(r, end + 31000, byApp(ACTOR_APPS.pim), u, role, corr));
    }
  }

  run() {
    const { w } = this.ctx;
    const r = this.rng;
    const rotateDay = (i) => (i * 7 + 3) % w.days;
    Object.values(TENANT_APPS).forEach((app, i) => { app.rotateDay = rotateDay(i); app.keys = [{ id: app.keyId, name: `rotated-${i}` }]; });
    const caDays = [0.2, 0.55, 0.8].map((f) => Math.floor(w.days * f));
    const policies = ['CA001 - Require MFA for all users', 'CA004 - Block legacy authentication', 'CA007 - Require compliant device for desktop apps', 'CA010 - Sign-in frequency for contractors'].map((name) => ({ id: r.guid(), name }));
    for (let d = 0; d < w.days; d++) {
      const dow = w.dow(d);
      const weekday = dow !== 0 && dow !== 6;
      // PIM: helpdesk every working morning; the identity team when needed.
      for (const u of this.helpdesk) {
        const s = this.workStart(u, d);
        if (s) this.pimActivate(u, r.chance(0.7) ? ROLES['Helpdesk Administrator'] : ROLES['Authentication Administrator'], s.t0 + r.int(3, 25) * MIN, 'Daily helpdesk shift');
      }
      for (const u of this.identity) {
        const s = this.workStart(u, d);
        if (!s) continue;
        for (let i = 0, k = r.int(0, 2); i < k; i++) {
          const role = ROLES[r.weighted([[25, 'Privileged Role Administrator'], [20, 'Security Administrator'], [20, 'Conditional Access Administrator'], [20, 'Application Administrator'], [10, 'User Administrator'], [5, 'Global Administrator']])];
          this.pimActivate(u, role, s.t0 + r.float(0.2, 6) * HOUR, r.pick(['Change CHG0031 approved', 'App onboarding', 'Quarterly access review', 'Investigating ticket']));
        }
      }
      if (weekday) this.weekdayWork(d, policies, caDays);
      // Sync engine, Intune, secret rotation run every day.
      const dc = officeAddr(r, 'RTM').ip;
      for (let i = 0, k = r.int(weekday ? 10 : 2, weekday ? 25 : 6); i < k; i++) {
        const u = r.pick(this.employees);
        const [prop, o, n] = r.pick([['Department', u.dept, u.dept], ['JobTitle', 'Coordinator', 'Senior Coordinator'], ['TelephoneNumber', '+31 10 555 0199', '+31 10 555 0142']]);
        this.add(A.updateUser(r, w.start + d * DAY + r.float(0, 24) * HOUR, SYNC_ACTOR(dc), u, prop, o, n));
      }
      for (let i = 0, k = r.int(3, 10); i < k; i++) {
        const u = r.pick(this.staff);
        if (u.laptop) this.add(A.device(r, w.start + d * DAY + r.float(0, 24) * HOUR, byApp(ACTOR_APPS.intune), 'Update device', u.laptop));
      }
      Object.values(TENANT_APPS).forEach((app) => {
        if (app.rotateDay !== d) return;
        const t = w.start + d * DAY + 3 * HOUR + r.int(0, 600) * 1000;
        const nk = { id: r.guid(), name: `rotated-${iso(t).slice(0, 10)}` };
        this.add(A.secret(r, t, byApp(ACTOR_APPS.rotator), app, app.keys, [...app.keys, nk]));
        this.add(A.secret(r, t + 2 * MIN, byApp(ACTOR_APPS.rotator), app, [...app.keys, nk], [nk]));
        app.keys = [nk];
      });
      // Joiners and leavers.
      for (const u of this.employees) {
        if (u.joinDay === d + 1) this.add(A.addUser(r, w.T(u, d, 17), SYNC_ACTOR(dc), u));
        if (u.joinDay === d) {
          const t = w.T(u, d, u.startHour - 0.6);
          const a = this.helpdeskAt(t);
          this.add(A.securityInfo(r, t, byUser(a, this.ip(a, t)), u, 'Admin registered security info', 'Admin registered temporary access pass method for user'));
          if (u.laptop) {
            this.add(A.device(r, t + 40 * MIN, byApp(ACTOR_APPS.drs), 'Add device', u.laptop));
            this.add(A.device(r, t + 41 * MIN, byApp(ACTOR_APPS.drs), 'Add registered owner to device', u.laptop, u));
          }
        }
        if (u.leaveDay === d) this.add(A.disableAccount(r, w.T(u, d, 17.5), SYNC_ACTOR(dc), u));
      }
    }
  }

  weekdayWork(d, policies, caDays) {
    const { w, sink } = this.ctx;
    const r = this.rng;
    const at = (u, h0 = 0.3, h1 = 7.5) => { const s = this.workStart(u, d); return s ? s.t0 + r.float(h0, h1) * HOUR : null; };
    // Password resets and lost phones.
    for (let i = 0, k = r.int(1, 5); i < k; i++) {
      const a = r.pick(this.helpdesk), t = at(a);
      if (t) { const u = r.pick(this.employees); this.add(A.resetPassword(r, t, byUser(a, this.ip(a, t)), u)); this.add(A.stsTimestamp(r, t + 1500, byUser(a, this.ip(a, t)), u)); }
    }
    if (r.chance(0.5)) {
      const a = r.pick(this.helpdesk), t = at(a, 0.3, 5), u = r.pick(this.staff);
      const ut = t && at(u, 0.5, 7);
      if (t && ut && ut > t) {
        const by = byUser(a, this.ip(a, t));
        this.add(A.securityInfo(r, t, by, u, 'Admin deleted security info', 'Admin deleted Authenticator App with Notification and Code for user'));
        this.add(A.securityInfo(r, t + 40000, by, u, 'Admin registered security info', 'Admin registered temporary access pass method for user'));
        const net = w.laptopAt(u, ut);
        sink.add(makeSignIn(r, { u, t: ut, app: APPS.mySignins, res: RES.graph, net, dev: u.laptop, client: 'Browser', ua: u.laptop?.mac ? UA.chromeMac : UA.edgeWin, interactive: true, auth: 'tap' }));
        this.hooks.registered(u, ut + 3 * MIN, net);
      }
    }
    // Group membership changes.
    for (let i = 0, k = r.int(8, 18); i < k; i++) {
      const a = r.weighted([[50, () => r.pick(this.helpdesk)], [15, () => r.pick(this.identity)], [35, () => r.pick(this.staff)]])();
      const t = at(a);
      if (!t) continue;
      const u = r.pick(this.employees), g = r.pick(GROUPS.staff), by = byUser(a, this.ip(a, t));
      this.add(r.chance(0.75) ? A.addMember(r, t, by, u, g) : A.removeMember(r, t, by, u, g));
    }
    if (r.chance(0.35)) {
      const a = r.pick(this.identity), t = at(a), u = r.pick(this.devs);
      if (t && u) this.add(A.addMember(r, t, byUser(a, this.ip(a, t)), u, GROUPS.privileged[1]));
    }
    // Low-risk user consents.
    if (r.chance(0.6)) {
      const u = r.pick(this.staff), t = at(u);
      const [app, scope] = r.pick([[ENTERPRISE.zoom, 'User.Read openid profile email'], [ENTERPRISE.adobe, 'User.Read openid profile offline_access'], [ENTERPRISE.miro, 'User.Read openid profile email offline_access'], [ENTERPRISE.calendly, 'User.Read Calendars.ReadWrite offline_access openid profile']]);
      if (t) {
        const sp = { spId: app.spId || (app.spId = r.guid()), name: app.name, appId: app.id }, by = byUser(u, this.ip(u, t)), corr = r.guid();
        this.add(A.consent(r, t, by, u, sp, scope, { corr }));
        this.add(A.grant(r, t + 1000, by, sp, scope, corr));
      }
    }
    // App registrations by developers, some with a secret or a GitHub federated credential.
    if (r.chance(0.35) && this.devs.length) {
      const u = r.pick(this.devs), t = at(u);
      if (t) {
        const name = `kf-${r.pick(['tracking', 'customs', 'rates', 'edi', 'docs', 'yard'])}-${r.pick(['api', 'worker', 'tool', 'sync'])}-${r.int(1, 9)}`;
        const app = { name, appId: r.guid(), objectId: r.guid(), spId: r.guid() }, by = byUser(u, this.ip(u, t));
        this.add(A.addApp(r, t, by, app)); this.add(A.addSp(r, t + 3000, by, app)); this.add(A.addOwner(r, t + 4000, by, app, u));
        if (r.chance(0.5)) this.add(A.secret(r, t + r.int(5, 60) * MIN, by, app, [], [{ id: r.guid(), name: 'dev-local' }]));
        if (r.chance(0.2)) this.add(A.fic(r, t + r.int(5, 90) * MIN, by, app, { Name: 'github-main', Issuer: 'https://token.actions.githubusercontent.com', Subject: `repo:kestrelfreight/${name}:ref:refs/heads/main`, Audiences: ['api://AzureADTokenExchange'] }));
      }
    }
    // Conditional Access edits.
    if (caDays.includes(d)) {
      const a = this.identity[d % this.identity.length], t = at(a, 1, 6);
      if (t) { const p = r.pick(policies); this.add(A.caPolicy(r, t, byUser(a, this.ip(a, t)), p, { displayName: p.name, state: 'enabled', excludeGroups: 1 }, { displayName: p.name, state: 'enabled', excludeGroups: 2 })); }
    }
    // Guest invitations by staff.
    for (let i = 0, k = r.chance(0.8) ? r.int(1, 2) : 0; i < k; i++) {
      const u = r.pick(this.staff), t = at(u), p = r.pick(PARTNERS);
      if (!t) continue;
      const local = `${r.pick(['j', 'm', 'a', 'k', 's'])}.${r.pick(['berg', 'holm', 'shah', 'lee', 'dubois', 'rossi'])}${r.int(1, 99)}`;
      const g = { id: r.guid(), upn: `${local}_${p.domain}#EXT#@${TENANT.initial}`, mail: `${local}@${p.domain}`, display: local, type: 'guest' };
      this.add(A.invite(r, t, byUser(u, this.ip(u, t)), g));
      this.add(A.addUser(r, t + 2000, byUser(u, this.ip(u, t)), g));
      if (r.chance(0.7)) this.add(A.redeem(r, t + r.float(0.5, 20) * HOUR, g, ''));
    }
  }
}
