// The byte shape of the Entra admin center's CSV "Download" with the portal in French (see README, "Shape").
// Header names: French where src/core/ingest/locales.tsv (the one data file the author was allowed to read)
// gives a French name, English (formats.md's verbatim 57- and 86-column lists) where it gives none.
// Every cell double-quoted, ';' as separator (the French list separator), CRLF, UTF-8 with BOM.

/** The 57 sign-in columns in the order of formats.md "Variant C"; [key, header]. */
export const SIGNIN_COLUMNS = [
  ['time', 'Date (UTC)'],
  ['requestId', 'ID de requête'],
  ['userAgent', 'Agent utilisateur'],
  ['correlationId', 'ID de corrélation'],
  ['userId', 'Identifiant utilisateur'],
  ['userDisplayName', 'Utilisateur'],
  ['upn', "Nom d'utilisateur"],
  ['userType', 'Type d’utilisateur'],
  ['crossTenant', "Type d'accès client croisée"],
  ['incomingTokenType', 'Incoming token type'],
  ['protocol', "Protocole d'authentification"],
  ['uniqueTokenId', 'Unique token identifier'],
  ['transfer', "Méthode de transfert d'origine"],
  ['clientCredentialType', 'Type d’informations d’identification du client'],
  ['tokenProtection', 'Token Protection - Sign In Session'],
  ['tokenProtectionCode', 'Token Protection - Sign In Session StatusCode'],
  ['appName', 'Application'],
  ['appId', "ID d'application"],
  ['appOwnerTenantId', 'App owner tenant ID'],
  ['resourceName', 'Ressource'],
  ['resourceId', 'ID de ressource'],
  ['resourceTenantId', 'Resource tenant ID'],
  ['resourceOwnerTenantId', 'Resource owner tenant ID'],
  ['homeTenantId', 'Home tenant ID'],
  ['homeTenantName', 'Home tenant name'],
  ['ip', 'Adresse IP'],
  ['location', 'Emplacement'],
  ['status', 'Statut'],
  ['errorCode', "Code d'erreur de connexion"],
  ['failureReason', "Raison de l'échec"],
  ['clientApp', 'Application cliente'],
  ['deviceId', "ID de l'appareil"],
  ['browser', 'Navigateur'],
  ['os', "Système d'exploitation"],
  ['compliant', 'Conforme'],
  ['managed', 'Géré'],
  ['joinType', 'Join Type'],
  ['mfaResult', "Résultat de l'authentification multifacteur"],
  ['mfaMethod', "Méthode d'authentification multifacteur"],
  ['mfaDetail', 'Multifactor authentication auth detail'],
  ['authRequirement', "Exigence d'authentification"],
  ['signInIdentifier', 'Identificateur de connexion'],
  ['sessionId', 'ID de session'],
  ['ipSeenByResource', 'IP address (seen by resource)'],
  ['throughGsa', 'Through Global Secure Access'],
  ['gsaIp', 'Global Secure Access IP address'],
  ['asn', 'Numéro de système autonome'],
  ['flagged', 'Signalé pour révision'],
  ['tokenIssuerType', 'Token issuer type'],
  ['incomingTokenType', 'Incoming token type'],
  ['tokenIssuerName', 'Token issuer name'],
  ['latency', 'Latency'],
  ['ca', 'Accès conditionnel'],
  ['miType', 'Managed Identity type'],
  ['associatedResourceId', 'Associated Resource Id'],
  ['federatedTokenId', 'Federated Token Id'],
  ['federatedTokenIssuer', 'Federated Token Issuer'],
];

/** The 86 audit columns (formats.md §1.5); Category/Activity/Result and "Target" in French (locales.tsv). */
export const AUDIT_HEADERS = (() => {
  const h = ['Date (UTC)', 'CorrelationId', 'Service', 'Catégorie', 'Activité', 'Résultat', 'ResultReason', 'User Agent',
    'ActorType', 'ActorDisplayName', 'ActorObjectId', 'ActorUserPrincipalName', 'IPAddress', 'ActorHomeTenantId',
    'ActorHomeTenantName', 'ActorServicePrincipalId', 'ActorServicePrincipalName'];
  for (let t = 1; t <= 3; t++) {
    h.push(`Cible${t}Type`, `Cible${t}DisplayName`, `Cible${t}ObjectId`, `Cible${t}UserPrincipalName`);
    for (let p = 1; p <= 5; p++) h.push(`Cible${t}ModifiedProperty${p}Name`, `Cible${t}ModifiedProperty${p}OldValue`, `Cible${t}ModifiedProperty${p}NewValue`);
  }
  for (let a = 1; a <= 6; a++) h.push(`AdditionalDetail${a}Key`, `AdditionalDetail${a}Value`);
  return h;
})();

const SEP = ';';
const EOL = '\r\n';
const BOM = '\uFEFF';
const q = (v) => '"' + (v === undefined || v === null ? '' : String(v)).replace(/"/g, '""') + '"';

export function signinCsv(rows) {
  const out = [BOM + SIGNIN_COLUMNS.map(([, h]) => q(h)).join(SEP)];
  for (const r of rows) out.push(SIGNIN_COLUMNS.map(([k]) => q(r[k])).join(SEP));
  return out.join(EOL) + EOL;
}

/** One audit event -> 86 cells. */
function auditCells(e) {
  const c = new Array(86).fill('');
  c[0] = e.time; c[1] = e.correlationId; c[2] = e.service; c[3] = e.category; c[4] = e.activity; c[5] = e.result;
  c[6] = e.resultReason || ''; c[7] = e.userAgent || '';
  const a = e.actor;
  if (a.kind === 'user') {
    c[8] = 'User'; c[9] = a.displayName || ''; c[10] = a.id; c[11] = a.upn; c[12] = a.ip || '';
    c[13] = a.homeTenantId || ''; c[14] = a.homeTenantName || '';
  } else {
    c[8] = 'Application'; c[9] = a.displayName || ''; c[10] = a.id || ''; c[12] = a.ip || '';
    c[15] = a.spId || ''; c[16] = a.spName || a.displayName || '';
  }
  (e.targets || []).slice(0, 3).forEach((t, i) => {
    const b = 17 + i * 19;
    c[b] = t.type; c[b + 1] = t.displayName || ''; c[b + 2] = t.id || ''; c[b + 3] = t.upn || '';
    (t.props || []).slice(0, 5).forEach((p, j) => {
      c[b + 4 + j * 3] = p.name; c[b + 5 + j * 3] = p.old ?? ''; c[b + 6 + j * 3] = p.new ?? '';
    });
  });
  (e.details || []).slice(0, 6).forEach(([k, v], i) => { c[74 + i * 2] = k; c[75 + i * 2] = v; });
  return c;
}

export function auditCsv(events) {
  const out = [BOM + AUDIT_HEADERS.map(q).join(SEP)];
  for (const e of events) out.push(auditCells(e).map(q).join(SEP));
  return out.join(EOL) + EOL;
}
