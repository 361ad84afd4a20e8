// Checks KQL files with Microsoft's own Kusto parser and semantic analyser
// (@kusto/language-service-next, the JavaScript build of Kusto.Language), against the
// table schemas of src/core/kql/mod.rs: SigninLogs with its dynamic columns,
// AADNonInteractiveUserSignInLogs with the same columns as JSON text, AuditLogs.
// Not part of `make test` (the package is not a project dependency); to run it:
//
//   npm install --no-save @kusto/language-service-next@12.4.1
//   mkdir -p /tmp/kql && LANTERN_DUMP_KQL=/tmp/kql cargo test --test core kql
//   LANTERN_DUMP_KQL=/tmp/kql cargo test --test core hunting
//   node tests/kql/check.cjs /tmp/kql/*.kql tests/core/snapshots/*.kql
//
// A file may hold several queries separated by `// ===== name =====` lines. Exit code 1
// when any query has a diagnostic (error or warning).
'use strict';
const fs = require('fs');
const path = require('path');
require('@kusto/language-service-next/bridge.min.js');
require('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
const K = global.Kusto.Language;
const S = K.Symbols;

const rust = fs.readFileSync(path.join(__dirname, '../../src/core/kql/mod.rs'), 'utf8');
function columns(constName) {
  const m = rust.match(new RegExp(`pub const ${constName}: &\\[&str\\] = &\\[([\\s\\S]*?)\\];`));
  if (!m) throw new Error(`${constName} not found in kql.rs`);
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}
const TYPED = {
  CreatedDateTime: 'datetime', TimeGenerated: 'datetime', ActivityDateTime: 'datetime', IsInteractive: 'bool',
  IsRisky: 'bool', FlaggedForReview: 'bool', DurationMs: 'long', _BilledSize: 'real', AppliedEventListeners: 'dynamic',
};
function schema(cols, dynamic) {
  return '(' + cols.map((c) => `['${c}']:${dynamic.includes(c) ? 'dynamic' : TYPED[c] || 'string'}`).join(', ') + ')';
}
const tables = [
  new S.TableSymbol.$ctor7('SigninLogs', schema(columns('SIGNINLOGS_COLUMNS'), ['ConditionalAccessPolicies', 'DeviceDetail', 'LocationDetails', 'MfaDetail', 'Status']), null),
  new S.TableSymbol.$ctor7('AADNonInteractiveUserSignInLogs', schema(columns('NONINTERACTIVE_COLUMNS'), []), null),
  new S.TableSymbol.$ctor7('AuditLogs', schema(columns('AUDITLOGS_COLUMNS'), ['AdditionalDetails', 'InitiatedBy', 'TargetResources']), null),
];
const globals = K.GlobalState.Default.WithDatabase(new S.DatabaseSymbol.ctor('db', tables));

let bad = 0;
let n = 0;
for (const file of process.argv.slice(2)) {
  const parts = fs.readFileSync(file, 'utf8').split(/^\/\/ ===== .* =====$/m).filter((p) => p.trim());
  for (const q of parts) {
    n++;
    const diags = K.KustoCode.ParseAndAnalyze(q, globals).GetDiagnostics();
    if (diags.Count === 0) continue;
    bad++;
    console.log(`== ${file}\n${q.split('\n').slice(0, 2).join('\n')}`);
    for (let i = 0; i < diags.Count; i++) {
      const d = diags.getItem(i);
      console.log(`  ${d.Severity} ${d.Code} at ${d.Start}: ${d.Message} [${q.substr(d.Start, 40).replace(/\n/g, ' ')}]`);
    }
  }
}
console.log(`${n} queries, ${bad} with diagnostics`);
process.exit(bad ? 1 : 0);
