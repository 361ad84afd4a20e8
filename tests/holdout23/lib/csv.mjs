// The Entra admin center "Download" CSV shapes (formats.md §1.2 variant C, 57 columns; §1.5 audit, 86 columns).
// Every cell double-quoted (header verbatim, quotes inside values doubled), UTF-8 without BOM, CRLF line ends.
import { writeFileSync } from 'node:fs';

export const SIGNIN_HEADER = ['Date (UTC)', 'Request ID', 'User agent', 'Correlation ID', 'User ID', 'User', 'Username', 'User type', 'Cross tenant access type', 'Incoming token type', 'Authentication Protocol', 'Unique token identifier', 'Original transfer method', 'Client credential type', 'Token Protection - Sign In Session', 'Token Protection - Sign In Session StatusCode', 'Application', 'Application ID ', 'App owner tenant ID', 'Resource', 'Resource ID ', 'Resource tenant ID', 'Resource owner tenant ID', 'Home tenant ID', 'Home tenant name', 'IP address', 'Location', 'Status', 'Sign-in error code', 'Failure reason', 'Client app', 'Device ID', 'Browser', 'Operating System', 'Compliant', 'Managed', 'Join Type', 'Multifactor authentication result', 'Multifactor authentication auth method', 'Multifactor authentication auth detail', 'Authentication requirement', 'Sign-in identifier', 'Session ID', 'IP address (seen by resource)', 'Through Global Secure Access', 'Global Secure Access IP address', 'Autonomous system  number', 'Flagged for review', 'Token issuer type', 'Incoming token type', 'Token issuer name', 'Latency', 'Conditional Access', 'Managed Identity type', 'Associated Resource Id', 'Federated Token Id', 'Federated Token Issuer'];

const TP = (n, k) => [`Target${n}ModifiedProperty${k}Name`, `Target${n}ModifiedProperty${k}OldValue`, `Target${n}ModifiedProperty${k}NewValue`];
const T = (n) => [`Target${n}Type`, `Target${n}DisplayName`, `Target${n}ObjectId`, `Target${n}UserPrincipalName`, ...[1, 2, 3, 4, 5].flatMap((k) => TP(n, k))];
export const AUDIT_HEADER = ['Date (UTC)', 'CorrelationId', 'Service', 'Category', 'Activity', 'Result', 'ResultReason', 'User Agent', 'ActorType', 'ActorDisplayName', 'ActorObjectId', 'ActorUserPrincipalName', 'IPAddress', 'ActorHomeTenantId', 'ActorHomeTenantName', 'ActorServicePrincipalId', 'ActorServicePrincipalName', ...T(1), ...T(2), ...T(3), ...[1, 2, 3, 4, 5, 6].flatMap((k) => [`AdditionalDetail${k}Key`, `AdditionalDetail${k}Value`])];

if (SIGNIN_HEADER.length !== 57) throw new Error('sign-in header must have 57 columns');
if (AUDIT_HEADER.length !== 86) throw new Error('audit header must have 86 columns');

const q = (v) => `"${String(v ?? '').replace(/"/g, '""')}"`;
export const csvLine = (cells) => cells.map(q).join(',');

export function writeCsv(path, header, rows) {
  const parts = [csvLine(header)];
  for (const r of rows) parts.push(csvLine(r));
  const text = parts.join('\r\n') + '\r\n';
  writeFileSync(path, text, 'utf8');
  return Buffer.byteLength(text, 'utf8');
}
