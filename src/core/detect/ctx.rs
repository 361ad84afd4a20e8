//! The per-run index the rules share: built once by [`Ctx::new`], read-only afterwards.
//!
//! Holds per sign-in row its time, code and class, its subject (user) index, IP index and
//! allow-list verdicts; per user and per IP the rows in time order; the sign-in rows in time
//! order; authentication steps by request id; audit rows in time order. No rule logic.

use hashbrown::{HashMap, HashSet};

use super::{
    DetectConfig,
    net::{AllowNets, Ip, parse_ip},
    signin::DAY_MS,
};
use crate::core::{
    codes::{self, CodeClass},
    model::intern::Sym,
    model::{AuditField, Dataset, NO_INT, NO_TIME, SignInField as S},
};

/// "No index".
pub const NONE: u32 = u32::MAX;

/// A subject of sign-ins (a user, or a service principal for app sign-ins).
#[derive(Debug)]
pub struct Subject {
    /// The UPN (or other identifier) as first seen.
    pub name: String,
    /// Rows, time order.
    pub rows: Vec<u32>,
    /// On the investigator's allow-list.
    pub allowed: bool,
}

/// An IP address seen in sign-ins.
#[derive(Debug)]
pub struct IpInfo {
    pub parsed: Option<Ip>,
    /// Rows, time order.
    pub rows: Vec<u32>,
}

/// The shared index as a rule reads it: the data, the settings and the [`Index`] built from
/// them (its fields are read through `Deref`, `cx.time`, `cx.subjects`…).
pub struct Ctx<'a> {
    pub ds: &'a Dataset,
    pub cfg: &'a DetectConfig,
    /// The person's Sigma rules, when loaded.
    pub sigma: Option<&'a crate::core::sigma::RuleSet>,
    ix: Index,
}

/// What [`Ctx::new`] builds, owned: it can be put aside between steps of a detection the page
/// runs a piece at a time ([`super::Stepped`]) and joined to the same data again.
#[derive(Default)]
pub struct Index {
    /// Per sign-in row.
    pub time: Vec<i64>,
    pub code: Vec<u32>,
    pub class: Vec<CodeClass>,
    pub subject: Vec<u32>,
    pub ip: Vec<u32>,
    /// The row's IP or ASN is allow-listed.
    pub net_allowed: Vec<bool>,
    /// The row's app is allow-listed.
    pub app_allowed: Vec<bool>,
    pub subjects: Vec<Subject>,
    pub subject_ix: HashMap<String, u32>,
    pub ips: Vec<IpInfo>,
    /// Sign-in rows with a time, in time order.
    pub by_time: Vec<u32>,
    /// Step rows per request id, in time order.
    pub steps: HashMap<u128, Vec<u32>>,
    /// Per audit row: time.
    pub atime: Vec<i64>,
    /// Audit rows with a time, in time order.
    pub audits_by_time: Vec<u32>,
    /// Audit rows without a time, in load order.
    pub audits_untimed: Vec<u32>,
    /// The spans of time the loaded audit log covers: each file's first to last event,
    /// merged where they overlap or lie within a day of each other; sorted.
    pub audit_coverage: Vec<(i64, i64)>,
    /// Per file: sign-ins without a time, sign-ins without a user, audit events without a time.
    pub left_out: Vec<LeftOut>,
    /// Audit rows by correlation id (one action writes several events sharing it).
    pub audit_correlation: HashMap<u128, Vec<u32>>,
    /// Per sign-in row: its network is a shared egress (see
    /// [`DetectConfig::shared_egress_min_users`]).
    pub shared_egress: Vec<bool>,
    /// Per IP index: its network (the deviation prefix, `prefix_v4_bits` / `prefix_v6_bits`),
    /// 0 when the address cannot be read.
    pub ip_net: Vec<u128>,
    /// Per sign-in row: its network numbered densely ([`NONE`] when the address cannot be read);
    /// one load where the row's IP index, then its network, would be two far apart.
    pub row_net: Vec<u32>,
    /// The organisation's own sites: networks (the deviation prefix) from which at least
    /// `shared_egress_min_users` users signed in successfully on a compliant or managed device,
    /// not through a cloud, hosting or VPN network (an office, a hospital's wards).
    pub org_nets: HashSet<u128>,
    /// The organisation's own egress addresses: IP indices from which at least
    /// `shared_egress_min_users` users signed in successfully on a compliant or managed device,
    /// on days spanning a day or more, on any network but a shared relay — its virtual desktops'
    /// or cloud PCs' address on a cloud network too.
    pub org_egress: HashSet<u32>,
    /// Sign-in rows of a developer's own cloud shell: see [`Ctx::mark_cloud_dev`].
    pub cloud_dev: HashSet<u32>,
    /// Sign-in rows of a third-party app's own servers acting for a user who granted it
    /// consent: see [`Ctx::mark_consented_backends`].
    pub app_backend: HashSet<u32>,
}

impl std::ops::Deref for Ctx<'_> {
    type Target = Index;
    fn deref(&self) -> &Index {
        &self.ix
    }
}

impl std::ops::DerefMut for Ctx<'_> {
    fn deref_mut(&mut self) -> &mut Index {
        &mut self.ix
    }
}

/// How long after the user's interactive sign-in through a developer tool on their own managed
/// device a row of that tool from Microsoft's cloud without a session id counts as its cloud
/// shell ([`Ctx::mark_cloud_dev`]): a working day with a codespace open.
pub(crate) const SHELL_LINK_HOURS: i64 = 12;
const SHELL_LINK_MS: i64 = SHELL_LINK_HOURS * super::signin::HOUR_MS;

/// How many days apart (by calendar day) the first and the last consent to an app must be for
/// the app to count as adopted by the organisation's people ([`Ctx::mark_consented_backends`]).
pub const ADOPTION_DAYS: i64 = 3;

/// Rows of one file that rules needing a time or a user leave out.
#[derive(Clone, Copy, Debug, Default)]
pub struct LeftOut {
    pub signins_untimed: u32,
    pub signins_no_user: u32,
    pub audits_untimed: u32,
}

/// The caches and allow-lists used while indexing the sign-in rows.
struct Indexer {
    allow_nets: AllowNets,
    allow_users: HashSet<String>,
    allow_apps: HashSet<String>,
    /// Which subject a (field, sym) names.
    subj_cache: HashMap<(u8, Sym), u32>,
    /// Dense caches by symbol number for the two hottest lookups (UPN and IP).
    upn_subject: Vec<u32>,
    ip_ix: Vec<u32>,
    app_cache: HashMap<(Sym, Sym), bool>,
    class_cache: HashMap<u32, CodeClass>,
}

/// The identifiers a subject is named by, in precedence order.
const SUBJECT_FIELDS: [S; 7] = [S::Upn, S::SignInIdentifier, S::UserId, S::SpName, S::SpId, S::AppId, S::User];

impl Indexer {
    fn new(ds: &Dataset, cfg: &DetectConfig) -> Self {
        let lower = |v: &[String]| v.iter().map(|u| u.trim().to_lowercase()).collect::<HashSet<String>>();
        Indexer {
            allow_nets: AllowNets::new(&cfg.allow_ips),
            allow_users: lower(&cfg.allow_users),
            allow_apps: lower(&cfg.allow_apps),
            subj_cache: HashMap::new(),
            upn_subject: vec![NONE; ds.strings.len()],
            ip_ix: vec![NONE; ds.strings.len()],
            app_cache: HashMap::new(),
            class_cache: HashMap::new(),
        }
    }

    /// The row's code (from the status text when the code column is empty) and its class.
    fn code_class(&mut self, ds: &Dataset, r: usize) -> (u32, CodeClass) {
        let t = &ds.signins.table;
        let code = t.int(S::Code as usize, r);
        let code = if code == NO_INT { status_code(ds, r) } else { code };
        let class = if code == NO_INT {
            match t.enum_code(S::Status as usize, r) {
                2 => CodeClass::Failure,
                3 => CodeClass::Interrupt,
                _ => CodeClass::Success,
            }
        } else if code == 0 {
            CodeClass::Success
        } else {
            *self.class_cache.entry(code).or_insert_with(|| codes::class_of(code))
        };
        (code, class)
    }

    /// The row's subject: the first non-empty identifier (a new subject when unseen).
    fn subject(&mut self, cx: &mut Ctx, r: usize) -> u32 {
        let t = &cx.ds.signins.table;
        let upn = t.sym(S::Upn as usize, r);
        if let Some(&s) = self.upn_subject.get(upn.0 as usize).filter(|&&s| s != NONE && !upn.is_empty()) {
            return s;
        }
        for f in SUBJECT_FIELDS {
            let sym = t.sym(f as usize, r);
            if sym.is_empty() {
                continue;
            }
            if let Some(&s) = self.subj_cache.get(&(f as u8, sym)) {
                return s;
            }
            let name = cx.ds.strings.get(sym).trim().to_owned();
            let key = name.to_lowercase();
            let s = match cx.subject_ix.get(&key) {
                Some(&s) => s,
                None => {
                    let s = cx.subjects.len() as u32;
                    let allowed = self.allow_users.contains(&key);
                    cx.subject_ix.insert(key, s);
                    cx.subjects.push(Subject { name, rows: Vec::new(), allowed });
                    s
                }
            };
            self.subj_cache.insert((f as u8, sym), s);
            if let Some(slot) = self.upn_subject.get_mut(sym.0 as usize).filter(|_| f == S::Upn) {
                *slot = s;
            }
            return s;
        }
        NONE
    }

    /// The row's IP index (a new one when unseen).
    fn ip(&mut self, cx: &mut Ctx, r: usize) -> u32 {
        let ip_sym = cx.ds.signins.table.sym(S::Ip as usize, r);
        match self.ip_ix.get(ip_sym.0 as usize) {
            _ if ip_sym.is_empty() => NONE,
            Some(&i) if i != NONE => i,
            _ => {
                let parsed = parse_ip(cx.ds.strings.get(ip_sym));
                cx.ips.push(IpInfo { parsed, rows: Vec::new() });
                let i = cx.ips.len() as u32 - 1;
                if let Some(slot) = self.ip_ix.get_mut(ip_sym.0 as usize) {
                    *slot = i;
                }
                i
            }
        }
    }

    /// Whether the row's network (IP or ASN) and app are allow-listed.
    fn allowed(&mut self, cx: &Ctx, r: usize, ip: u32) -> (bool, bool) {
        let t = &cx.ds.signins.table;
        let asn = t.int(S::Asn as usize, r);
        let ip_ok = cx.ips.get(ip as usize).and_then(|i| i.parsed).is_some_and(|p| self.allow_nets.contains(p));
        let net = ip_ok || (asn != NO_INT && cx.cfg.allow_asns.contains(&asn));
        let (app, app_id) = (t.sym(S::App as usize, r), t.sym(S::AppId as usize, r));
        let allow_apps = &self.allow_apps;
        let strings = &cx.ds.strings;
        let app_ok = !allow_apps.is_empty()
            && *self.app_cache.entry((app, app_id)).or_insert_with(|| {
                allow_apps.contains(&strings.get(app).trim().to_lowercase())
                    || allow_apps.contains(&strings.get(app_id).trim().to_lowercase())
            });
        (net, app_ok)
    }
}

/// An [`Index`] being built a piece at a time (the page yields between pieces): the sign-in
/// rows a chunk at a time, then the passes over the whole (time order, shared egress, steps,
/// audits), each a step.
pub struct Building {
    ix: Index,
    indexer: Indexer,
    /// The next sign-in row to index.
    row: usize,
    /// Once every row is in: the next pass.
    pass: u8,
}

impl Building {
    pub fn new(ds: &Dataset, cfg: &DetectConfig) -> Self {
        let n = ds.signins.table.len();
        Building {
            ix: Index {
                time: Vec::with_capacity(n),
                code: Vec::with_capacity(n),
                class: Vec::with_capacity(n),
                subject: Vec::with_capacity(n),
                ip: Vec::with_capacity(n),
                net_allowed: Vec::with_capacity(n),
                app_allowed: Vec::with_capacity(n),
                by_time: Vec::with_capacity(n),
                left_out: vec![LeftOut::default(); ds.files.len()],
                ..Index::default()
            },
            indexer: Indexer::new(ds, cfg),
            row: 0,
            pass: 0,
        }
    }

    /// Sign-in rows indexed so far, of all (for progress).
    pub fn rows_done(&self, ds: &Dataset) -> (usize, usize) {
        let n = ds.signins.table.len();
        (self.row.min(n), n)
    }

    /// Indexes up to `rows` more sign-in rows, or runs the next pass once every row is in; the
    /// index once the last pass ran. `ds` and `cfg` are those it was made with.
    pub fn step(&mut self, ds: &Dataset, cfg: &DetectConfig, rows: usize) -> Option<Index> {
        let n = ds.signins.table.len();
        let mut cx = Ctx { ds, cfg, sigma: None, ix: std::mem::take(&mut self.ix) };
        if self.row < n {
            let end = self.row.saturating_add(rows.max(1)).min(n);
            let ix = &mut self.indexer;
            for r in self.row..end {
                cx.time.push(ds.signins.table.time(S::Time as usize, r));
                let (code, class) = ix.code_class(ds, r);
                cx.code.push(code);
                cx.class.push(class);
                let subj = ix.subject(&mut cx, r);
                cx.subject.push(subj);
                let ip = ix.ip(&mut cx, r);
                cx.ip.push(ip);
                let (net, app) = ix.allowed(&cx, r, ip);
                cx.net_allowed.push(net);
                cx.app_allowed.push(app);
            }
            self.row = end;
        } else {
            match self.pass {
                0 => cx.sort_signins(),
                1 => {
                    cx.file_signins();
                    cx.count_left_out_signins();
                }
                // Each pass its own step: together they held the page for 66–86 ms (native).
                2 => cx.mark_shared_egress(),
                3 => cx.mark_cloud_dev(),
                4 => cx.index_steps(),
                _ => {
                    cx.index_audits();
                    cx.mark_consented_backends();
                    return Some(cx.ix);
                }
            }
            self.pass += 1;
        }
        self.ix = cx.ix;
        None
    }
}

impl<'a> Ctx<'a> {
    /// Builds the index (one pass over each table).
    pub fn new(ds: &'a Dataset, cfg: &'a DetectConfig) -> Self {
        let mut b = Building::new(ds, cfg);
        loop {
            if let Some(ix) = b.step(ds, cfg, usize::MAX) {
                return Ctx { ds, cfg, sigma: None, ix };
            }
        }
    }

    /// The context of an index built earlier by [`Ctx::new`] over the same `ds` and `cfg`.
    pub fn from_index(
        ds: &'a Dataset,
        cfg: &'a DetectConfig,
        sigma: Option<&'a crate::core::sigma::RuleSet>,
        ix: Index,
    ) -> Self {
        Ctx { ds, cfg, sigma, ix }
    }

    /// The index, to be joined to the same data again with [`Ctx::from_index`].
    pub fn into_index(self) -> Index {
        self.ix
    }

    /// Sign-in rows with a time, in time order.
    fn sort_signins(&mut self) {
        // Sorted as (time, row) pairs side by side, not rows looking their time up at every
        // comparison (12 bytes more per sign-in for the length of the sort, beside the ~30 the
        // index keeps); (time, row) is unique, so an unstable sort gives the one order.
        let mut pairs: Vec<(i64, u32)> =
            self.time.iter().enumerate().filter(|(_, t)| **t != NO_TIME).map(|(r, &t)| (t, r as u32)).collect();
        pairs.sort_unstable();
        self.by_time = pairs.into_iter().map(|(_, r)| r).collect();
    }

    /// Each subject's and each IP address's sign-in rows, in time order.
    fn file_signins(&mut self) {
        for &r in &self.ix.by_time {
            let (s, i) = (self.ix.subject[r as usize], self.ix.ip[r as usize]);
            if let Some(sub) = self.ix.subjects.get_mut(s as usize) {
                sub.rows.push(r);
            }
            if let Some(ip) = self.ix.ips.get_mut(i as usize) {
                ip.rows.push(r);
            }
        }
    }

    /// Authentication steps by request id, in time order.
    fn index_steps(&mut self) {
        let st = &self.ds.steps;
        for i in 0..st.len() {
            if let Some(&req) = st.request.get(i).filter(|&&q| q != 0) {
                self.steps.entry(req).or_default().push(i as u32);
            }
        }
        for v in self.steps.values_mut() {
            v.sort_by_key(|&i| st.time.get(i as usize).copied().unwrap_or(NO_TIME));
        }
    }

    /// Audit rows' times, the timed ones in time order, the untimed ones, and the spans the
    /// log covers.
    fn index_audits(&mut self) {
        let at = &self.ds.audits.table;
        self.atime = (0..at.len()).map(|r| at.time(AuditField::Time as usize, r)).collect();
        let (mut aorder, untimed): (Vec<u32>, Vec<u32>) =
            (0..at.len() as u32).partition(|&r| self.atime[r as usize] != NO_TIME);
        aorder.sort_by_key(|&r| (self.atime[r as usize], r));
        let mut spans: Vec<(i64, i64)> = vec![(i64::MAX, i64::MIN); self.ds.files.len()];
        for &r in &aorder {
            let (t, f) = (self.atime[r as usize], self.audit_file(r));
            if let Some(s) = spans.get_mut(f) {
                *s = (s.0.min(t), s.1.max(t));
            }
        }
        for &r in &untimed {
            let f = self.audit_file(r);
            if let Some(l) = self.left_out.get_mut(f) {
                l.audits_untimed += 1;
            }
        }
        self.audit_coverage = merge_spans(spans, DAY_MS);
        for r in 0..at.len() as u32 {
            let c = at.id(AuditField::CorrelationId as usize, r as usize);
            if c != 0 {
                self.audit_correlation.entry(c).or_default().push(r);
            }
        }
        self.audits_by_time = aorder;
        self.audits_untimed = untimed;
    }

    /// The other audit rows written by the same action as row `r` (same correlation id).
    pub fn correlated(&self, r: u32) -> &[u32] {
        let c = self.ds.audits.table.id(AuditField::CorrelationId as usize, r as usize);
        self.audit_correlation.get(&c).filter(|_| c != 0).map_or(&[], |v| v.as_slice())
    }

    /// The subject named `name` (a UPN, case-insensitive).
    pub fn subject_named(&self, name: &str) -> Option<&Subject> {
        self.subject_ix.get(&name.trim().to_lowercase()).and_then(|&s| self.subjects.get(s as usize))
    }

    /// The file of audit row `r`.
    fn audit_file(&self, r: u32) -> usize {
        self.ds.audits.src.get(r as usize).map_or(usize::MAX, |s| s.file as usize)
    }

    /// Marks the rows whose network (the deviation prefix) had successful sign-ins by at least
    /// `shared_egress_min_users` different users.
    fn mark_shared_egress(&mut self) {
        let min = self.cfg.shared_egress_min_users as usize;
        let (v4, v6) = (self.cfg.prefix_v4_bits, self.cfg.prefix_v6_bits);
        let net_of_ip: Vec<Option<u128>> =
            self.ips.iter().map(|i| i.parsed.map(|p| super::net::prefix_key(p, v4, v6))).collect();
        // Networks numbered densely per distinct address (not per row); per network the users
        // seen, kept only until there are `min` of them (all the question needs).
        let mut ids: HashMap<u128, u32> = HashMap::new();
        let net_id: Vec<u32> = net_of_ip
            .iter()
            .map(|n| {
                n.map_or(NONE, |n| {
                    let next = ids.len() as u32;
                    *ids.entry(n).or_insert(next)
                })
            })
            .collect();
        let net = |r: usize| self.ip.get(r).and_then(|&i| net_id.get(i as usize).copied()).filter(|&n| n != NONE);
        let mut users: Vec<Vec<u32>> = vec![Vec::new(); if min > 0 { ids.len() } else { 0 }];
        // The same, counting only users on their compliant or managed devices off cloud,
        // hosting and VPN networks: the organisation's own sites.
        let mut managed: Vec<Vec<u32>> = users.clone();
        // Per address (any network but a shared relay, whose exits a stranger shares too): the
        // users signing in there on compliant or managed devices, and the first and last time.
        let mut egress: Vec<(Vec<u32>, i64, i64)> =
            vec![(Vec::new(), i64::MAX, i64::MIN); if min > 0 { self.ips.len() } else { 0 }];
        if min > 0 {
            for r in 0..self.time.len() {
                if self.class[r] != CodeClass::Success {
                    continue;
                }
                // Asked at most once per row.
                let mut on_managed = None;
                let mut managed_device =
                    || *on_managed.get_or_insert_with(|| super::signin::managed_device(self, r as u32));
                if let Some((u, first, last)) = self.ip.get(r).and_then(|&i| egress.get_mut(i as usize))
                    && self.subject[r] != NONE
                    && self.time[r] != NO_TIME
                    && (u.len() < min || self.time[r] < *first || self.time[r] > *last)
                    && managed_device()
                    && !super::signin::RELAY_ASNS.contains(&self.asn(r as u32))
                {
                    if u.len() < min && !u.contains(&self.subject[r]) {
                        u.push(self.subject[r]);
                    }
                    *first = (*first).min(self.time[r]);
                    *last = (*last).max(self.time[r]);
                }
                let Some(n) = net(r) else { continue };
                if let Some(u) = users.get_mut(n as usize)
                    && u.len() < min
                    && !u.contains(&self.subject[r])
                {
                    u.push(self.subject[r]);
                }
                if let Some(u) = managed.get_mut(n as usize)
                    && u.len() < min
                    && !u.contains(&self.subject[r])
                    && managed_device()
                    && !super::lists::hosting_asn(self.asn(r as u32))
                {
                    u.push(self.subject[r]);
                }
            }
        }
        let org_nets: HashSet<u128> = ids
            .iter()
            .filter(|(_, i)| managed.get(**i as usize).is_some_and(|u| u.len() >= min))
            .map(|(k, _)| *k)
            .collect();
        let row_net: Vec<u32> = (0..self.time.len()).map(|r| net(r).unwrap_or(NONE)).collect();
        self.shared_egress = row_net
            .iter()
            .map(|&n| min > 0 && n != NONE && users.get(n as usize).is_some_and(|u| u.len() >= min))
            .collect();
        self.row_net = row_net;
        self.ip_net = net_of_ip.into_iter().map(|n| n.unwrap_or(0)).collect();
        self.org_nets = org_nets;
        self.org_egress = egress
            .iter()
            .enumerate()
            .filter(|(_, (u, first, last))| u.len() >= min && last.saturating_sub(*first) >= super::signin::DAY_MS)
            .map(|(i, _)| i as u32)
            .collect();
    }

    /// The developer's own cloud shell: successful non-interactive sign-ins of a first-party
    /// developer tool (Azure CLI, Azure PowerShell, Visual Studio Code…) from Microsoft's own cloud
    /// ([`super::signin::MICROSOFT_CLOUD_ASN`]: GitHub Codespaces, Azure Cloud Shell, Dev Box, the
    /// developer's Azure VM) whose session has an interactive sign-in of the same user, through
    /// the same tool, on a compliant or managed device off cloud, hosting and VPN networks, with
    /// an authentication protocol that is not the device code ([`super::signin::device_code_row`]), or is, for a
    /// user whose own managed device used the tool (not by a device code) on two days before: `az login` typed in a
    /// codespace opens the browser on the laptop (or, `--use-device-code`, asks for the code there), and the
    /// codespace redeems and refreshes the token. A phished authorization code
    /// (ConsentFix) looks the same when the phisher redeems it from Azure too, which is why the
    /// rules that use this mark keep a Low finding and say so. A row without a session id (a
    /// file whose export left the column out: an analyst's Log Analytics projection) is linked
    /// by time instead: such an interactive sign-in through the same tool within
    /// [`SHELL_LINK_MS`] before it.
    fn mark_cloud_dev(&mut self) {
        let event = |r: u32| self.ds.signins.table.enum_code(S::EventType as usize, r as usize);
        let mut marked = HashSet::new();
        let mut began: HashSet<(u128, Sym)> = HashSet::new();
        for s in &self.subjects {
            // The tool's sign-ins from Microsoft's cloud first: most users have none, and then
            // their other rows need no look.
            let candidates: Vec<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| {
                    self.class[r as usize] == CodeClass::Success
                        && event(r) == 2
                        && self.asn(r) == super::signin::MICROSOFT_CLOUD_ASN
                        && super::lists::first_party_kind(self.s(r, S::AppId)) == Some(super::lists::ClientKind::Tool)
                })
                .collect();
            if candidates.is_empty() {
                continue;
            }
            // The user's sessions begun so, by (session, app), and their times by app (for rows
            // without a session id): one pass, whatever the rows' order.
            began.clear();
            let mut starts: Vec<(Sym, i64)> = Vec::new();
            // The tool on the user's own managed device, not by a device code: (app, day) once each.
            let mut own_days: Vec<(Sym, i64)> = Vec::new();
            for &r in &s.rows {
                let ok = self.class[r as usize] == CodeClass::Success && super::signin::managed_device(self, r);
                let code = ok && super::signin::device_code_row(self, r);
                let (app, t) = (self.sym(r, S::AppId), self.time[r as usize]);
                // A device code typed on the laptop for a codespace (`az login --use-device-code`)
                // is how its users sign in there, and how a phished code is too: it opens a shell
                // only for a user whose own managed device used the tool on two days before.
                let habit = || own_days.iter().filter(|&&(a, _)| a == app).count() >= 2;
                if ok
                    && event(r) == 1
                    && self.ip[r as usize] != NONE
                    && !super::lists::hosting_asn(self.asn(r))
                    && !self.s(r, S::AuthProtocol).trim().is_empty()
                    && (!code || habit())
                {
                    let sid = self.id(r, S::SessionId);
                    if sid != 0 {
                        began.insert((sid, app));
                    }
                    starts.push((app, t));
                }
                if ok && !code && t != NO_TIME {
                    let day = t.div_euclid(DAY_MS);
                    if !own_days.contains(&(app, day)) {
                        own_days.push((app, day));
                    }
                }
            }
            marked.extend(candidates.into_iter().filter(|&r| match self.id(r, S::SessionId) {
                0 => {
                    let (app, t) = (self.sym(r, S::AppId), self.time[r as usize]);
                    t != NO_TIME
                        && starts.iter().any(|&(a, b)| a == app && b != NO_TIME && b <= t && t - b <= SHELL_LINK_MS)
                }
                sid => began.contains(&(sid, self.sym(r, S::AppId))),
            }));
        }
        self.cloud_dev = marked;
    }

    /// A third-party app's own servers acting for a user who consented to it: successful
    /// non-interactive sign-ins of an app that is not one of Microsoft's listed clients, from a
    /// cloud or hosting network or from a network the app signs in from for two users or more (its
    /// vendor's: a confidential client redeems its tokens where it runs), for a user whose consent to that app (by its name or, where the
    /// audit names it, its app id; by its name only when the audit names no id) is in the loaded
    /// audit log, an app two users or more consented
    /// to over [`ADOPTION_DAYS`] days or more (the organisation's people adopting it, not one
    /// phishing burst) — a whiteboard or meeting service
    /// refreshing the user's token from its data centre is where the service runs, not where the
    /// person is. The consent itself is `app_consent`'s to judge (an illicit app's consent is a
    /// finding of its own); a stolen token replayed from a rented server uses the user's own
    /// clients, which are listed and never count here.
    fn mark_consented_backends(&mut self) {
        use super::audit::{is, success};
        let cx: &Ctx = self;
        // Per consent: the consenting user (a UPN: an app's or an unnamed actor's grant counts
        // for nobody) and the app's keys — its app ids when the audit names them, else its name.
        // Per key: the (user, day) pairs of its consents. Untimed consents say nothing of when.
        let mut granted: HashSet<(String, String)> = HashSet::new();
        let mut adopted: HashMap<String, Vec<(String, i64)>> = HashMap::new();
        for &r in &cx.audits_by_time {
            if !is("consent", &cx.a(r, AuditField::Activity).to_lowercase()) || !success(cx, r) {
                continue;
            }
            let who = cx.a(r, AuditField::ActorUpn).trim().to_lowercase();
            if !who.contains('@') {
                continue;
            }
            let keys = super::audit::consent_keys(cx, r);
            let day = cx.at(r).div_euclid(super::signin::DAY_MS);
            for k in keys {
                adopted.entry(k.clone()).or_default().push((who.clone(), day));
                granted.insert((who.clone(), k));
            }
        }
        // Adopted by the organisation's people over time: two users or more, the first and the
        // last consent's days ADOPTION_DAYS apart or more (a phishing campaign's consents come
        // within a day or two, or from one victim).
        let apps: HashSet<String> = adopted
            .into_iter()
            .filter(|(_, v)| {
                let users: HashSet<&String> = v.iter().map(|x| &x.0).collect();
                let (first, last) = v.iter().fold((i64::MAX, i64::MIN), |(a, b), x| (a.min(x.1), b.max(x.1)));
                users.len() >= 2 && last - first >= ADOPTION_DAYS
            })
            .map(|(k, _)| k)
            .collect();
        if apps.is_empty() {
            return;
        }
        let event = |r: u32| cx.ds.signins.table.enum_code(S::EventType as usize, r as usize);
        // Per app (id and name): its adopted key, the id's when the consents named it.
        let mut app_keys: HashMap<(Sym, Sym), Option<(String, String)>> = HashMap::new();
        // Candidates per (app key, ASN): the rows and the users they are for.
        let mut found: HashMap<(String, u32), (Vec<u32>, HashSet<u32>)> = HashMap::new();
        for r in 0..cx.time.len() as u32 {
            if cx.class[r as usize] != CodeClass::Success || event(r) != 2 || cx.sym(r, S::AppId).is_empty() {
                continue;
            }
            let keys = app_keys.entry((cx.sym(r, S::AppId), cx.sym(r, S::App))).or_insert_with(|| {
                let id = cx.s(r, S::AppId).trim().to_lowercase();
                let name = format!("name:{}", cx.s(r, S::App).trim().to_lowercase());
                if super::lists::first_party_kind(&id).is_some() {
                    return None;
                }
                if apps.contains(&id) { Some((id.clone(), id)) } else { apps.contains(&name).then_some((id, name)) }
            });
            let Some((_, key)) = keys else { continue };
            let who = cx.who(r).to_lowercase();
            if granted.contains(&(who, key.clone())) {
                let e = found.entry((key.clone(), cx.asn(r))).or_default();
                e.0.push(r);
                e.1.insert(cx.subj(r));
            }
        }
        // From a cloud or hosting network, or from one the app signs in from for two users or
        // more (its vendor's own): a token of the app stolen from one user's desktop and used
        // from a proxy comes from a network the app does not use for anyone else.
        let mut marked = HashSet::new();
        for ((_, asn), (rows, users)) in found {
            if (asn != NO_INT && super::lists::hosting_asn(asn)) || users.len() >= 2 {
                marked.extend(rows);
            }
        }
        self.app_backend = marked;
    }

    /// True when sign-in `r` is a consented third-party app's servers acting for the user
    /// ([`Ctx::mark_consented_backends`]).
    #[inline]
    pub fn app_backend(&self, r: u32) -> bool {
        !self.app_backend.is_empty() && self.app_backend.contains(&r)
    }

    /// True when sign-in `r` is a developer tool's in their own cloud shell ([`Ctx::mark_cloud_dev`]).
    #[inline]
    pub fn cloud_dev(&self, r: u32) -> bool {
        !self.cloud_dev.is_empty() && self.cloud_dev.contains(&r)
    }

    /// True when row `r` comes from a shared egress (the organisation's VPN, proxy or office).
    #[inline]
    pub fn shared(&self, r: u32) -> bool {
        self.shared_egress.get(r as usize).copied().unwrap_or(false)
    }

    /// Counts the sign-in rows without a time or a user per file.
    fn count_left_out_signins(&mut self) {
        for r in 0..self.time.len() {
            let f = self.ds.signins.src.get(r).map_or(usize::MAX, |s| s.file as usize);
            let (untimed, no_user) = (self.time[r] == NO_TIME, self.subject[r] == NONE);
            if let Some(l) = self.left_out.get_mut(f) {
                l.signins_untimed += untimed as u32;
                l.signins_no_user += no_user as u32;
            }
        }
    }

    /// Audit rows for rules that need no time: the timed ones in time order, then the rest.
    pub fn audits_all(&self) -> impl Iterator<Item = u32> + '_ {
        self.audits_by_time.iter().chain(self.audits_untimed.iter()).copied()
    }

    /// The start of the continuous span of loaded audit log that holds `t` (None when `t`
    /// lies outside every span).
    pub fn audit_covered_since(&self, t: i64) -> Option<i64> {
        self.audit_coverage.iter().find(|(a, b)| *a <= t && t <= *b).map(|s| s.0)
    }

    /// Time of sign-in row `r`.
    #[inline]
    pub fn st(&self, r: u32) -> i64 {
        self.time.get(r as usize).copied().unwrap_or(NO_TIME)
    }

    /// Time of audit row `r`.
    #[inline]
    pub fn at(&self, r: u32) -> i64 {
        self.atime.get(r as usize).copied().unwrap_or(NO_TIME)
    }

    /// Text of a sign-in field.
    #[inline]
    pub fn s(&self, r: u32, f: S) -> &'a str {
        self.ds.strings.get(self.ds.signins.table.sym(f as usize, r as usize))
    }

    /// Symbol of a sign-in field.
    #[inline]
    pub fn sym(&self, r: u32, f: S) -> Sym {
        self.ds.signins.table.sym(f as usize, r as usize)
    }

    /// Identifier of a sign-in field stored as an id (`Kind::Id`: request, correlation,
    /// device and session ids); 0 = none.
    #[inline]
    pub fn id(&self, r: u32, f: S) -> u128 {
        self.ds.signins.table.id(f as usize, r as usize)
    }

    /// An id field as text ("" when none).
    pub fn id_text(&self, r: u32, f: S) -> String {
        crate::core::model::id::id_to_text(self.id(r, f), &self.ds.strings)
    }

    /// Text of an audit field.
    #[inline]
    pub fn a(&self, r: u32, f: AuditField) -> &'a str {
        self.ds.strings.get(self.ds.audits.table.sym(f as usize, r as usize))
    }

    /// Code of row `r`.
    #[inline]
    pub fn code(&self, r: u32) -> u32 {
        self.code.get(r as usize).copied().unwrap_or(NO_INT)
    }

    /// Class of row `r`'s code.
    #[inline]
    pub fn class(&self, r: u32) -> CodeClass {
        self.class.get(r as usize).copied().unwrap_or(CodeClass::Failure)
    }

    /// True when row `r` succeeded.
    #[inline]
    pub fn ok(&self, r: u32) -> bool {
        self.class(r) == CodeClass::Success
    }

    /// The subject's display name of row `r` ("" when none).
    pub fn who(&self, r: u32) -> &str {
        self.subject.get(r as usize).and_then(|&s| self.subjects.get(s as usize)).map_or("", |s| s.name.as_str())
    }

    /// The subject index of row `r`.
    #[inline]
    pub fn subj(&self, r: u32) -> u32 {
        self.subject.get(r as usize).copied().unwrap_or(NONE)
    }

    /// True when row `r`'s subject is on the allow-list.
    pub fn user_allowed(&self, r: u32) -> bool {
        self.subjects.get(self.subj(r) as usize).is_some_and(|s| s.allowed)
    }

    /// IP text of row `r`.
    pub fn ip_text(&self, r: u32) -> &'a str {
        self.s(r, S::Ip)
    }

    /// True when row `r` comes from an allow-listed network.
    #[inline]
    pub fn net_ok(&self, r: u32) -> bool {
        self.net_allowed.get(r as usize).copied().unwrap_or(false)
    }

    /// True when row `r` is for an allow-listed app.
    #[inline]
    pub fn app_ok(&self, r: u32) -> bool {
        self.app_allowed.get(r as usize).copied().unwrap_or(false)
    }

    /// Authentication step rows of sign-in row `r`.
    pub fn steps_of(&self, r: u32) -> &[u32] {
        let req = self.ds.signins.table.id(S::RequestId as usize, r as usize);
        self.steps.get(&req).map_or(&[], |v| v.as_slice())
    }

    /// Every MFA-related result text of row `r`: the MFA result column, the status detail,
    /// and the result detail of each authentication step.
    pub fn mfa_texts(&self, r: u32) -> Vec<&'a str> {
        let mut v = vec![self.s(r, S::MfaResult), self.s(r, S::StatusDetail)];
        for &i in self.steps_of(r) {
            if let Some(&sym) = self.ds.steps.result.get(i as usize) {
                v.push(self.ds.strings.get(sym));
            }
        }
        v.retain(|t| !t.is_empty());
        v
    }

    /// The ASN of row `r` (`NO_INT` when none).
    pub fn asn(&self, r: u32) -> u32 {
        self.ds.signins.table.int(S::Asn as usize, r as usize)
    }

    /// Whether the app of row `r` or the text `name` is an allow-listed app.
    pub fn app_name_allowed(&self, name: &str) -> bool {
        let n = name.trim().to_lowercase();
        !n.is_empty() && self.cfg.allow_apps.iter().any(|a| a.trim().to_lowercase() == n)
    }

    /// True when `upn` is allow-listed.
    pub fn upn_allowed(&self, upn: &str) -> bool {
        let u = upn.trim().to_lowercase();
        !u.is_empty() && self.cfg.allow_users.iter().any(|a| a.trim().to_lowercase() == u)
    }
}

/// Sorted spans, merged where they overlap or lie within `gap` of each other; empty spans
/// (`(i64::MAX, i64::MIN)`) are dropped.
pub fn merge_spans(mut spans: Vec<(i64, i64)>, gap: i64) -> Vec<(i64, i64)> {
    spans.retain(|s| s.0 <= s.1);
    spans.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.0 <= last.1.saturating_add(gap) => last.1 = last.1.max(s.1),
            _ => out.push(s),
        }
    }
    out
}

/// A code from the status text when the code column is empty (some exports only write the
/// status): Success → 0, otherwise unknown.
fn status_code(ds: &Dataset, r: usize) -> u32 {
    match ds.signins.table.enum_code(S::Status as usize, r) {
        1 => 0,
        _ => NO_INT,
    }
}
