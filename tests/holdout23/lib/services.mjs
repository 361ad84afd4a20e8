// Benign non-human and IT activity: scan-to-email printers (SMTP AUTH, exempt from the legacy-auth block), ROPC
// integrations, Teams Rooms, leavers' stale phones, developer and HPC tooling (Azure CLI with device code, VS Code,
// Azure PowerShell, Graph PowerShell), Thunderbird users, blocked IMAP clients; and the admin / directory activity
// of the audit log (sync, PIM, TAP for joiners and lost phones, SSPR, consents, app registrations, secret rotation).
import { APP, RES, UA } from './apps.mjs';
import { localToUtc, isWeekend, HOUR, MIN, SEC, DAY, START, END } from './calendar.mjs';
import { STAFF, STUD } from './benign.mjs';
import { vpnAddress } from './net.mjs';
import { SP } from './audit.mjs';

export const ROLES = {
  ga: { name: 'Global Administrator', id: '62e90394-69f5-4237-9190-012177145e10', wk: 'TenantAdmins' },
  pra: { name: 'Privileged Role Administrator', id: 'e8611ab8-c189-46e8-94e1-60213ab1f814', wk: '' },
  appAdmin: { name: 'Application Administrator', id: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', wk: '' },
  cloudAppAdmin: { name: 'Cloud Application Administrator', id: '158c047a-c907-4556-b7ef-446551a6b5f7', wk: '' },
  userAdmin: { name: 'User Administrator', id: 'fe930be7-5e62-47db-91af-98c3a49a38b1', wk: '' },
  helpdesk: { name: 'Helpdesk Administrator', id: '729827e3-9c14-49f7-bb1b-9608f156bbb8', wk: 'HelpdeskAdmins' },
  authAdmin: { name: 'Authentication Administrator', id: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', wk: '' },
  caAdmin: { name: 'Conditional Access Administrator', id: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', wk: '' },
  exoAdmin: { name: 'Exchange Administrator', id: '29232cdf-9323-42fd-ade2-1d097af3e4de', wk: '' },
  reportsReader: { name: 'Reports Reader', id: '4a5d8f65-41da-4de4-8968-e035b65339cf', wk: '' },
};

export function plannedPeople(ctx) {
  // Scheduled before people's days are simulated, because they change sessions: self-service and admin password
  // resets, lost phones replaced with a TAP from the service desk, joiners' first day.
  const { rng, T, reg, F, A } = ctx;
  const N = T.named;
  const desk = T.users.filter((u) => u.kind === 'it' && u.sub === 'servicedesk');
  const deskIp = () => reg.campus('staff', rng.int(0, 3)).ip;
  const workTime = (d) => localToUtc('hfx', d, rng.float(8.6, 16.5));

  // self-service password resets (forgotten passwords; some after lockouts happen inside the day simulation)
  const pool = T.users.filter((u) => (STUD.has(u.kind) || STAFF.has(u.kind)) && u.enabled && !Object.values(N).includes(u) && u.mode !== 'remote' && !u.joiner);
  for (const u of rng.sample(pool, 46)) {
    const d = rng.int(0, 13);
    const t = localToUtc('hfx', d, rng.float(8, 23));
    const net = u.home ?? reg.campus(u.residence === 'halls' ? 'halls' : 'eduroam', rng.int(0, 3));
    const tt = A.ssprReset(t, u, net.ip, { ua: u.devices.laptop?.ua ?? UA.safariIphone });
    (u.pwdChanges ??= []).push(tt);
    ctx.stats.sspr++;
  }
  // admin resets by the service desk (forgotten passwords reported by phone or at the walk-up desk)
  for (const u of rng.sample(pool.filter((x) => STUD.has(x.kind)), 22)) {
    const d = rng.int(0, 11);
    if (isWeekend(d)) continue;
    const t = workTime(d);
    A.adminReset(t, rng.pick(desk), deskIp(), u);
    (u.pwdChanges ??= []).push(t);
  }
  // start-of-term clean-up: one agent resets five first-years' passwords within an hour (walk-up clinic)
  {
    const agent = desk[3];
    let t = localToUtc('hfx', 1, 10.1);
    for (const u of rng.sample(pool.filter((x) => x.sub === 'year1'), 5)) { A.adminReset(t, agent, deskIp(), u); (u.pwdChanges ??= []).push(t); t += rng.int(6, 14) * MIN; }
  }

  // lost / replaced phones: MFA method removed, TAP issued, user signs in with the TAP and registers the new phone
  const lost = rng.sample(T.users.filter((u) => (u.kind === 'acad' || u.kind === 'prof' || u.kind === 'pg') && u.mfa?.method === 'push' && !Object.values(N).includes(u) && !u.trips.length && !u.joiner), 5);
  for (const u of lost) ctx.lookalikes.push(`${u.upn}: lost phone; service desk deleted the authenticator and issued a TAP, used within the hour, new phone registered`);
  for (const u of lost) {
    const d = rng.pick([1, 2, 3, 8, 9, 10]);
    const agent = rng.pick(desk);
    const t0 = workTime(d);
    A.adminDeletedSecurityInfo(t0, agent, deskIp(), u);
    A.adminTap(t0 + rng.int(1, 3) * MIN, agent, deskIp(), u);
    const fromHome = !!u.home && rng.chance(0.4);
    const net = fromHome ? u.home : reg.campus(STAFF.has(u.kind) ? 'staff' : 'eduroam', rng.int(0, 3));
    const t1 = t0 + rng.int(6, 35) * MIN;
    const d0 = u.devices.laptop;
    const dv = { id: d0.id, os: d0.os, browser: d0.browser, compliant: d0.compliant, managed: d0.managed, join: d0.join };
    F.signIn({ t: t1, user: u, app: APP.mySignins, res: RES.mySignins, net, dev: dv, ua: d0.ua, client: 'Browser', code: 0, mfa: true, ca: 'Success', mfaRes: 'MFA successfully completed', mfaMethod: 'Temporary Access Pass', sid: rng.guid() });
    A.registeredSecurityInfo(t1 + rng.int(2, 6) * MIN, u, net.ip, 'push', { ua: d0.ua, all: false });
    const ph = u.devices.phone;
    ph.id = rng.guid(); ph.join = 'Microsoft Entra registered';
    A.device(t1 + rng.int(1, 3) * MIN, u, { os: ph.os, id: ph.id, name: `${u.first}'s new phone` });
    ph.sess = { sid: rng.guid(), mfa: true, exp: END + 30 * DAY, issued: t1 + 5 * MIN };
    ctx.stats.tap++;
  }

  // joiners: account from the HR feed via sync, groups, app assignments; TAP on day one, registration, first logon
  const joiners = T.users.filter((u) => u.joiner);
  ctx.lookalikes.push(`joiners with a Temporary Access Pass on their first day (26 and 28 Oct): ${joiners.map((u) => u.upn).join(', ')}`);
  for (const u of joiners) {
    const tAdd = u.joiner - rng.float(3, 6) * DAY;
    A.syncAddUser(tAdd, u);
    A.groupMember(tAdd + 2 * MIN, A.sync, '', u, T.groups[u.kind === 'visiting' ? 'Visiting Researchers' : 'All Staff']);
    if (u.kind === 'acad') A.groupMember(tAdd + 3 * MIN, A.sync, '', u, T.groups['Academic Staff']);
    if (u.kind === 'prof') A.groupMember(tAdd + 3 * MIN, A.sync, '', u, T.groups['Professional Staff']);
    const agent = rng.pick(desk);
    const tTap = u.joiner - rng.float(0.2, 0.6) * HOUR;
    A.adminTap(tTap, agent, deskIp(), u, { lifetime: 480 });
    const t1 = u.joiner + rng.float(0.1, 0.8) * HOUR;
    const net = reg.campus(u.devices.laptop.managed ? 'staff' : 'eduroam', rng.int(0, 3));
    const d0 = u.devices.laptop;
    const dv = { id: d0.id, os: d0.os, browser: d0.browser, compliant: d0.compliant, managed: d0.managed, join: d0.join };
    F.signIn({ t: t1, user: u, app: APP.mySignins, res: RES.mySignins, net, dev: dv, ua: d0.ua, client: 'Browser', code: 0, mfa: true, ca: 'Success', mfaRes: 'MFA successfully completed', mfaMethod: 'Temporary Access Pass', sid: rng.guid() });
    A.registeredSecurityInfo(t1 + rng.int(3, 9) * MIN, u, net.ip, u.mfa.method ?? 'push', { ua: d0.ua });
    if (d0.id) A.device(t1 - rng.int(10, 30) * MIN, u, { os: d0.os, id: d0.id, trust: d0.kind === 'winManaged' ? 'ServerAd' : 'Workplace', name: `CU-${d0.kind === 'winManaged' ? 'LT' : 'MB'}${rng.int(10000, 99999)}` });
    const ph = u.devices.phone;
    if (ph.id) A.device(t1 + rng.int(10, 30) * MIN, u, { os: ph.os, id: ph.id });
    for (const a of ['workday', 'lms']) A.appRoleGrant(tAdd + rng.int(20, 300) * MIN, rng.pick(desk), deskIp(), u, { name: T.ent[a].name, id: T.ent[a].id, spId: T.ent[a].spId });
    ctx.stats.tap++;
  }
  // staff leaving on Friday 30 October: HR feed disables through sync, groups removed
  for (const u of T.users.filter((x) => x.leaves)) {
    A.disable(u.leaves, { user: A.sync }, '', u);
    A.groupMember(u.leaves + 40 * SEC, A.sync, '', u, T.groups['All Staff'], false);
  }
}

export function services(ctx) {
  const { rng, T, reg, F, A } = ctx;
  const N = T.named;
  const exo = { app: APP.exo, res: RES.exo };
  const noDev = { id: '', os: '', browser: '', compliant: false, managed: false, join: '' };

  // --- scan-to-email printers (SMTP AUTH from the printer VLAN NAT)
  const printerNet = reg.campus('printers', 0);
  const rotation = { user: N.mfpChem, from: localToUtc('hfx', 1, 16.4), to: localToUtc('hfx', 2, 11.1) };
  A.adminReset(rotation.from - 3 * MIN, T.users.find((u) => u.kind === 'it' && u.sub === 'infra'), reg.campus('staff', 1).ip, N.mfpChem);
  for (const u of T.users.filter((x) => x.sub === 'printer')) {
    for (let d = -1; d <= 13; d++) {
      const n = isWeekend(d) ? rng.poisson(u.scansPerDay * 0.08) : rng.poisson(u.scansPerDay);
      for (let i = 0; i < n; i++) {
        const t = localToUtc('hfx', d, rng.float(7.8, 17.8));
        if (t < START || t >= END) continue;
        const failing = u === rotation.user && t >= rotation.from && t < rotation.to;
        const tries = failing ? 3 : 1;
        for (let k = 0; k < tries; k++) F.signIn({ t: t + k * rng.int(20, 70) * SEC, user: u, ...exo, net: printerNet, dev: noDev, ua: '', client: 'Authenticated SMTP', code: failing ? 50126 : 0, mfa: false, ca: 'Not Applied' });
      }
    }
  }

  // --- ROPC integrations from the datacentre (excluded from CA by group)
  for (const u of [N.sisSvc, N.lmsSvc, N.roomSvc]) {
    const net = reg.campus('servers', u.server);
    const every = u.everyMin * MIN;
    let t = START + rng.int(0, u.everyMin) * MIN;
    for (; t < END; t += every + rng.int(-40, 40) * SEC) {
      F.signIn({ t, user: u, app: u.app, res: RES.graph, net, dev: noDev, ua: UA.msal, client: 'Mobile Apps and Desktop clients', proto: 'ROPC', code: 0, mfa: false, ca: 'Not Applied' });
    }
  }

  // --- Teams Rooms (token refreshes through the day)
  const av = reg.campus('av', 0);
  for (const u of T.users.filter((x) => x.kind === 'mtr')) {
    const dv = u.devices.room;
    const sid = rng.guid();
    for (let d = -1; d <= 13; d++) {
      let t = localToUtc('hfx', d, rng.float(5.5, 6.5));
      const end = localToUtc('hfx', d, rng.float(21.5, 23));
      const heavy = !isWeekend(d);
      while (t < end) {
        if (t >= START && t < END) {
          const a = rng.chance(0.55) ? { app: APP.teams, res: RES.teamsSvc } : rng.chance(0.6) ? { app: APP.teams, res: RES.exo } : { app: APP.teams, res: RES.graph };
          F.signIn({ t, ni: true, user: u, ...a, net: av, dev: dv, ua: UA.mtr, client: 'Mobile Apps and Desktop clients', code: 0, mfa: false, ca: 'Not Applied', sid });
        }
        t += (heavy ? rng.float(70, 150) : rng.float(150, 300)) * MIN;
      }
    }
  }

  // --- leavers' old phones still trying to refresh mail (account disabled)
  for (const u of T.users.filter((x) => (x.kind === 'leaver' && x.staleDevice) || x.leaves)) {
    const ph = u.devices.phone;
    const dv = { id: ph.id, os: ph.os, browser: 'Rich Client 1.4.0', compliant: false, managed: false, join: ph.join };
    let t = Math.max(START, u.leaves ?? START) + rng.float(0.5, 6) * HOUR;
    while (t < END) {
      const net = rng.chance(0.7) ? u.home : rng.pick(reg.carrierPool(u.carrier));
      F.signIn({ t, ni: true, user: u, app: APP.outlookMobile, res: RES.exo, net, dev: dv, ua: ph.appUa, client: 'Mobile Apps and Desktop clients', code: 50057, mfa: false, ca: 'Not Applied', sid: '' });
      t += rng.float(2.5, 9) * HOUR;
    }
  }

  // --- developers: Azure CLI on build VMs (device-code login from the laptop, refreshes from the VM), VS Code,
  //     Azure PowerShell; HPC: az login --use-device-code on the login nodes
  const devs = T.users.filter((u) => u.kind === 'it' && (u.sub === 'dev' || u.sub === 'hpc'));
  const hpcUsers = rng.sample(T.users.filter((u) => u.kind === 'pg' && u.mode !== 'remote' && ['Oceanography', 'Physics and Atmospheric Science', 'Computer Science', 'Earth and Environmental Sciences'].includes(u.program)), 16);
  const devCode = (u, t, laptopNet, targetNet, app, res, ua, refreshes) => {
    const d0 = u.devices.laptop;
    const dv = { id: d0.id, os: d0.os, browser: d0.browser, compliant: d0.compliant, managed: d0.managed, join: d0.join };
    const sid = rng.guid();
    const pol = ctx.H.policy(u, laptopNet, { admin: res === RES.arm }, null);
    F.signIn({ t, user: u, app, res, net: laptopNet, dev: dv, ua: d0.ua, client: 'Mobile Apps and Desktop clients', proto: 'Device code', xfer: 'Device code flow', code: 0, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', mfaRes: pol.need ? 'MFA requirement satisfied by claim in the token' : '', mfaMethod: pol.need ? 'Previously satisfied' : '', sid });
    let tt = t;
    for (let i = 0; i < refreshes; i++) {
      tt += rng.float(0.6, 9) * HOUR;
      if (tt >= END) break;
      const r = rng.pick([res, RES.graph, RES.keyVault, res]);
      const p2 = ctx.H.policy(u, targetNet, { admin: r === RES.arm }, null);
      F.signIn({ t: tt, ni: true, user: u, app, res: r, net: targetNet, dev: noDev, ua, client: 'Mobile Apps and Desktop clients', code: 0, mfa: p2.need, ca: p2.applied ? 'Success' : 'Not Applied', mfaRes: p2.need ? 'MFA requirement satisfied by claim in the token' : '', sid });
    }
  };
  for (const u of devs) {
    const vm = u.buildVm;
    const d1 = rng.pick([0, 1, 2, 7, 8]);
    const lapNet = u.remote ? u.home : reg.campus('staff', rng.int(0, 3));
    devCode(u, localToUtc('hfx', d1, rng.float(9, 15)), lapNet, vm, APP.azCli, RES.arm, UA.azCli, rng.int(10, 22));
    // VS Code and Azure PowerShell on the laptop
    for (let d = 0; d <= 13; d++) {
      if (isWeekend(d) && !rng.chance(0.2)) continue;
      const net = u.remote ? u.home : reg.campus('staff', rng.int(0, 3));
      const d0 = u.devices.laptop;
      const dv = { id: d0.id, os: 'Windows10', browser: 'Rich Client 4.71.0.0', compliant: d0.compliant, managed: d0.managed, join: d0.join };
      for (let i = rng.poisson(2); i > 0; i--) {
        const t = localToUtc('hfx', d, rng.float(9, 17.5));
        const [app, res, ua] = rng.pick([[APP.vscode, RES.graph, UA.vscode], [APP.vscode, RES.devops, UA.vscode], [APP.azPs, RES.arm, UA.azPs]]);
        const p = ctx.H.policy(u, net, { admin: res === RES.arm }, null);
        F.signIn({ t, ni: true, user: u, app, res, net, dev: dv, ua, client: 'Mobile Apps and Desktop clients', code: 0, mfa: p.need, ca: p.applied ? 'Success' : 'Not Applied', mfaRes: p.need ? 'MFA requirement satisfied by claim in the token' : '', sid: d0.sess?.sid ?? '' });
      }
    }
  }
  for (const u of [...hpcUsers, ...devs.filter((x) => x.sub === 'hpc')]) {
    const hpc = reg.campus('hpc', rng.int(0, 1));
    for (let k = 0; k < rng.int(1, 2); k++) {
      const d = rng.int(0, 12);
      const lapNet = u.residence === 'halls' ? reg.campus('halls', rng.int(0, 3)) : rng.chance(0.5) && u.home ? u.home : reg.campus(STAFF.has(u.kind) ? 'staff' : 'eduroam', rng.int(0, 7));
      devCode(u, localToUtc('hfx', d, rng.float(10, 22)), lapNet, hpc, APP.azCli, rng.chance(0.5) ? RES.arm : RES.graph, UA.azCliHpc, rng.int(2, 6));
    }
  }
  // identity admins and infrastructure: Graph PowerShell and Exchange Online PowerShell
  for (const u of T.users.filter((x) => x.kind === 'it' && (x.sub === 'idadmin' || x.sub === 'infra'))) {
    for (let d = 0; d <= 13; d++) {
      if (isWeekend(d) || !rng.chance(0.5)) continue;
      const net = reg.campus('staff', rng.int(0, 3));
      const d0 = u.devices.laptop;
      const dv = { id: d0.id, os: 'Windows10', browser: 'Rich Client 4.71.0.0', compliant: d0.compliant, managed: d0.managed, join: d0.join };
      const [app, res] = u.sub === 'idadmin' ? [APP.graphCli, RES.graph] : [APP.exoPs, RES.exo];
      for (let i = rng.int(1, 3); i > 0; i--) F.signIn({ t: localToUtc('hfx', d, rng.float(9, 17)), ni: true, user: u, app, res, net, dev: dv, ua: UA.azPs, client: 'Mobile Apps and Desktop clients', code: 0, mfa: false, ca: 'Not Applied', sid: d0.sess?.sid ?? '' });
    }
  }

  // --- Thunderbird users (OAuth IMAP/SMTP with Thunderbird's public client)
  const tbirds = rng.sample(T.users.filter((u) => (u.kind === 'pg' || u.kind === 'acad') && u.home && u.mode !== 'remote' && !Object.values(N).includes(u) && !u.trips.length), 26);
  tbirds.forEach((u, i) => {
    const d0 = u.devices.laptop;
    const dv = { id: d0.id, os: d0.os, browser: d0.os === 'Linux' ? 'Firefox 140.0' : 'Rich Client', compliant: d0.compliant, managed: d0.managed, join: d0.join };
    const sid = rng.guid();
    if (i < 3) {
      // new this fortnight: sign in and consent (user consent, Thunderbird is a verified publisher)
      const d = rng.int(1, 10), t = localToUtc('hfx', d, rng.float(10, 21));
      const net = u.home;
      F.signIn({ t, user: u, app: APP.thunderbird, res: RES.exo, net, dev: dv, ua: UA.thunderbird, client: 'Mobile Apps and Desktop clients', code: 0, mfa: true, ca: 'Success', mfaRes: 'MFA successfully completed', mfaMethod: 'Mobile app notification', sid });
      A.consent(t + 30 * SEC, u, net.ip, { name: 'Thunderbird', id: APP.thunderbird.id, spId: T.thunderbirdSpId }, 'IMAP.AccessAsUser.All SMTP.Send offline_access', { ua: UA.thunderbird, newSp: false });
    }
    for (let d = 0; d <= 13; d++) {
      if (!rng.chance(0.75)) continue;
      const onCampus = !isWeekend(d) && rng.chance(0.6);
      const net = onCampus ? reg.campus(u.kind === 'acad' ? 'staff' : 'eduroam', rng.int(0, 7)) : u.home;
      for (let k = rng.int(1, 4); k > 0; k--) {
        const t = localToUtc('hfx', d, onCampus ? rng.float(9, 17) : rng.float(18, 23));
        const p = ctx.H.policy(u, net, {}, null);
        F.signIn({ t, ni: true, user: u, app: APP.thunderbird, res: RES.exo, net, dev: dv, ua: UA.thunderbird, client: 'Mobile Apps and Desktop clients', code: 0, mfa: p.need, ca: p.applied ? 'Success' : 'Not Applied', mfaRes: p.need ? 'MFA requirement satisfied by claim in the token' : '', sid });
      }
    }
  });

  // --- two students with an old phone mail app still using basic-auth IMAP (blocked by Conditional Access)
  for (const u of rng.sample(T.users.filter((x) => x.kind === 'ug' && x.residence === 'flat' && x.mode !== 'remote' && !Object.values(N).includes(x) && !x.trips.length), 2)) {
    ctx.lookalikes.push(`${u.upn}: old phone mail app with basic-auth IMAP, blocked by Conditional Access (53003, IMAP4) every 15-55 minutes for several days`);
    const ph = u.devices.phone;
    const dv = { id: '', os: ph.os, browser: '', compliant: false, managed: false, join: '' };
    const d0 = rng.int(0, 6), d1 = d0 + rng.int(3, 6);
    for (let d = d0; d <= d1; d++) {
      let t = localToUtc('hfx', d, rng.float(7, 9));
      const end = localToUtc('hfx', d, rng.float(22, 24));
      while (t < end) {
        const net = rng.chance(0.5) ? u.home : rng.pick(reg.carrierPool(u.carrier));
        F.signIn({ t, user: u, ...exo, net, dev: dv, ua: '', client: 'IMAP4', code: 53003, mfa: false, ca: 'Failure' });
        t += rng.float(15, 55) * MIN;
      }
    }
  }

  // --- a student confused by a new phone: three declines within two minutes, then approves
  {
    const u = rng.pick(T.users.filter((x) => x.kind === 'ug' && x.mfa?.method === 'push' && x.mode !== 'remote' && !Object.values(N).includes(x) && !x.trips.length && x.residence === 'flat'));
    const t = localToUtc('hfx', 5, 20.3);
    const d0 = u.devices.laptop;
    const dv = { id: d0.id, os: d0.os, browser: d0.browser, compliant: false, managed: false, join: d0.join };
    const corr = rng.guid();
    F.signIn({ t, user: u, app: APP.officeHome, res: RES.officeHome, net: u.home, dev: dv, ua: d0.ua, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD', corr });
    for (let i = 0; i < 3; i++) F.signIn({ t: t + (20 + i * 35) * SEC, user: u, app: APP.officeHome, res: RES.officeHome, net: u.home, dev: dv, ua: d0.ua, code: 500121, mfa: true, ca: 'Failure', mfaRes: 'MFA denied; user declined the authentication', mfaMethod: 'Mobile app notification', corr });
    F.signIn({ t: t + 150 * SEC, user: u, app: APP.officeHome, res: RES.officeHome, net: u.home, dev: dv, ua: d0.ua, code: 0, mfa: true, ca: 'Success', mfaRes: 'MFA successfully completed', mfaMethod: 'Mobile app notification', corr, sid: rng.guid() });
    ctx.lookalikes.push(`${u.upn}: three MFA declines in two minutes then approval (new phone), Fri 23 Oct 20:18 ADT, home`);
  }
}

export function backgroundAudit(ctx) {
  const { rng, T, reg, A } = ctx;
  const N = T.named;
  const people = T.users.filter((u) => ['ug', 'pg', 'acad', 'prof', 'it', 'visiting'].includes(u.kind) && u.enabled);
  const desk = T.users.filter((u) => u.kind === 'it' && u.sub === 'servicedesk');
  const idadmins = [N.julie, N.ian, N.aisha, N.marc];
  const deskIp = () => reg.campus('staff', rng.int(0, 3)).ip;
  const PROPS = [['Department', 'x'], ['JobTitle', 'x'], ['TelephoneNumber', 'x'], ['ExtensionAttribute10', 'x'], ['ProxyAddresses', 'x'], ['StreetAddress', 'x']];
  for (let d = -1; d <= 13; d++) {
    const wk = isWeekend(d);
    // sync run every 30 minutes writes attribute changes from on-prem AD / SIS
    for (let run = 0; run < 48; run++) {
      const t = localToUtc('hfx', d, run / 2 + rng.float(0.01, 0.05));
      if (t < START || t >= END) continue;
      for (let n = rng.poisson(wk ? 0.6 : 1.6); n > 0; n--) {
        const u = rng.pick(people);
        const [p] = rng.pick(PROPS);
        const vals = { Department: [u.dept || u.program || 'Undeclared', rng.pick(['Biology', 'Chemistry', 'Oceanography', 'Computer Science'])], JobTitle: ['Teaching Assistant', 'Research Assistant'], TelephoneNumber: ['', `+1 902 494 ${rng.int(1000, 9999)}`], ExtensionAttribute10: [`PRG-${rng.int(100, 999)}`, `PRG-${rng.int(100, 999)}`], ProxyAddresses: [`SMTP:${u.upn}`, `SMTP:${u.upn},smtp:${u.upn.split('@')[0]}@chebuctou.mail.onmicrosoft.com`], StreetAddress: ['', '6299 South St'] }[p];
        A.syncUpdate(t + n * SEC, u, p, vals[0], vals[1]);
      }
      for (let n = rng.poisson(wk ? 0.2 : 0.55); n > 0; n--) {
        const u = rng.pick(people);
        const g = { name: `${rng.pick(['BIOL', 'CHEM', 'MATH', 'CSCI', 'HIST', 'ENGL', 'PSYO', 'ECON', 'OCEA', 'NURS'])} ${rng.int(1000, 4999)} Fall 2026`, id: rng.guid() };
        A.groupMember(t + 20 * SEC + n * SEC, A.sync, '', u, g, rng.chance(0.7));
      }
    }
    // device registrations (new phones / laptops registered through Authenticator, Company Portal or Office apps)
    for (let n = rng.poisson(wk ? 6 : 11); n > 0; n--) {
      const u = rng.pick(people);
      const t = localToUtc('hfx', d, rng.float(8, 23));
      if (t < START || t >= END) continue;
      const os = rng.pick(['Ios', 'Android', 'Windows', 'MacOs']);
      A.device(t, u, { os, id: rng.guid() });
    }
    // Intune compliance updates
    for (let n = rng.poisson(wk ? 4 : 13); n > 0; n--) {
      const t = localToUtc('hfx', d, rng.float(0, 24));
      if (t < START || t >= END) continue;
      A.intuneUpdate(t, `CU-LT${rng.int(10000, 99999)}`, rng.guid(), rng.chance(0.7));
    }
    // users adding / changing authentication methods
    for (let n = rng.poisson(wk ? 2 : 4); n > 0; n--) {
      const u = rng.pick(people);
      const t = localToUtc('hfx', d, rng.float(8, 23));
      if (t < START || t >= END) continue;
      const ip = u.home?.ip ?? reg.campus('eduroam', rng.int(0, 7)).ip;
      const r = rng.next();
      if (r < 0.5) A.registeredSecurityInfo(t, u, ip, rng.pick(['push', 'sms', 'totp']), { all: false, ua: u.devices.laptop?.ua ?? '' });
      else if (r < 0.8) A.changedDefault(t, u, ip, { ua: u.devices.laptop?.ua ?? '' });
      else A.deletedSecurityInfo(t, u, ip, { ua: u.devices.laptop?.ua ?? '' });
    }
    if (wk) continue;
    // PIM: service desk agents activate Helpdesk/Authentication Administrator at the start of a shift
    for (const a of desk) {
      if (!rng.chance(0.55)) continue;
      const t = localToUtc('hfx', d, rng.float(8.3, 9.6));
      if (t < START || t >= END) continue;
      A.pimActivate(t, a, deskIp(), rng.chance(0.7) ? ROLES.helpdesk : ROLES.authAdmin, 480, rng.pick(['Service desk shift', 'Daily support', 'Ticket queue', 'Walk-up desk']));
    }
    // identity admins
    for (const a of idadmins) {
      if (!rng.chance(0.45)) continue;
      const t = localToUtc('hfx', d, rng.float(9, 16));
      A.pimActivate(t, a, deskIp(), rng.pick([ROLES.userAdmin, ROLES.appAdmin, ROLES.caAdmin, ROLES.exoAdmin]), rng.pick([60, 120, 240]), rng.pick(['CHG-2026-1141 user lifecycle', 'App onboarding request', 'Mailbox permissions ticket', 'CA review', 'INC enterprise app SSO']));
    }
  }
  // Saturday-night maintenance window (Entra Connect upgrade): Ian activates Global Administrator over the VPN
  {
    const t = localToUtc('hfx', 12, 22.1);
    const v = vpnAddress(rng, reg);
    A.pimActivate(t, N.ian, v.ip, ROLES.ga, 180, 'CHG-2026-1188 Entra Connect Sync upgrade (approved CAB 27 Oct)');
    ctx.ianMaintenance = { t, ip: v.ip, net: v };
  }
  // onboarding a new service desk analyst: eligible Helpdesk Administrator; a finance analyst gets Reports Reader
  A.addEligible(localToUtc('hfx', 7, 10.2), N.julie, deskIp(), T.users.find((u) => u.kind === 'prof' && u.joiner) ?? desk[0], ROLES.helpdesk);
  A.addRoleMember(localToUtc('hfx', 3, 14.4), N.julie, deskIp(), T.users.find((u) => u.kind === 'prof' && u.sub === 'finance'), ROLES.reportsReader);
  // Conditional Access change: printer exclusion group reviewed; report-only policy switched on
  A.caUpdate(localToUtc('hfx', 1, 15.2), N.julie, deskIp(), { name: 'CU-03 Block legacy authentication', id: rng.guid() }, { conditions: { users: { excludeGroups: ['CA-Exclude-LegacyAuth', 'CA-Exclude-LegacyAuth-Temp'] } } }, { conditions: { users: { excludeGroups: ['CA-Exclude-LegacyAuth'] } } });
  A.caUpdate(localToUtc('hfx', 9, 11.4), N.julie, deskIp(), { name: 'CU-09 Block device code flow - Students', id: rng.guid() }, { state: 'enabledForReportingButNotEnforced' }, { state: 'enabled' });

  // guests invited by academics (new collaborators) who redeem and sign in
  const inviters = rng.sample(T.users.filter((u) => u.kind === 'acad' && !Object.values(N).includes(u)), 10);
  ctx.newGuests = [];
  for (const inv of inviters) {
    const d = rng.int(0, 11);
    const t = localToUtc('hfx', d, rng.float(9, 16.5));
    const dom = rng.pick(['unb.example.ca', 'mun-ocean.example.ca', 'whoi-partner.example.org', 'ifremer-collab.example.fr', 'gmail.com', 'outlook.com']);
    const nm = rng.pick(['alex.morgan', 'j.tremblay', 'sam.okoro', 'l.fischer', 'r.nakamura', 'p.dubois', 'k.osei', 'm.santos']);
    const g = { id: rng.guid(), upn: `${nm}${rng.int(1, 99)}@${dom}`, display: nm.replace('.', ' '), kind: 'guest', type: 'Guest', homeTenant: dom.endsWith('.com') ? '9188040d-6c67-4c5b-b112-36a304b66dad' : rng.guid(), first: nm, last: '', trips: [], devices: {} };
    A.invite(t, inv, reg.campus('staff', rng.int(0, 3)).ip, g);
    ctx.newGuests.push({ g, t, inviter: inv });
  }
  // consents by users to common education / productivity apps (verified publishers)
  const APPS = [
    ['Miro', 'User.Read openid profile email offline_access'], ['Kahoot!', 'User.Read openid profile email'], ['Padlet', 'User.Read openid profile email'],
    ['Calendly', 'User.Read Calendars.ReadWrite offline_access'], ['Grammarly for Microsoft Office', 'User.Read openid profile offline_access'],
    ['Otter.ai', 'User.Read Calendars.Read offline_access openid profile'], ['Zotero Connector for Word', 'User.Read openid profile'], ['Mentimeter', 'User.Read openid profile email'],
    ['Notion', 'User.Read openid profile email'], ['Smartsheet', 'User.Read Files.Read.All offline_access openid profile'],
  ].map(([name, scopes]) => ({ name, scopes, id: rng.guid(), spId: rng.guid(), seen: false }));
  ctx.consentApps = APPS;
  ctx.consents = [];
  for (let i = 0; i < 34; i++) {
    const u = rng.pick(people.filter((x) => x.mode !== 'remote' && !x.trips.length && x.kind !== 'it'));
    const a = rng.pick(APPS);
    const d = rng.int(0, 13);
    const onCampus = !isWeekend(d) && rng.chance(0.6);
    const net = onCampus ? reg.campus(STAFF.has(u.kind) ? 'staff' : 'eduroam', rng.int(0, 7)) : (u.home ?? reg.campus('halls', 0));
    const t = localToUtc('hfx', d, rng.float(9, 22));
    ctx.consents.push({ u, a, t, net, newSp: !a.seen });
    a.seen = true;
  }
  // researchers registering their own apps and adding a first client secret
  ctx.appRegs = [];
  for (const u of rng.sample(T.users.filter((x) => (x.kind === 'pg' || x.kind === 'acad') && ['Computer Science', 'Oceanography', 'Physics and Atmospheric Science'].includes(x.program ?? x.dept) && x.mode !== 'remote' && !x.trips.length), 3)) {
    const app = { name: rng.pick(['ocean-glider-dashboard', 'kelp-image-labeller', 'argo-float-sync', 'thesis-data-pipeline', 'lab-inventory-bot']), id: rng.guid(), objectId: rng.guid(), spId: rng.guid(), redirect: 'http://localhost:8400' };
    const d = rng.int(1, 12);
    const net = u.kind === 'acad' ? reg.campus('staff', rng.int(0, 3)) : reg.campus('eduroam', rng.int(0, 7));
    const t = localToUtc('hfx', d, rng.float(10, 17));
    A.addApplication(t, u, net.ip, app, { ua: u.devices.laptop.ua });
    A.addSecret(t + rng.int(3, 25) * MIN, u, net.ip, app, { ua: u.devices.laptop.ua, old: [], keyName: 'dev-secret' });
    ctx.appRegs.push({ u, app, t, net });
  }
  // automation rotates integration secrets (managed identity of the Key Vault rotation function)
  for (const [i, app] of T.rotatedApps.entries()) {
    const t = localToUtc('hfx', 2 + i * 2, 3.0 + rng.float(0, 0.2));
    A.addSpCredential(t, { sp: SP.rotator }, '', app, { ua: '', old: [app.keys[0]] });
    A.removeSpCredential(t + 4 * MIN, { sp: SP.rotator }, app, [app.keys[0]]);
  }
  // leaver clean-up: departed students' accounts disabled in batches by the identity team
  for (const [k, u] of rng.sample(T.users.filter((x) => x.kind === 'leaver' && !x.staleDevice), 8).entries()) {
    A.disable(localToUtc('hfx', 4, 14 + k * 0.05), N.aisha, deskIp(), u);
  }
}
