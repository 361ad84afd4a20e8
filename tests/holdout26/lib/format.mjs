// The Entra admin center's CSV downloads (formats.md §1.2 variant C, 57 columns; §1.5, 86 columns).
// Every cell double-quoted (the header is verbatim from the reference, data cells quoted the same way),
// inner quotes doubled, UTF-8 with BOM, CRLF line ends, newest row first (the portal's list order).

export const SIGNIN_HEADER = '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

export const AUDIT_HEADER = (() => {
  const h = ['Date (UTC)', 'CorrelationId', 'Service', 'Category', 'Activity', 'Result', 'ResultReason', 'User Agent', 'ActorType', 'ActorDisplayName', 'ActorObjectId', 'ActorUserPrincipalName', 'IPAddress', 'ActorHomeTenantId', 'ActorHomeTenantName', 'ActorServicePrincipalId', 'ActorServicePrincipalName'];
  for (let t = 1; t <= 3; t++) {
    h.push(`Target${t}Type`, `Target${t}DisplayName`, `Target${t}ObjectId`, `Target${t}UserPrincipalName`);
    for (let p = 1; p <= 5; p++) h.push(`Target${t}ModifiedProperty${p}Name`, `Target${t}ModifiedProperty${p}OldValue`, `Target${t}ModifiedProperty${p}NewValue`);
  }
  for (let a = 1; a <= 6; a++) h.push(`AdditionalDetail${a}Key`, `AdditionalDetail${a}Value`);
  return h.map((x) => `"${x}"`).join(',');
})();

const q = (v) => `"${v === undefined || v === null ? '' : String(v).replace(/"/g, '""')}"`;
export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One sign-in row (57 cells) from the generator's record. */
export function signinRow(r) {
  const loc = r.loc; // {city, state, cc}
  const cells = [
    iso(r.t), r.requestId, r.ua, r.correlationId, r.userId, r.userName, r.upn, r.userType,
    r.crossTenant, r.incomingToken, r.protocol, r.uti, r.transfer, 'None', 'None', '',
    r.app.name, r.app.id, r.app.owner, r.res.name, r.res.id, r.resourceTenant, r.res.owner, r.homeTenant, r.homeTenantName,
    r.ip, `${loc.city}, ${loc.state}, ${loc.cc}`, r.status, r.error, r.reason, r.clientApp,
    r.deviceId, r.browser, r.os, r.compliant, r.managed, r.joinType,
    r.mfaResult, r.mfaMethod, r.mfaDetail, r.authReq, r.upn, r.sessionId, r.ipSeen,
    'False', '', r.asn, 'False', 'AzureAD', r.incomingToken, '', r.latency, r.ca, '', '', '', '',
  ];
  return cells.map(q).join(',');
}

/** One audit row (86 cells). a = {t, correlationId, service, category, activity, result, reason, ua, actor, ip, targets:[{type,name,id,upn,props:[[n,o,nv]]}], details:[[k,v]]} */
export function auditRow(a) {
  const c = [iso(a.t), a.correlationId, a.service, a.category, a.activity, a.result || 'success', a.reason || '', a.ua || ''];
  const ac = a.actor;
  if (ac.kind === 'app') c.push('Application', ac.name, '', '', '', '', '', ac.id, ac.name);
  else c.push('User', ac.name, ac.id, ac.upn, a.ip || '', ac.homeTenant || '', ac.homeTenantName || '', '', '');
  for (let i = 0; i < 3; i++) {
    const t = (a.targets || [])[i];
    if (!t) { for (let k = 0; k < 19; k++) c.push(''); continue; }
    c.push(t.type, t.name || '', t.id || '', t.upn || '');
    for (let p = 0; p < 5; p++) { const mp = (t.props || [])[p]; if (mp) c.push(mp[0], mp[1], mp[2]); else c.push('', '', ''); }
  }
  for (let i = 0; i < 6; i++) { const d = (a.details || [])[i]; if (d) c.push(d[0], d[1]); else c.push('', ''); }
  if (c.length !== 86) throw new Error(`audit row has ${c.length} cells`);
  return c.map(q).join(',');
}
