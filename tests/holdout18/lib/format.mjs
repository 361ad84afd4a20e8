// The Entra admin center "Download → CSV" files as written with the portal in Spanish (es-ES):
// UTF-8 with BOM, ';' as the field separator (the es-ES list separator), every cell double-quoted,
// CRLF line endings, 57 localized sign-in columns (the duplicate "Tipo de token entrante" kept twice)
// and the 86-column audit file with its first columns localized. See README "Honest caveats".

export const SIGNIN_HEADER = [
  'Fecha (UTC)', 'Id. de solicitud', 'Agente de usuario', 'Id. de correlación', 'Id. de usuario', 'Usuario',
  'Nombre de usuario', 'Tipo de usuario', 'Tipo de acceso entre inquilinos', 'Tipo de token entrante',
  'Protocolo de autenticación', 'Identificador de token único', 'Método de transferencia original',
  'Tipo de credencial de cliente', 'Protección de token: sesión de inicio de sesión',
  'Protección con tokens: código de estado de sesión de inicio de sesión', 'Aplicación', 'Id. de aplicación',
  'Id. de inquilino del propietario de la aplicación', 'Recurso', 'Id. de recurso', 'Id. de inquilino de recursos',
  'Id. de inquilino del administrador del recurso', 'Id. de inquilino inicial', 'Nombre del inquilino inicial',
  'Dirección IP', 'Ubicación', 'Estado', 'Código de error de inicio de sesión', 'Motivo del error',
  'Aplicación cliente', 'Id. de dispositivo', 'Explorador', 'Sistema operativo', 'Conforme', 'Administrada',
  'Tipo de unión', 'Resultado de la autenticación multifactor',
  'Método de autenticación de la autenticación multifactor',
  'Detalle de autenticación de la autenticación multifactor', 'Requisito de autenticación',
  'Identificador de inicio de sesión', 'Id. de sesión', 'Dirección IP (vista por recurso)',
  'Mediante Acceso global seguro', 'Dirección IP de Acceso global seguro', 'Número de sistema autónomo',
  'Marcado para revisión', 'Tipo de emisor de tokens', 'Tipo de token entrante', 'Nombre del emisor de tokens',
  'Latencia', 'Acceso condicional', 'Tipo de identidad administrada', 'Id. del recurso asociado',
  'Id. de token federado', 'Emisor de token federado',
];

const AUDIT_LOCALIZED = ['Fecha (UTC)', 'CorrelationId', 'Servicio', 'Categoría', 'Actividad', 'Resultado',
  'Motivo del resultado', 'Agente de usuario', 'ActorType', 'ActorDisplayName', 'ActorObjectId',
  'ActorUserPrincipalName', 'IPAddress', 'ActorHomeTenantId', 'ActorHomeTenantName', 'ActorServicePrincipalId',
  'ActorServicePrincipalName'];
export const AUDIT_HEADER = (() => {
  const h = AUDIT_LOCALIZED.slice();
  for (let t = 1; t <= 3; t++) {
    h.push(`Target${t}Type`, `Target${t}DisplayName`, `Target${t}ObjectId`, `Target${t}UserPrincipalName`);
    for (let p = 1; p <= 5; p++) h.push(`Target${t}ModifiedProperty${p}Name`, `Target${t}ModifiedProperty${p}OldValue`, `Target${t}ModifiedProperty${p}NewValue`);
  }
  for (let d = 1; d <= 6; d++) h.push(`AdditionalDetail${d}Key`, `AdditionalDetail${d}Value`);
  return h;
})();

export const SEP = ';';
export const EOL = '\r\n';
export const BOM = '\ufeff';

const q = (v) => '"' + String(v ?? '').replace(/"/g, '""') + '"';
export const csvLine = (cells) => cells.map(q).join(SEP) + EOL;

export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

// Spanish display strings for failure reasons (the portal shows status.failureReason in the UI language).
export const FAILURE_ES = {
  16000: 'Esta es una interrupción interna: el usuario debe elegir una cuenta.',
  50053: 'La cuenta está bloqueada porque el usuario intentó iniciar sesión demasiadas veces con un identificador o una contraseña incorrectos.',
  50055: 'La contraseña ha expirado.',
  50057: 'La cuenta de usuario está deshabilitada.',
  50072: 'El usuario debe inscribirse en la autenticación de segundo factor (interactivo).',
  50074: 'Se requiere una autenticación sólida.',
  50076: 'Debido a un cambio de configuración o a que se ha movido a una nueva ubicación, debe usar la autenticación multifactor para acceder.',
  50089: 'El token de flujo ha expirado: no se pudo completar la autenticación.',
  50097: 'Se requiere la autenticación del dispositivo.',
  50126: 'Error al validar las credenciales: nombre de usuario o contraseña no válidos.',
  50140: 'Este error se produjo debido a una interrupción en "Mantener la sesión iniciada" cuando el usuario iniciaba sesión.',
  50158: 'Se requiere un desafío de seguridad externo.',
  50173: 'El token de concesión proporcionado ha expirado porque se revocó; el usuario debe volver a iniciar sesión.',
  53003: 'El acceso se ha bloqueado debido a las directivas de acceso condicional.',
  65001: 'El usuario o el administrador no han dado su consentimiento para usar la aplicación.',
  70044: 'La sesión ha expirado o no es válida debido a comprobaciones de reautenticación del acceso condicional.',
  700082: 'El token de actualización ha expirado debido a la inactividad.',
  500121: 'Error de autenticación durante la solicitud de autenticación sólida.',
  50034: 'La cuenta de usuario no existe en el directorio.',
  81010: 'No se pudo realizar el inicio de sesión único de conexión directa porque el vale Kerberos del usuario ha expirado o no es válido.',
};
const INTERRUPTED = new Set([16000, 50072, 50074, 50076, 50089, 50097, 50140, 50158, 81010]);

export const CLIENT_APP = {
  browser: 'Explorador',
  mobile: 'Aplicaciones móviles y clientes de escritorio',
  eas: 'Exchange ActiveSync',
  other: 'Otros clientes',
  imap: 'IMAP4',
  pop: 'POP3',
  smtp: 'SMTP autenticado',
};
export const MFA_METHOD = {
  push: 'Notificación de aplicación móvil',
  otp: 'Código de verificación de la aplicación móvil',
  sms: 'Mensaje de texto',
  whfb: 'Windows Hello para empresas',
  fido: 'Clave de seguridad FIDO2',
  tap: 'Pase de acceso temporal',
};
export const MFA_RESULT = {
  claim: 'Requisito de MFA satisfecho por una notificación en el token',
  done: 'MFA completada en Microsoft Entra ID',
  denied: 'MFA denegada; el usuario rechazó la autenticación',
  timeout: 'MFA denegada; no se respondió a la notificación',
  prev: 'Requisito de MFA satisfecho previamente',
};
export const JOIN = { aadj: 'Unido a Microsoft Entra', hybrid: 'Unido a Microsoft Entra híbrido', reg: 'Registrado en Microsoft Entra', '': '' };
export const PROTOCOL = { none: 'Ninguno', devicecode: 'Flujo de código de dispositivo', ropc: 'ROPC' };
export const CA = { success: 'Correcto', failure: 'Error', notApplied: 'No aplicado' };

/**
 * One sign-in object (internal names) to its 57 cells.
 * s: { t, user (tenant user object), ip, net ({asn, loc:[city,state,cc]}), app:{name,id,owner}, res:{name,id,owner},
 *      code, ua, client, deviceId, browser, os, compliant, managed, join, mfaResult, mfaMethod, mfaDetail,
 *      authReq ('single'|'multi'), session, protocol, transfer, incoming, ca, latency, reqId, corrId, uti, tenant }
 */
export function signinCells(s, T) {
  const u = s.user;
  const code = s.code || 0;
  const status = code === 0 ? 'Correcto' : INTERRUPTED.has(code) ? 'Interrumpido' : 'Error';
  const loc = s.net.loc;
  const guest = u.type === 'guest';
  return [
    iso(s.t), s.reqId, s.ua || '', s.corrId, u.id, u.name, u.signinUpn || u.upn,
    guest ? 'Invitado' : 'Miembro', guest ? 'Colaboración B2B' : 'Ninguno', s.incoming || 'Ninguno',
    PROTOCOL[s.protocol || 'none'], s.uti, PROTOCOL[s.transfer || 'none'], 'Ninguno', '', '',
    s.app.name, s.app.id, s.app.owner || T.msTenant, s.res.name, s.res.id, T.id, s.res.owner || T.msTenant,
    guest ? u.homeTenantId : T.id, guest ? u.homeTenantName : T.name,
    s.ip, `${loc[0]}, ${loc[1]}, ${loc[2]}`, status, String(code), code ? (FAILURE_ES[code] || 'Otro.') : '',
    CLIENT_APP[s.client || 'browser'], s.deviceId || '', s.browser || '', s.os || '',
    s.compliant ? 'Sí' : 'No', s.managed ? 'Sí' : 'No', JOIN[s.join || ''],
    s.mfaResult ? MFA_RESULT[s.mfaResult] : '', s.mfaMethod ? MFA_METHOD[s.mfaMethod] : '', s.mfaDetail || '',
    s.authReq === 'multi' ? 'Autenticación multifactor' : 'Autenticación de factor único',
    u.signinUpn || u.upn, s.session || '', '', 'No', '', String(s.net.asn), 'No', 'AzureAD', s.incoming || 'Ninguno', '',
    String(s.latency), CA[s.ca || 'notApplied'], '', '', '', '',
  ];
}

/**
 * a: { t, corr, service, category, activity, result ('success'|'failure'), reason, ua,
 *      actor: { type:'User'|'Application', name, id, upn, ip, spId, spName },
 *      targets: [{ type, name, id, upn, props: [[name, old, new]] }], details: [[k, v]] }
 */
export function auditCells(a, T) {
  const act = a.actor;
  const cells = [iso(a.t), a.corr, a.service, a.category, a.activity, a.result === 'failure' ? 'Error' : 'Correcto',
    a.reason || '', a.ua || '', act.type, act.name || '', act.type === 'User' ? act.id : '', act.upn || '', act.ip || '',
    act.type === 'User' ? (act.homeTenantId || T.id) : '', act.type === 'User' ? (act.homeTenantName || T.name) : '',
    act.spId || '', act.spName || ''];
  for (let i = 0; i < 3; i++) {
    const tg = (a.targets || [])[i];
    if (!tg) { for (let k = 0; k < 19; k++) cells.push(''); continue; }
    cells.push(tg.type, tg.name || '', tg.id || '', tg.upn || '');
    for (let p = 0; p < 5; p++) {
      const pr = (tg.props || [])[p];
      if (pr) cells.push(pr[0], pr[1], pr[2]); else cells.push('', '', '');
    }
  }
  for (let d = 0; d < 6; d++) {
    const kv = (a.details || [])[d];
    if (kv) cells.push(kv[0], kv[1]); else cells.push('', '');
  }
  return cells;
}
