//! The app's state: one `Copy` struct of signals, provided by context.

use std::{sync::Arc, time::Duration};

use leptos::prelude::*;

use crate::{
    core::{
        model::Log,
        model::{AuditField, Dataset, LoadState, SignInField, SourceFile, id, wire},
        query::filter::{self, Filter},
        workspace::viewstate::{LogView, ViewState},
    },
    web::{bridge, now_ms},
};

/// Which tab is shown (the URL stores its key).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    SignIns,
    Audits,
    Findings,
    Rules,
    Users,
    Apps,
    Groups,
    Codes,
    Trends,
    Map,
}

impl Tab {
    /// All tabs in display order.
    pub const ALL: [Tab; 10] = [
        Tab::SignIns,
        Tab::Audits,
        Tab::Findings,
        Tab::Rules,
        Tab::Users,
        Tab::Apps,
        Tab::Groups,
        Tab::Codes,
        Tab::Trends,
        Tab::Map,
    ];

    /// URL key.
    pub fn key(self) -> &'static str {
        match self {
            Tab::SignIns => "signins",
            Tab::Audits => "audit",
            Tab::Findings => "findings",
            Tab::Rules => "rules",
            Tab::Users => "users",
            Tab::Apps => "apps",
            Tab::Groups => "groups",
            Tab::Codes => "codes",
            Tab::Trends => "trends",
            Tab::Map => "map",
        }
    }

    /// The tab's name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Tab::SignIns => "Sign-ins",
            Tab::Audits => "Audit log",
            Tab::Findings => "Findings",
            Tab::Rules => "Rules",
            Tab::Users => "Users",
            Tab::Apps => "Applications",
            Tab::Groups => "Groups",
            Tab::Codes => "Error codes",
            Tab::Trends => "Trends",
            Tab::Map => "Map",
        }
    }

    /// The tab with this key (default: sign-ins).
    pub fn from_key(k: &str) -> Tab {
        Tab::ALL.into_iter().find(|t| t.key() == k).unwrap_or(Tab::SignIns)
    }

    /// The log a record tab shows.
    pub fn log(self) -> Option<Log> {
        match self {
            Tab::SignIns => Some(Log::SignIns),
            Tab::Audits => Some(Log::Audits),
            _ => None,
        }
    }
}

/// The stable id of a record (request id / audit id, else its row number as `#row`).
pub fn record_id(ds: &Dataset, log: Log, row: usize) -> String {
    let (table, col) = match log {
        Log::SignIns => (&ds.signins.table, SignInField::RequestId as usize),
        Log::Audits => (&ds.audits.table, AuditField::Id as usize),
    };
    let v = table.id(col, row);
    if v == 0 { format!("#{row}") } else { id::id_to_text(v, &ds.strings) }
}

/// The row of a record id.
pub fn row_of_id(ds: &Dataset, log: Log, rid: &str) -> Option<usize> {
    if let Some(n) = rid.strip_prefix('#') {
        return n.parse().ok().filter(|&r| r < log.table(ds).len());
    }
    let (table, col) = match log {
        Log::SignIns => (&ds.signins.table, SignInField::RequestId as usize),
        Log::Audits => (&ds.audits.table, AuditField::Id as usize),
    };
    let want = id::id_lookup(rid, &ds.strings)?;
    (0..table.len()).find(|&r| table.id(col, r) == want)
}

/// Zips up to this size are opened in the page to see whether they hold Sigma rules.
const RULE_ZIP_MAX: f64 = 32.0 * 1024.0 * 1024.0;

/// A load in progress (or just finished), for the progress bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Load {
    pub id: u32,
    pub name: String,
    pub bytes_done: f64,
    pub bytes_total: f64,
    pub records: u64,
    pub elapsed_ms: f64,
    pub done: bool,
    pub cancelling: bool,
}

/// App-wide state. Every field is a `Copy` handle.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Everything loaded. Not reactive by itself: read it after tracking `version`.
    pub data: StoredValue<Dataset>,
    /// Bumped whenever `data` changes (throttled while a load streams in).
    pub version: RwSignal<u64>,
    pub loads: RwSignal<Vec<Load>>,
    pub worker_ready: RwSignal<bool>,
    /// A message for the person (worker crash, demo generation…).
    pub notice: RwSignal<Option<String>>,
    /// The shareable view (mirrored in the URL hash).
    pub view: RwSignal<ViewState>,
    /// The sign-in selection: filtered, then sorted.
    pub signin_rows: Memo<Arc<Vec<u32>>>,
    /// The audit selection: filtered, then sorted.
    pub audit_rows: Memo<Arc<Vec<u32>>>,
    /// Time (ms) the last filter evaluation took, for the status line.
    pub filter_ms: RwSignal<f64>,
    /// The demo tenant's ground truth, when the demo is loaded (trainer mode needs it).
    pub demo_truth: RwSignal<Option<Vec<crate::core::workspace::demo::Scenario>>>,
    /// Keys and rules of the current findings (trainer checks read them).
    pub finding_keys: RwSignal<Vec<(String, crate::core::detect::RuleId)>>,
    /// When the first records of the current batch of loads were applied (ms since drop); the
    /// view shows them over the next few turns (`ui::Later`).
    pub first_rows_ms: RwSignal<Option<f64>>,
    /// The person's Sigma rule files (name, text), in the order they came; never sent or put in
    /// the link.
    pub rule_files: RwSignal<Vec<(String, String)>>,
    /// The rules loaded from them (None when there are none).
    pub sigma: Memo<Option<Arc<crate::core::sigma::RuleSet>>>,
    last_bump_ms: StoredValue<f64>,
    bump_pending: StoredValue<bool>,
    load_started_ms: StoredValue<f64>,
}

impl AppState {
    /// Creates the state (and nothing else).
    pub fn new() -> Self {
        let data = StoredValue::new(Dataset::new());
        let version = RwSignal::new(0);
        let view = RwSignal::new(ViewState::default());
        let filter_ms = RwSignal::new(0.0);
        let selection = move |log: Log| {
            // The whole table in the chosen order: recomputed only when the data or the sort
            // changes. Filtering then keeps that order (no re-sort per keystroke).
            let sort = Memo::new(move |_| {
                view.with(|v| if log == Log::SignIns { v.signins.sort.clone() } else { v.audit.sort.clone() })
            });
            let order = Memo::new(move |_| {
                version.track();
                let (field, desc) = sort.get().unwrap_or_else(|| ("time".into(), true));
                Arc::new(data.with_value(|ds| {
                    let mut rows: Vec<u32> = (0..log.table(ds).len() as u32).collect();
                    filter::sort_rows(
                        ds,
                        log,
                        &mut rows,
                        &field,
                        if desc { filter::Order::Descending } else { filter::Order::Ascending },
                    );
                    rows
                }))
            });
            let filt = Memo::new(move |_| {
                view.with(|v| if log == Log::SignIns { v.signins.filter.clone() } else { v.audit.filter.clone() })
            });
            Memo::new(move |_| {
                let f: Filter = filt.get();
                let t0 = now_ms();
                let rows = order.with(|o| data.with_value(|ds| filter::apply_in_order(ds, log, &f, o)));
                filter_ms.set(now_ms() - t0);
                Arc::new(rows)
            })
        };
        let signin_rows = selection(Log::SignIns);
        let audit_rows = selection(Log::Audits);
        let rule_files = RwSignal::new(Vec::<(String, String)>::new());
        let sigma = Memo::new(move |_| {
            rule_files.with(|f| (!f.is_empty()).then(|| Arc::new(crate::core::sigma::RuleSet::load(f))))
        });
        Self {
            rule_files,
            sigma,
            data,
            version,
            view,
            signin_rows,
            audit_rows,
            filter_ms,
            demo_truth: RwSignal::new(None),
            finding_keys: RwSignal::new(Vec::new()),
            loads: RwSignal::new(Vec::new()),
            worker_ready: RwSignal::new(false),
            notice: RwSignal::new(None),
            first_rows_ms: RwSignal::new(None),
            last_bump_ms: StoredValue::new(0.0),
            bump_pending: StoredValue::new(false),
            load_started_ms: StoredValue::new(0.0),
        }
    }

    /// Reads the dataset, tracking changes.
    pub fn with_data<R>(&self, f: impl FnOnce(&Dataset) -> R) -> R {
        self.version.track();
        self.data.with_value(f)
    }

    /// The selection of a log.
    pub fn rows(&self, log: Log) -> Memo<Arc<Vec<u32>>> {
        match log {
            Log::SignIns => self.signin_rows,
            Log::Audits => self.audit_rows,
        }
    }

    /// The current tab.
    pub fn tab(&self) -> Tab {
        Tab::from_key(&self.view.with(|v| v.tab.clone()))
    }

    /// Switches tab.
    pub fn set_tab(self, t: Tab) {
        self.view.update(|v| {
            v.tab = t.key().into();
            v.record = None;
        });
    }

    /// Changes one log's view.
    pub fn update_log(self, log: Log, f: impl FnOnce(&mut LogView)) {
        self.view.update(|v| f(if log == Log::SignIns { &mut v.signins } else { &mut v.audit }));
    }

    /// Reads one log's view.
    pub fn log_view<R>(&self, log: Log, f: impl FnOnce(&LogView) -> R) -> R {
        self.view.with(|v| f(if log == Log::SignIns { &v.signins } else { &v.audit }))
    }

    /// Shows `log`'s grid filtered by `cond` (replacing conditions on the same field).
    pub fn filter_to(self, log: Log, cond: crate::core::query::filter::Cond) {
        self.view.update(|v| {
            let lv = if log == Log::SignIns { &mut v.signins } else { &mut v.audit };
            let field = cond.field().to_owned();
            lv.filter.conds.retain(|c| {
                c.field() != field || field.is_empty() && !matches!(c, crate::core::query::filter::Cond::Records { .. })
            });
            lv.filter.conds.push(cond);
            v.tab = if log == Log::SignIns { "signins".into() } else { "audit".into() };
            v.record = None;
        });
    }

    /// Tells readers the dataset changed; at most every 250 ms unless `now`.
    fn bump(self, now: bool) {
        let t = now_ms();
        if now || t - self.last_bump_ms.get_value() > 250.0 {
            self.last_bump_ms.set_value(t);
            self.bump_pending.set_value(false);
            self.version.update(|v| *v += 1);
        } else if !self.bump_pending.get_value() {
            self.bump_pending.set_value(true);
            set_timeout(
                move || {
                    if self.bump_pending.get_value() {
                        self.bump(true);
                    }
                },
                Duration::from_millis(260),
            );
        }
    }

    /// Starts loading files through the worker.
    pub fn load_files(self, files: Vec<(web_sys::Blob, String)>) {
        // Sigma rules (.yml / .yaml, or a zip holding only rules) are read here, not by the
        // log reader.
        let (rules, files): (Vec<_>, Vec<_>) = files.into_iter().partition(|(blob, name)| {
            crate::core::sigma::is_rule_file(name)
                || (name.to_ascii_lowercase().ends_with(".zip") && blob.size() <= RULE_ZIP_MAX)
        });
        if !rules.is_empty() {
            self.read_rules(rules);
        }
        self.load_logs(files);
    }

    /// Reads rule files (and zips that may hold rules; a zip of logs goes to the log reader),
    /// then adds them all at once: detection re-runs once, not once per file.
    fn read_rules(self, files: Vec<(web_sys::Blob, String)>) {
        wasm_bindgen_futures::spawn_local(async move {
            let mut rules = Vec::new();
            let mut logs = Vec::new();
            for (blob, name) in files {
                let bytes = match crate::web::file::read_range(&blob, 0.0, blob.size()).await {
                    Ok(b) => b,
                    Err(e) => {
                        let _ = self.notice.try_set(Some(format!("Could not read {name}: {e}")));
                        continue;
                    }
                };
                if bytes.starts_with(b"PK\x03\x04") && !crate::core::sigma::is_rule_zip(&bytes) {
                    logs.push((blob, name));
                } else {
                    rules.extend(crate::core::sigma::rule_files(&name, &bytes));
                }
            }
            self.load_logs(logs);
            self.add_rules(rules);
        });
    }

    /// Adds Sigma rule files (a file with the same name replaces the earlier one).
    pub fn add_rules(self, files: Vec<(String, String)>) {
        if files.is_empty() {
            return;
        }
        let _ = self.rule_files.try_update(|r| {
            for (name, text) in files {
                r.retain(|(n, _)| *n != name);
                r.push((name, text));
            }
        });
    }

    fn load_logs(self, files: Vec<(web_sys::Blob, String)>) {
        if files.is_empty() {
            return;
        }
        if self.loads.with_untracked(|l| l.iter().all(|l| l.done)) {
            self.load_started_ms.set_value(now_ms());
            self.first_rows_ms.set(None);
        }
        for (blob, name) in files {
            let size = blob.size();
            match bridge::load(&blob, &name) {
                Ok(id) => self.loads.update(|l| {
                    l.push(Load {
                        id,
                        name,
                        bytes_done: 0.0,
                        bytes_total: size,
                        records: 0,
                        elapsed_ms: 0.0,
                        done: false,
                        cancelling: false,
                    })
                }),
                Err(e) => self.notice.set(Some(format!("Could not start reading {name}: {e}"))),
            }
        }
    }

    /// Stops the loads that are still running (what was read so far is kept).
    pub fn cancel_loads(self) {
        self.loads.update(|l| {
            for x in l.iter_mut().filter(|x| !x.done) {
                x.cancelling = true;
                bridge::cancel(x.id);
            }
        });
    }

    /// Forgets all data, and everything about it: loads (their late messages are ignored),
    /// the notice, the demo's truth and the view's filters, selection and trainer progress
    /// (the person's settings stay).
    pub fn clear(self) {
        bridge::reset();
        self.data.update_value(|d| d.clear());
        self.loads.set(Vec::new());
        self.notice.set(None);
        self.demo_truth.set(None);
        self.finding_keys.set(Vec::new());
        self.view.update(|v| *v = v.cleared());
        self.first_rows_ms.set(None);
        self.rule_files.set(Vec::new());
        self.bump(true);
    }

    /// Stops every running load once the page's memory nears what a tab can have, and says so
    /// (naming the limit): a crashed tab would lose everything already read.
    fn stop_at_memory_limit(self) {
        let (used, limit) = (self.data.with_value(|d| d.heap_bytes() as f64), crate::web::memory_limit_bytes());
        let names: Vec<String> = self
            .loads
            .with_untracked(|l| l.iter().filter(|x| !x.done && !x.cancelling).map(|x| x.name.clone()).collect());
        if used <= limit || names.is_empty() {
            return;
        }
        self.cancel_loads();
        let records = self.data.with_value(|d| d.signin_count() + d.audit_count());
        self.notice.set(Some(format!(
            "Stopped reading {}: the data loaded in this tab reached {}, the most Lantern holds ({}) so that it stays \
             under the 4 GB a browser gives a tab's WebAssembly. The {records} records read so far are kept; to \
             investigate the rest, export a shorter time range or split the file and load the parts one at a time.",
            names.join(", "),
            size(used),
            size(limit)
        )));
    }

    /// Handles a message from the worker.
    pub fn on_update(self, u: bridge::Update) {
        match u {
            bridge::Update::Ready => {
                self.worker_ready.set(true);
            }
            bridge::Update::Crashed(msg) => {
                // Everything already loaded stays; the files being read are marked, and a
                // new reader continues from the page's state.
                let names: Vec<String> =
                    self.loads.with_untracked(|l| l.iter().filter(|x| !x.done).map(|x| x.name.clone()).collect());
                self.data.update_value(|ds| {
                    for f in ds.files.iter_mut().filter(|f| f.state == LoadState::Loading) {
                        f.state = LoadState::Failed;
                        f.error = Some(format!("the reader stopped unexpectedly while reading this file ({msg}); records read before that are kept"));
                    }
                });
                self.loads.update(|l| l.iter_mut().for_each(|x| x.done = true));
                let state = self.data.with_value(wire::encode_state);
                let restarted = bridge::restart(&state);
                self.notice.set(Some(format!(
                    "The file reader stopped unexpectedly while reading {} ({msg}). Records already loaded are kept{}.",
                    if names.is_empty() { "a file".to_owned() } else { names.join(", ") },
                    if restarted.is_ok() { "; you can add more files" } else { "; reload the page to read more files" }
                )));
                self.bump(true);
            }
            bridge::Update::Delta { id, bytes, first_file, files, bytes_done, bytes_total, elapsed_ms, done } => {
                // A load that Clear forgot: its records belong to the data that was cleared.
                if !self.loads.with_untracked(|l| l.iter().any(|x| x.id == id)) {
                    return;
                }
                let mut error = None;
                let mut added = 0;
                self.data.update_value(|ds| {
                    match wire::apply_delta(ds, &bytes) {
                        Ok((s, a)) => added = s + a,
                        Err(e) => error = Some(e.to_string()),
                    }
                    mirror_files(ds, first_file, files);
                });
                if let Some(e) = error {
                    self.notice.set(Some(format!("Internal error while adding records: {e}")));
                }
                self.loads.update(|l| {
                    if let Some(x) = l.iter_mut().find(|x| x.id == id) {
                        x.bytes_done = bytes_done;
                        x.bytes_total = bytes_total;
                        x.records += added as u64;
                        x.elapsed_ms = elapsed_ms;
                        x.done = done;
                    }
                });
                self.stop_at_memory_limit();
                let first = added > 0 && self.first_rows_ms.get_untracked().is_none();
                if first {
                    self.first_rows_ms.set(Some(now_ms() - self.load_started_ms.get_value()));
                }
                if first || done {
                    // The views are updated in a turn of their own, not in the task that applied
                    // the records (together they held the page for over 50 ms).
                    self.bump_pending.set_value(true);
                    leptos::task::spawn_local(async move {
                        crate::web::yield_now().await;
                        if self.bump_pending.get_value() {
                            self.bump(true);
                        }
                    });
                } else {
                    self.bump(false);
                }
            }
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// Bytes as "812 MB" or "3.76 GB".
fn size(b: f64) -> String {
    if b >= 1e9 { format!("{:.2} GB", b / 1e9) } else { format!("{:.0} MB", b / 1e6) }
}

/// Keeps the page's file list equal to the worker's.
fn mirror_files(ds: &mut Dataset, first: usize, files: Vec<SourceFile>) {
    for (k, f) in files.into_iter().enumerate() {
        let i = first + k;
        if i < ds.files.len() {
            ds.files[i] = f;
        } else {
            while ds.files.len() < i {
                ds.files.push(SourceFile::new("", 0));
            }
            ds.files.push(f);
        }
    }
    debug_assert!(ds.files.iter().all(|f| f.state != LoadState::Loading || !f.name.is_empty()));
}
