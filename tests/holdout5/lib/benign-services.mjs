// Service accounts and devices: scan-to-mail printers and medical devices on SMTP AUTH, an old
// ultrasound archive still polling POP3 (blocked every time), the LIMS mail connector on ROPC,
// Teams Rooms consoles, a research pipeline syncing OneDrive with rclone from AWS Stockholm,
// and the HR provisioning feed writing users and groups (app-only, audit log only).
import { makeRng } from './rng.mjs';
import { START, END, HOUR, MIN, DAYS, at, isWeekend } from './time.mjs';
import { poolIp } from './tenant.mjs';
import { emit, audit, refreshes } from './sessions.mjs';
import { userTarget, jv } from './audit.mjs';

const SMTP = ['', '', ''];

export function services(ctx) {
  const r = makeRng(ctx.seed, 'services');
  for (const s of ctx.serviceAccounts) {
    const ip = poolIp(r, s.net);
    for (let t = START + r.int(0, s.every) * MIN; t < END; t += Math.round(s.every * r.float(0.7, 1.3)) * MIN) {
      const hourLocal = new Date(t + HOUR).getUTCHours();
      if (s.office && (hourLocal < 7 || hourLocal > 18 || isWeekend(Math.floor((t - START) / 86_400_000)))) continue;
      if (s.kind === 'smtp') {
        emit(ctx, r, { t, user: s, ip, netKey: s.net, device: null, interactive: true, app: 'owa', res: 'exo', auth: 'password', ua: SMTP, client: 'Authenticated SMTP', legacy: true, legacyAllowed: true, caExcluded: true });
      } else if (s.kind === 'pop') {
        emit(ctx, r, { t, user: s, ip, netKey: s.net, device: null, interactive: true, app: 'owa', res: 'exo', auth: 'password', ua: SMTP, client: 'POP3', legacy: true, code: 53003 });
      } else if (s.kind === 'ropc') {
        const lims = ctx.app('lims');
        emit(ctx, r, { t, user: s, ip, netKey: s.net, device: null, interactive: true, app: lims, res: 'graph', auth: 'password', ua: ['Medilab-LIMS-Connector/7.4 (.NET 6.0.36)', 'Rich Client 6.0.36', 'Windows10'], protocol: 'ropc', caExcluded: true });
      }
    }
  }
  // Teams Rooms consoles keep their tokens fresh around the clock
  for (const room of ctx.rooms) refreshes(ctx, r, { user: room, t0: START, t1: END, netKey: room.net, ip: poolIp(r, room.net), device: room.device, refresh: [['teams', 'teamsSvc', 180]], mfaClaim: false, failRate: 0 });
  // rclone OneDrive sync from the research computing account in AWS eu-north-1
  const dm = ctx.dataManager;
  const rclone = ctx.honestApps.rclone;
  const awsIp = poolIp(r, 'aws-sto');
  refreshes(ctx, r, { user: dm, t0: START + 3 * HOUR, t1: END, netKey: 'aws-sto', ip: awsIp, device: null, refresh: [[[rclone.appId, rclone.name, rclone.owner], 'graph', 60]], uaOverride: ['rclone/v1.68.2', '', 'Linux'], mfaClaim: true, tokenType: 'none', failRate: 0 });
  // a research group's Python uploader (delegated token, python-requests) on the Aberdeen HPC login node
  const py = ctx.pyUser, pyIp = poolIp(r, 'uni-abz');
  refreshes(ctx, r, { user: py, t0: START + 2 * 86_400_000 + 9 * HOUR, t1: START + 9 * 86_400_000 + 17 * HOUR, netKey: 'uni-abz', ip: pyIp, device: null, refresh: [['graphCli', 'graph', 75]], uaOverride: ['python-requests/2.32.3', '', 'Linux'], failRate: 0 });
  // researchers who read mail in Thunderbird on Linux
  for (const u of ctx.thunderbird) {
    for (let day = 0; day < DAYS; day++) {
      if (isWeekend(day) || (u.away && u.away(day))) continue;
      const home = r.chance(0.3), nk = home ? u.homeNet : 'uni-abz', ip = home ? u.homeIp : poolIp(r, nk);
      const t0 = at(day, 8, r.int(0, 90), u.tz);
      refreshes(ctx, r, { user: u, t0, t1: t0 + r.int(6, 9) * HOUR, netKey: nk, ip, device: { id: '', name: '', os: 'Linux', trust: '', compliant: false, managed: false }, refresh: [[['08162f7c-0fd2-4200-a84a-f25a4db0b584', 'Mozilla Thunderbird', 'f8cdef31-a31e-4b4a-93e4-5f571e91255a'], 'exo', 60]], uaOverride: ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2', 'Thunderbird 128.4', 'Linux'] });
    }
  }
  hrFeed(ctx, r);
  deviceNoise(ctx, r);
}

function deviceNoise(ctx, r) {
  // Intune compliance check-ins update device objects; Exchange and Teams back ends touch users
  const intune = { app: { displayName: 'Microsoft Intune', appId: '0000000a-0000-0000-c000-000000000000', spId: ctx.spId('intune'), spName: null } };
  const substrate = { app: { displayName: 'Microsoft Substrate Management', appId: '98db8bd6-0cc0-4e67-9de5-f187f1cd1b41', spId: ctx.spId('substrate-mgmt'), spName: null } };
  const laptops = ctx.users.filter((u) => u.laptop && u.laptop.id && u.role !== 'itadmin');
  for (let day = 0; day < DAYS; day++) {
    const n = isWeekend(day) ? r.int(15, 30) : r.int(70, 110);
    for (let k = 0; k < n; k++) {
      const u = r.pick(laptops);
      audit(ctx, r, { t: at(day, r.int(6, 19), r.int(0, 59), 1) + r.int(0, 59) * 1000, activity: 'Update device', category: 'Device', op: 'Update', by: intune,
        targets: [{ id: ctx.spId(`device:${u.laptop.id}`), displayName: u.laptop.name, type: 'Device', mods: [['IsCompliant', '[true]', '[true]'], ['ComplianceExpiryTime', '', jv([new Date(at(day + 7, 12, 0, 1)).toISOString()])], ['Included Updated Properties', '', '"IsCompliant, ComplianceExpiryTime"']] }] });
    }
    const m = r.int(10, 25);
    for (let k = 0; k < m; k++) {
      const u = r.pick(ctx.users.filter((x) => x.type === 'member' && x.role !== 'room'));
      audit(ctx, r, { t: at(day, r.int(0, 23), r.int(0, 59), 1) + r.int(0, 59) * 1000, activity: 'Update user', category: 'UserManagement', op: 'Update', by: substrate,
        targets: [userTarget(u, [['Included Updated Properties', '', '""']])] });
    }
  }
}

function hrFeed(ctx, r) {
  const feed = { displayName: 'Visma HRM Inbound Provisioning', appId: ctx.hrApp.appId, spId: ctx.hrApp.spId, spName: ctx.hrApp.appId };
  const by = { app: feed };
  const attrs = ['Department', 'JobTitle', 'Manager', 'ExtensionAttribute4', 'OfficeLocation'];
  // nightly delta run: attribute updates and dynamic group churn
  for (let day = 0; day < DAYS; day++) {
    const n = isWeekend(day) ? r.int(2, 8) : r.int(25, 55);
    const t0 = at(day, 2, 10, 1);
    for (let k = 0; k < n; k++) {
      const u = r.pick(ctx.users.filter((x) => x.type === 'member' && !['itadmin', 'svc', 'room'].includes(x.role)));
      const a = r.pick(attrs);
      audit(ctx, r, { t: t0 + k * r.int(2, 9) * 1000, activity: 'Update user', category: 'UserManagement', op: 'Update', by,
        targets: [userTarget(u, [[a, jv([`old-${r.hex(4)}`]), jv([`${a === 'Department' ? 'Dept ' + r.int(100, 999) : a === 'JobTitle' ? r.pick(['Staff Nurse', 'Specialty Registrar', 'Research Fellow', 'Senior Lecturer', 'Ward Clerk']) : r.hex(6)}`])], ['Included Updated Properties', '', jv(a)]])] });
      if (r.chance(0.35)) {
        audit(ctx, r, { t: t0 + k * 4000 + 60000, activity: r.chance(0.7) ? 'Add member to group' : 'Remove member from group', category: 'GroupManagement', op: 'Assign', by: { app: { displayName: 'Microsoft Approval Management', appId: '65d91a3d-ab74-42e6-8a2f-0add61688c74', spId: ctx.spId('dynamic-groups'), spName: null } },
          targets: [userTarget(u, [['Group.ObjectID', '', jv(r.uuid())], ['Group.DisplayName', '', jv(r.pick(['DYN-All-Clinical-' + u.site, 'DYN-Research-' + u.site, 'DYN-Students-' + u.site, 'DYN-Licence-E5', 'DYN-Licence-A3-Students', 'DYN-Intune-Windows']))]])] });
      }
      if (r.chance(0.12)) {
        audit(ctx, r, { t: t0 + k * 4000 + 90000, activity: 'Change user license', category: 'UserManagement', op: 'Update', by: { app: { displayName: 'Microsoft Substrate Management', appId: '98db8bd6-0cc0-4e67-9de5-f187f1cd1b41', spId: ctx.spId('substrate-mgmt'), spName: null } },
          targets: [userTarget(u, [])] });
      }
    }
  }
}
