//! Views through users, applications, groups and error codes: one row per subject,
//! computed from a selection of records (so every view follows the active filters).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::core::{
    codes::{self, CodeClass},
    model::time,
    model::{AuditField as A, Dataset, NO_INT, NO_TIME, SignInField as S},
};

/// One user in the Users list.
#[derive(Clone, Debug, PartialEq)]
pub struct UserRow {
    pub upn: String,
    pub name: String,
    pub signins: u32,
    pub successes: u32,
    pub failures: u32,
    pub interrupts: u32,
    pub countries: u32,
    pub ips: u32,
    pub devices: u32,
    /// Share of successful interactive sign-ins that met multifactor authentication (0–1),
    /// `None` when the user has no successful interactive sign-in.
    pub mfa_share: Option<f32>,
    pub last_ms: i64,
    /// Highest risk level seen (index into `schema::RISK`, 0 = none recorded).
    pub max_risk: u8,
}

/// The key that identifies a user across sign-ins: the UPN, else the display name, else
/// the service principal name.
pub fn user_key(ds: &Dataset, row: usize) -> &str {
    let t = &ds.signins.table;
    for f in [S::Upn, S::User, S::SpName, S::UserId] {
        let s = ds.strings.get(t.sym(f as usize, row));
        if !s.is_empty() {
            return s;
        }
    }
    ""
}

fn is_mfa(ds: &Dataset, row: usize) -> bool {
    let t = &ds.signins.table;
    let req = ds.strings.get(t.sym(S::AuthRequirement as usize, row)).to_ascii_lowercase();
    req.contains("multi") || !ds.strings.get(t.sym(S::MfaResult as usize, row)).is_empty()
}

/// The Users list over a sign-in selection, most sign-ins first.
pub fn users(ds: &Dataset, rows: &[u32]) -> Vec<UserRow> {
    struct Acc {
        name: String,
        row: UserRow,
        countries: BTreeSet<String>,
        ips: BTreeSet<String>,
        devices: BTreeSet<String>,
        mfa: (u32, u32),
    }
    let t = &ds.signins.table;
    let mut by: HashMap<String, Acc> = HashMap::new();
    for &r in rows {
        let r = r as usize;
        let key = user_key(ds, r);
        if key.is_empty() {
            continue;
        }
        let acc = by.entry(key.to_owned()).or_insert_with(|| Acc {
            name: String::new(),
            row: UserRow {
                upn: key.to_owned(),
                name: String::new(),
                signins: 0,
                successes: 0,
                failures: 0,
                interrupts: 0,
                countries: 0,
                ips: 0,
                devices: 0,
                mfa_share: None,
                last_ms: NO_TIME,
                max_risk: 0,
            },
            countries: BTreeSet::new(),
            ips: BTreeSet::new(),
            devices: BTreeSet::new(),
            mfa: (0, 0),
        });
        if acc.name.is_empty() {
            acc.name = ds.strings.get(t.sym(S::User as usize, r)).to_owned();
        }
        acc.row.signins += 1;
        let code = t.int(S::Code as usize, r);
        match (code != NO_INT).then(|| codes::class_of(code)) {
            Some(CodeClass::Success) => {
                acc.row.successes += 1;
                if t.enum_code(S::EventType as usize, r) <= 1 {
                    acc.mfa.1 += 1;
                    if is_mfa(ds, r) {
                        acc.mfa.0 += 1;
                    }
                }
            }
            Some(CodeClass::Failure) => acc.row.failures += 1,
            Some(CodeClass::Interrupt) => acc.row.interrupts += 1,
            None => {}
        }
        for (set, f) in [(&mut acc.countries, S::Country), (&mut acc.ips, S::Ip)] {
            let v = ds.strings.get(t.sym(f as usize, r));
            if !v.is_empty() {
                set.insert(v.to_owned());
            }
        }
        let dev = device_label(ds, r);
        if !dev.is_empty() {
            acc.devices.insert(dev);
        }
        acc.row.last_ms = acc.row.last_ms.max(t.time(S::Time as usize, r));
        let risk = t.enum_code(S::RiskDuring as usize, r).max(t.enum_code(S::RiskAggregated as usize, r));
        // RISK labels: none, low, medium, high, hidden — "hidden" is not a level.
        if risk <= 4 {
            acc.row.max_risk = acc.row.max_risk.max(risk);
        }
    }
    let mut out: Vec<UserRow> = by
        .into_values()
        .map(|a| {
            let mut row = a.row;
            row.name = a.name;
            row.countries = a.countries.len() as u32;
            row.ips = a.ips.len() as u32;
            row.devices = a.devices.len() as u32;
            row.mfa_share = (a.mfa.1 > 0).then(|| a.mfa.0 as f32 / a.mfa.1 as f32);
            row
        })
        .collect();
    out.sort_by(|a, b| b.signins.cmp(&a.signins).then_with(|| a.upn.cmp(&b.upn)));
    out
}

/// "Windows 11 · Edge 130" or the device id, for counting distinct devices.
pub fn device_label(ds: &Dataset, row: usize) -> String {
    let t = &ds.signins.table;
    let id = t.id(S::DeviceId as usize, row);
    if id != 0 {
        let name = ds.strings.get(t.sym(S::DeviceName as usize, row));
        return if name.is_empty() { crate::core::model::id::id_to_text(id, &ds.strings) } else { name.to_owned() };
    }
    let os = ds.strings.get(t.sym(S::Os as usize, row));
    let browser = ds.strings.get(t.sym(S::Browser as usize, row));
    match (os.is_empty(), browser.is_empty()) {
        (true, true) => String::new(),
        (false, true) => os.to_owned(),
        (true, false) => browser.to_owned(),
        _ => format!("{os} · {browser}"),
    }
}

/// One application in the Applications list.
#[derive(Clone, Debug, PartialEq)]
pub struct AppRow {
    pub app: String,
    pub app_id: String,
    pub signins: u32,
    pub failures: u32,
    pub users: u32,
    pub last_ms: i64,
}

/// The Applications list over a sign-in selection, most sign-ins first.
pub fn apps(ds: &Dataset, rows: &[u32]) -> Vec<AppRow> {
    let t = &ds.signins.table;
    let mut by: HashMap<String, (AppRow, BTreeSet<String>)> = HashMap::new();
    for &r in rows {
        let r = r as usize;
        let app = ds.strings.get(t.sym(S::App as usize, r));
        let (row, users) = by.entry(app.to_owned()).or_insert_with(|| {
            (
                AppRow {
                    app: app.to_owned(),
                    app_id: ds.strings.get(t.sym(S::AppId as usize, r)).to_owned(),
                    signins: 0,
                    failures: 0,
                    users: 0,
                    last_ms: NO_TIME,
                },
                BTreeSet::new(),
            )
        });
        row.signins += 1;
        let code = t.int(S::Code as usize, r);
        if code != NO_INT && codes::class_of(code) == CodeClass::Failure {
            row.failures += 1;
        }
        users.insert(user_key(ds, r).to_owned());
        row.last_ms = row.last_ms.max(t.time(S::Time as usize, r));
    }
    let mut out: Vec<AppRow> = by
        .into_values()
        .map(|(mut row, users)| {
            row.users = users.len() as u32;
            row
        })
        .collect();
    out.sort_by(|a, b| b.signins.cmp(&a.signins).then_with(|| a.app.cmp(&b.app)));
    out
}

/// One error code in the error-code view.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeRow {
    pub code: u32,
    pub class: CodeClass,
    pub count: u32,
    pub users: u32,
    pub first_ms: i64,
    pub last_ms: i64,
    /// Counts per time bin across the selection's time span.
    pub spark: Vec<u32>,
}

/// One row per error code in a sign-in selection (code 0 included), most frequent first.
pub fn error_codes(ds: &Dataset, rows: &[u32], bins: usize) -> Vec<CodeRow> {
    let t = &ds.signins.table;
    let times: Vec<i64> =
        rows.iter().map(|&r| t.time(S::Time as usize, r as usize)).filter(|x| *x != NO_TIME).collect();
    let (lo, hi) = (times.iter().copied().min().unwrap_or(0), times.iter().copied().max().unwrap_or(0));
    let span = (hi - lo).max(1) + 1;
    let bins = bins.max(1);
    let mut by: BTreeMap<u32, (CodeRow, BTreeSet<String>)> = BTreeMap::new();
    for &r in rows {
        let r = r as usize;
        let code = t.int(S::Code as usize, r);
        // 0 is success, not an error code.
        if code == NO_INT || code == 0 {
            continue;
        }
        let ts = t.time(S::Time as usize, r);
        let (row, users) = by.entry(code).or_insert_with(|| {
            (
                CodeRow {
                    code,
                    class: codes::class_of(code),
                    count: 0,
                    users: 0,
                    first_ms: i64::MAX,
                    last_ms: i64::MIN,
                    spark: vec![0; bins],
                },
                BTreeSet::new(),
            )
        });
        row.count += 1;
        users.insert(user_key(ds, r).to_owned());
        if ts != NO_TIME {
            row.first_ms = row.first_ms.min(ts);
            row.last_ms = row.last_ms.max(ts);
            let b = (((ts - lo) as i128 * bins as i128) / span as i128) as usize;
            if let Some(slot) = row.spark.get_mut(b.min(bins - 1)) {
                *slot += 1;
            }
        }
    }
    let mut out: Vec<CodeRow> = by
        .into_values()
        .map(|(mut row, users)| {
            row.users = users.len() as u32;
            if row.first_ms == i64::MAX {
                row.first_ms = NO_TIME;
                row.last_ms = NO_TIME;
            }
            row
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(&b.code)));
    out
}

/// A group seen in audit events.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupRow {
    pub name: String,
    pub id: String,
    pub members_added: u32,
    pub members_removed: u32,
    pub owner_changes: u32,
    pub other_changes: u32,
    pub last_ms: i64,
    /// Audit rows that touch this group.
    pub events: Vec<u32>,
}

/// Groups from audit events that target them (membership and ownership changes).
pub fn groups(ds: &Dataset, rows: &[u32]) -> Vec<GroupRow> {
    let t = &ds.audits.table;
    let mut by: BTreeMap<String, GroupRow> = BTreeMap::new();
    for &r in rows {
        let ri = r as usize;
        let activity = ds.strings.get(t.sym(A::Activity as usize, ri)).to_ascii_lowercase();
        for tg in ds.targets_of(ri) {
            if !ds.strings.get(tg.kind).eq_ignore_ascii_case("group") {
                continue;
            }
            let name = ds.strings.get(tg.name);
            let id = ds.strings.get(tg.id);
            let key = if name.is_empty() { id } else { name };
            let g = by.entry(key.to_owned()).or_insert_with(|| GroupRow {
                name: name.to_owned(),
                id: id.to_owned(),
                members_added: 0,
                members_removed: 0,
                owner_changes: 0,
                other_changes: 0,
                last_ms: NO_TIME,
                events: Vec::new(),
            });
            if activity.contains("owner") {
                g.owner_changes += 1;
            } else if activity.starts_with("add member") {
                g.members_added += 1;
            } else if activity.starts_with("remove member") {
                g.members_removed += 1;
            } else {
                g.other_changes += 1;
            }
            g.last_ms = g.last_ms.max(t.time(A::Time as usize, ri));
            if g.events.last() != Some(&r) {
                g.events.push(r);
            }
        }
    }
    let mut out: Vec<GroupRow> = by.into_values().collect();
    out.sort_by(|a, b| b.events.len().cmp(&a.events.len()).then_with(|| a.name.cmp(&b.name)));
    out
}

/// A user's profile: their records and their usual context.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub upn: String,
    pub name: String,
    /// Sign-in rows, newest first.
    pub signins: Vec<u32>,
    /// Audit rows where the user is the actor or a target, newest first.
    pub audits: Vec<u32>,
    pub countries: Vec<(String, u32)>,
    pub cities: Vec<(String, u32)>,
    pub devices: Vec<(String, u32)>,
    pub apps: Vec<(String, u32)>,
    pub ips: Vec<(String, u32)>,
    pub client_apps: Vec<(String, u32)>,
    /// Sign-ins per hour of the week (UTC), Monday 00:00 first.
    pub hours: Vec<u32>,
}

fn top(m: BTreeMap<String, u32>) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = m.into_iter().filter(|(k, _)| !k.is_empty()).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Everything about one user (by UPN, display name or service principal name).
pub fn profile(ds: &Dataset, user: &str) -> Profile {
    let t = &ds.signins.table;
    let mut p = Profile { upn: user.to_owned(), hours: vec![0; 24 * 7], ..Default::default() };
    let (mut countries, mut cities, mut devices, mut apps, mut ips, mut clients) =
        (BTreeMap::new(), BTreeMap::new(), BTreeMap::new(), BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    for r in 0..t.len() {
        if !user_key(ds, r).eq_ignore_ascii_case(user) {
            continue;
        }
        if p.name.is_empty() {
            p.name = ds.strings.get(t.sym(S::User as usize, r)).to_owned();
        }
        p.signins.push(r as u32);
        let g = |f: S| ds.strings.get(t.sym(f as usize, r)).to_owned();
        *countries.entry(g(S::Country)).or_insert(0) += 1;
        *cities.entry(g(S::Location)).or_insert(0) += 1;
        *apps.entry(g(S::App)).or_insert(0) += 1;
        *ips.entry(g(S::Ip)).or_insert(0) += 1;
        *clients.entry(g(S::ClientApp)).or_insert(0) += 1;
        *devices.entry(device_label(ds, r)).or_insert(0) += 1;
        let ts = t.time(S::Time as usize, r);
        if ts != NO_TIME {
            p.hours[(time::weekday(ts) * 24 + time::hour(ts)) as usize] += 1;
        }
    }
    p.signins.sort_by_key(|&r| std::cmp::Reverse(t.time(S::Time as usize, r as usize)));
    p.countries = top(countries);
    p.cities = top(cities);
    p.devices = top(devices);
    p.apps = top(apps);
    p.ips = top(ips);
    p.client_apps = top(clients);
    let at = &ds.audits.table;
    for r in 0..at.len() {
        let actor = ds.strings.get(at.sym(A::Actor as usize, r));
        let name = ds.strings.get(at.sym(A::ActorName as usize, r));
        let targeted = ds.targets_of(r).iter().any(|tg| {
            ds.strings.get(tg.upn).eq_ignore_ascii_case(user)
                || (!p.name.is_empty() && ds.strings.get(tg.name) == p.name)
        });
        if actor.eq_ignore_ascii_case(user) || (!p.name.is_empty() && name == p.name) || targeted {
            p.audits.push(r as u32);
        }
    }
    p.audits.sort_by_key(|&r| std::cmp::Reverse(at.time(A::Time as usize, r as usize)));
    p
}

/// First and last record time of `rows` (UTC ms), `None` when none has a time.
pub fn time_range(ds: &Dataset, log: crate::core::model::Log, rows: &[u32]) -> Option<(i64, i64)> {
    let table = log.table(ds);
    let col = log.time_col();
    let (mut lo, mut hi) = (i64::MAX, i64::MIN);
    for &r in rows {
        if (r as usize) < table.len() {
            let t = table.time(col, r as usize);
            if t != NO_TIME {
                lo = lo.min(t);
                hi = hi.max(t);
            }
        }
    }
    (lo <= hi).then_some((lo, hi))
}

/// The time aggregate of the portal's non-interactive sign-ins view.
pub const GROUP_HOURS: [u32; 3] = [1, 6, 24];

/// One row of the portal's aggregated sign-ins view: identical sign-ins (same user,
/// application, IP address, status and resource) within one time bucket, counted.
#[derive(Clone, Debug, PartialEq)]
pub struct SigninGroup {
    /// The bucket's start (UTC ms), or `NO_TIME` for sign-ins without a time.
    pub start_ms: i64,
    /// The latest sign-in of the group.
    pub last_ms: i64,
    pub user: String,
    pub app: String,
    pub ip: String,
    pub status: String,
    pub resource: String,
    /// The group's sign-ins, in selection order.
    pub rows: Vec<u32>,
}

/// Groups a sign-in selection as the portal's aggregated view does, with a time aggregate of
/// `hours` (1, 6 or 24): newest bucket first, then most sign-ins first.
pub fn signin_groups(ds: &Dataset, rows: &[u32], hours: u32) -> Vec<SigninGroup> {
    let t = &ds.signins.table;
    let span = i64::from(hours.max(1)) * 3_600_000;
    let user_sym = |r: usize| {
        [S::Upn, S::User, S::SpName, S::UserId]
            .iter()
            .map(|f| t.sym(*f as usize, r))
            .find(|s| !ds.strings.get(*s).is_empty())
            .map_or(0, |s| s.0)
    };
    let status = |r: usize| match t.col(S::Status as usize).value(r) {
        crate::core::model::column::Value::Enum(e) => e,
        _ => 0,
    };
    let mut index: HashMap<(i64, u32, u32, u32, u8, u32), usize> = HashMap::new();
    let mut out: Vec<SigninGroup> = Vec::new();
    for &r in rows {
        let ri = r as usize;
        let ts = t.time(S::Time as usize, ri);
        let start = if ts == NO_TIME { NO_TIME } else { ts.div_euclid(span) * span };
        let key = (
            start,
            user_sym(ri),
            t.sym(S::App as usize, ri).0,
            t.sym(S::Ip as usize, ri).0,
            status(ri),
            t.sym(S::Resource as usize, ri).0,
        );
        let i = *index.entry(key).or_insert_with(|| {
            let text = |f: S| crate::core::query::view::cell_text(t, f as usize, ri, &ds.strings, 0);
            out.push(SigninGroup {
                start_ms: start,
                last_ms: ts,
                user: user_key(ds, ri).to_owned(),
                app: text(S::App),
                ip: text(S::Ip),
                status: text(S::Status),
                resource: text(S::Resource),
                rows: Vec::new(),
            });
            out.len() - 1
        });
        let g = &mut out[i];
        g.last_ms = g.last_ms.max(ts);
        g.rows.push(r);
    }
    out.sort_by(|a, b| b.start_ms.cmp(&a.start_ms).then(b.rows.len().cmp(&a.rows.len())).then(a.user.cmp(&b.user)));
    out
}
