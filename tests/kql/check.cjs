// Checks KQL files with Microsoft's own Kusto parser and semantic analyser
// (@kusto/language-service-next, the JavaScript build of Kusto.Language), against the
// table schemas of src/core/kql/tables.tsv: SigninLogs with its dynamic columns,
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

// The tables' columns and types: src/core/kql/tables.tsv (Microsoft's table reference; the
// queries are never the source of the schema they are checked against).
const tsv = fs.readFileSync(path.join(__dirname, '../../src/core/kql/tables.tsv'), 'utf8');
const schemaOf = new Map();
for (const line of tsv.split('\n').filter((l) => l && !l.startsWith('#')).slice(1)) {
  const [table, column, type] = line.split('\t');
  if (!schemaOf.has(table)) schemaOf.set(table, []);
  schemaOf.get(table).push(`['${column}']:${type}`);
}
const tables = [...schemaOf].map(([t, cols]) => new S.TableSymbol.$ctor7(t, '(' + cols.join(', ') + ')', null));
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
