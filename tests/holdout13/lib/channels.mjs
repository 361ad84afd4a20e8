// Sign-in "channels": how a given device/app combination appears in the sign-in log (app, resource, client app,
// user agent, OS/browser strings, token types, scopes). Shared by the honest population and the intrusions.
import { APPS, RES, UA } from './world.mjs';

export const SCOPES = {
  exo: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'EWS.AccessAsUser.All', 'Mail.ReadWrite', 'Mail.Send', 'Tasks.ReadWrite', 'User.Read'],
  graphOffice: ['Calendars.ReadWrite', 'Files.ReadWrite.All', 'Group.ReadWrite.All', 'Mail.ReadWrite', 'People.Read', 'Sites.ReadWrite.All', 'User.Read.All'],
  spo: ['AllSites.FullControl', 'MyFiles.Write', 'User.ReadWrite.All'],
  teams: ['user_impersonation'],
  imp: ['user_impersonation'],
  graphTeams: ['Calendars.ReadWrite', 'Chat.ReadWrite', 'Files.ReadWrite.All', 'Presence.ReadWrite', 'Sites.ReadWrite.All', 'User.Read'],
  graphMobile: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'Files.ReadWrite.All', 'Mail.ReadWrite', 'People.Read', 'User.Read'],
  intune: ['DeviceManagementManagedApps.ReadWrite', 'user_impersonation'],
  azCliGraph: ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'AuditLog.Read.All', 'Directory.AccessAsUser.All', 'Group.ReadWrite.All', 'User.ReadWrite.All'],
  graphPs: ['AuditLog.Read.All', 'Directory.Read.All', 'Policy.Read.All', 'User.Read.All', 'UserAuthenticationMethod.Read.All'],
  exoPs: ['Exchange.Manage'],
  drs: ['adrs_access', 'user_impersonation'],
};

const edgeVer = (v) => `Edge ${v}.0.${3400 + (v % 7) * 11}`;
const richWin = 'Rich Client 4.72.1.0';
const richMobile = 'Rich Client 1.7.3';

export function browserUa(p, plat = null) {
  const v = p.chrome || 153;
  const os = plat || (p.laptop && p.laptop.os) || 'windows';
  if (os === 'macos') {
    return p.browserPref === 'chrome' ? { ua: UA.chromeMac(v), browser: `Chrome ${v}.0.0`, os: 'MacOs' } : { ua: UA.safariMac('26.1'), browser: 'Safari 26.1', os: 'MacOs' };
  }
  if (os === 'ios') return { ua: UA.safariIos('26.1'), browser: 'Mobile Safari', os: 'iOS 18.6' };
  if (os === 'android') return { ua: UA.chromeAndroid(v), browser: `Chrome Mobile ${v}.0.0`, os: 'Android 10' };
  if (p.browserPref === 'chrome') return { ua: UA.chromeWin(v), browser: `Chrome ${v}.0.0`, os: 'Windows 10' };
  if (p.browserPref === 'firefox') return { ua: UA.firefoxWin(156), browser: 'Firefox 156.0', os: 'Windows 10' };
  return { ua: UA.edgeWin(v), browser: edgeVer(v), os: 'Windows 10' };
}

/** Browser targets used interactively (web apps). */
export function webTarget(T, key) {
  switch (key) {
    case 'officeHome': return { app: APPS.officeHome, res: RES.portal365 };
    case 'owa': return { app: APPS.owa, res: RES.exo };
    case 'spo': return { app: { id: RES.spo.id, name: RES.spo.name }, res: RES.spo };
    case 'teamsWeb': return { app: APPS.teamsWeb, res: RES.teams };
    case 'wcss': return { app: APPS.wcss, res: RES.graph };
    case 'powerbi': return { app: APPS.powerBi, res: RES.powerbi };
    case 'xero': return { app: T.apps.xero, res: { id: T.apps.xero.id, name: 'Xero', owner: T.apps.xero.owner }, protocol: 'saml20' };
    case 'xpm': return { app: T.apps.xpm, res: { id: T.apps.xpm.id, name: 'Xero Practice Manager', owner: T.apps.xpm.owner }, protocol: 'saml20' };
    case 'karbon': return { app: T.apps.karbon, res: { id: T.apps.karbon.id, name: 'Karbon', owner: T.apps.karbon.owner } };
    case 'fyi': return { app: T.apps.fyi, res: { id: T.apps.fyi.id, name: 'FYI Docs', owner: T.apps.fyi.owner }, protocol: 'saml20' };
    case 'docusign': return { app: T.apps.docusign, res: { id: T.apps.docusign.id, name: 'DocuSign', owner: T.apps.docusign.owner } };
    case 'mySignins': return { app: APPS.mySignins, res: RES.acctControls };
    case 'azurePortal': return { app: APPS.azurePortal, res: RES.arm };
    case 'entraAdmin': return { app: APPS.entraAdmin, res: RES.graph };
    default: throw new Error(`web target ${key}`);
  }
}

/** Desktop (Windows/macOS) rich clients: [app, res, ua, scopes, cae] */
export function desktopApp(p, key) {
  const mac = p.laptop && p.laptop.os === 'macos';
  const v = p.chrome || 153;
  switch (key) {
    case 'outlook': return { app: APPS.office, res: RES.exo, ua: mac ? 'Outlook-macOS/16.102 (macOS 15.7)' : UA.outlookWin, scopes: SCOPES.exo, cae: true };
    case 'officeGraph': return { app: APPS.office, res: RES.graph, ua: mac ? 'Microsoft Office/16.0 (Macintosh; Mac OS X 15.7; Microsoft Word 16.102)' : 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.19328; Pro)', scopes: SCOPES.graphOffice, cae: true };
    case 'teams': return { app: APPS.teams, res: RES.teams, ua: UA.teamsWin(v), scopes: SCOPES.teams, cae: true };
    case 'teamsGraph': return { app: APPS.teams, res: RES.graph, ua: UA.teamsWin(v), scopes: SCOPES.graphTeams, cae: true };
    case 'teamsSkype': return { app: APPS.teams, res: RES.skype, ua: UA.teamsWin(v), scopes: SCOPES.teams, cae: false };
    case 'onedrive': return { app: APPS.oneDriveSync, res: RES.spo, ua: mac ? UA.oneDriveMac : UA.oneDriveWin, scopes: SCOPES.spo, cae: false };
    case 'winPrt': return { app: APPS.winSignIn, res: RES.aad, ua: UA.winAuth, scopes: SCOPES.imp, cae: false };
    case 'edge': return { app: APPS.edge, res: RES.graph, ua: '', scopes: ['User.Read', 'Sites.Read.All', 'Files.Read.All'], cae: false };
    case 'companyPortal': return { app: APPS.companyPortal, res: RES.intune, ua: '', scopes: SCOPES.intune, cae: false };
    default: throw new Error(`desktop app ${key}`);
  }
}

export function desktopOsBrowser(p) {
  const mac = p.laptop && p.laptop.os === 'macos';
  return { os: mac ? 'MacOs' : 'Windows10', browser: richWin, platform: mac ? 'macos' : 'windows' };
}

/** Mobile apps */
export function mobileApp(phone, key) {
  const ios = phone.os === 'ios';
  switch (key) {
    case 'outlook': return { app: APPS.outlookMobile, res: RES.exo, ua: ios ? UA.outlookIos : UA.outlookAndroid, scopes: SCOPES.exo, cae: true };
    case 'outlookGraph': return { app: APPS.outlookMobile, res: RES.graph, ua: ios ? UA.outlookIos : UA.outlookAndroid, scopes: SCOPES.graphMobile, cae: true };
    case 'teams': return { app: APPS.teams, res: RES.teams, ua: ios ? UA.teamsIos : UA.teamsAndroid, scopes: SCOPES.teams, cae: true };
    case 'onedrive': return { app: APPS.oneDriveMobile, res: RES.spo, ua: ios ? 'OneDrive/15.31 (iPhone; iOS 26.6)' : 'OneDrive/7.31 (Android 15)', scopes: SCOPES.spo, cae: false };
    case 'authenticator': return { app: APPS.authenticator, res: RES.aad, ua: ios ? UA.authenticatorIos : 'Authenticator/6.2609.6010 (Android 15)', scopes: SCOPES.imp, cae: false };
    default: throw new Error(`mobile app ${key}`);
  }
}
export function mobileOsBrowser(phone) {
  return { os: phone.os === 'ios' ? 'Ios' : 'Android', browser: richMobile, platform: phone.os };
}
