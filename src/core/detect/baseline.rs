//! Per-user baselines: what a user's sign-ins normally look like.
//!
//! [`baseline_for`] answers "what did this user do in the learning window before time T"
//! for the user-profile view; [`Profile`] is the same thing kept incrementally (add the
//! next row, drop rows that leave the window) for the deviation rule, so a run over 250,000
//! sign-ins stays linear. Places, networks, devices, client apps, apps and hours are learned
//! from **successful** sign-ins only (an attacker's failures must not make their network
//! familiar); the failure rate counts successes and failures (interrupts are steps, not
//! outcomes).

use hashbrown::HashMap;
use serde::Serialize;

use super::{
    DetectConfig,
    net::{parse_ip, prefix_text},
};
use crate::core::{
    codes::{self, CodeClass},
    model::intern::Sym,
    model::time,
    model::{Dataset, NO_INT, NO_TIME, SignInField as S},
};

const DAY_MS: i64 = 86_400_000;

/// The settings a baseline is learned with (from [`DetectConfig`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BaselineParams {
    pub learning_days: u32,
    pub min_history_signins: u32,
    pub min_history_days: u32,
    pub prefix_v4_bits: u8,
    pub prefix_v6_bits: u8,
    pub unusual_hour_margin_h: u32,
}

impl BaselineParams {
    pub fn from(cfg: &DetectConfig) -> Self {
        Self {
            learning_days: cfg.learning_days,
            min_history_signins: cfg.min_history_signins,
            min_history_days: cfg.min_history_days,
            prefix_v4_bits: cfg.prefix_v4_bits,
            prefix_v6_bits: cfg.prefix_v6_bits,
            unusual_hour_margin_h: cfg.unusual_hour_margin_h,
        }
    }

    /// "the user's successful sign-ins in the previous 14 days (≥ 10 on ≥ 2 days needed)".
    pub fn sentence(&self) -> String {
        format!(
            "baseline = the user's successful sign-ins in the previous {} days (≥ {} on ≥ {} days needed)",
            self.learning_days, self.min_history_signins, self.min_history_days
        )
    }
}

/// What a user's earlier sign-ins looked like.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct UserBaseline {
    /// The UPN asked for.
    pub user: String,
    /// The window: `[from_ms, before_ms)`.
    pub from_ms: i64,
    pub before_ms: i64,
    /// Sign-ins in the window (all outcomes).
    pub signins: u32,
    /// Successful sign-ins ("earlier successful sign-ins").
    pub successes: u32,
    pub failures: u32,
    pub interrupts: u32,
    /// failures / (successes + failures); 0 when there are none.
    pub failure_rate: f64,
    /// Distinct UTC days with a successful sign-in.
    pub days: u32,
    /// Enough history to judge deviations (see `min_history_signins` / `min_history_days`).
    pub enough_history: bool,
    /// Why deviations are not judged, when they are not.
    pub note: Option<String>,
    /// (country code, successful sign-ins), most first.
    pub countries: Vec<(String, u32)>,
    /// ("City, CC", n).
    pub cities: Vec<(String, u32)>,
    pub ips: Vec<(String, u32)>,
    /// Networks (/24 or /64 by default).
    pub prefixes: Vec<(String, u32)>,
    pub asns: Vec<(u32, u32)>,
    /// Devices: "device <id>" when the device is registered, else "OS / browser".
    pub devices: Vec<(String, u32)>,
    pub client_apps: Vec<(String, u32)>,
    pub apps: Vec<(String, u32)>,
    /// Successful sign-ins per UTC hour of week: index = weekday (0 = Monday) × 24 + hour.
    pub hour_of_week: Vec<u32>,
    /// First and last successful sign-in in the window (`i64::MIN` when none).
    pub first_ms: i64,
    pub last_ms: i64,
}

/// The keys a sign-in row contributes to a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RowKeys {
    pub country: Sym,
    /// City with its country (0 when no city).
    pub city: (Sym, Sym),
    /// The network (the deviation prefix) numbered densely for the run (`ctx::Ctx::row_net`);
    /// `ctx::NONE` when the IP cannot be read.
    pub net: u32,
    pub asn: u32,
    pub device: u64,
    pub client: Sym,
    pub app: Sym,
    pub hour: u8,
}

/// Computes [`RowKeys`] with a cache of browser families by symbol.
#[derive(Default)]
pub(crate) struct Keyer {
    /// Device ids numbered in the order first seen (a key is 64 bits, an id 128).
    devices: HashMap<u128, u32>,
    family: HashMap<Sym, u32>,
    families: Vec<String>,
    /// (subject, device id) → the device is the subject's own cloud PC
    /// ([`super::signin::cloud_pc`]), computed once per pair.
    cloud_pcs: HashMap<(u32, u128), bool>,
}

impl Keyer {
    /// The keys of sign-in `r`; its network comes from the context's per-address index (every
    /// address parsed once, not once per row).
    pub fn keys(&mut self, cx: &super::ctx::Ctx, r: usize) -> RowKeys {
        let ds = cx.ds;
        let t = &ds.signins.table;
        let net = cx.row_net.get(r).copied().unwrap_or(super::ctx::NONE);
        let dev_id = t.id(S::DeviceId as usize, r);
        let device = if dev_id != 0 {
            let next = self.devices.len() as u32;
            (1u64 << 63) | *self.devices.entry(dev_id).or_insert(next) as u64
        } else {
            let os = t.sym(S::Os as usize, r);
            let browser = t.sym(S::Browser as usize, r);
            let fam = match self.family.get(&browser) {
                Some(&f) => f,
                None => {
                    let f = family(ds.strings.get(browser));
                    let i = match self.families.iter().position(|x| *x == f) {
                        Some(i) => i as u32,
                        None => {
                            self.families.push(f);
                            self.families.len() as u32 - 1
                        }
                    };
                    self.family.insert(browser, i);
                    i
                }
            };
            ((os.0 as u64) << 24) | fam as u64
        };
        let ts = t.time(S::Time as usize, r);
        let asn = t.int(S::Asn as usize, r);
        // An in-flight or satellite network's place is its gateway's, a cloud PC's its region's
        // (the person is wherever they open it from): no country or city.
        let cloud_pc = dev_id != 0
            && super::lists::hosting_asn(asn)
            && *self.cloud_pcs.entry((cx.subj(r as u32), dev_id)).or_insert_with(|| {
                cx.subjects.get(cx.subj(r as u32) as usize).is_some_and(|s| super::signin::cloud_pc(cx, s, r as u32))
            });
        let (country, city) = if cloud_pc || super::signin::unplaced(cx, r as u32) {
            (Sym::EMPTY, Sym::EMPTY)
        } else {
            (t.sym(S::Country as usize, r), t.sym(S::City as usize, r))
        };
        RowKeys {
            country,
            city: (city, country),
            net,
            asn,
            device,
            client: t.sym(S::ClientApp as usize, r),
            app: t.sym(S::App as usize, r),
            hour: if ts == NO_TIME { 255 } else { time::hour(ts) as u8 },
        }
    }
}

/// A browser without its version: "Edge 130.0.0" → "edge", "Rich Client 5.2.4.0" → "rich client".
pub(crate) fn family(browser: &str) -> String {
    browser
        .split_whitespace()
        .filter(|w| !w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Which of a sign-in's values the window had not seen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Novelty {
    pub country: bool,
    pub city: bool,
    pub prefix: bool,
    pub asn: bool,
    pub device: bool,
    pub client: bool,
    pub app: bool,
    pub hour: bool,
}

/// Last time each key was seen in a successful sign-in.
#[derive(Debug)]
pub(crate) struct Seen<K: std::hash::Hash + Eq>(pub HashMap<K, i64>);

impl<K: std::hash::Hash + Eq> Default for Seen<K> {
    fn default() -> Self {
        Self(HashMap::new())
    }
}

impl<K: std::hash::Hash + Eq + Copy> Seen<K> {
    /// Records `k` at `ts` and tells whether it had been seen at or after `since` before.
    fn touch(&mut self, k: K, ts: i64, since: i64) -> bool {
        match self.0.get_mut(&k) {
            Some(t) => {
                let known = *t >= since;
                *t = ts;
                known
            }
            None => {
                self.0.insert(k, ts);
                false
            }
        }
    }

    /// Something was seen at or after `since`.
    fn any_since(&self, since: i64) -> bool {
        self.0.values().any(|&t| t >= since)
    }
}

/// A user's profile over a sliding window of earlier sign-ins, kept as "last seen" times so
/// that leaving the window costs nothing: a key is known when it was seen since the window
/// start. Counts (successes, days, failures) slide with two pointers.
#[derive(Debug)]
pub(crate) struct Profile {
    pub countries: Seen<Sym>,
    pub cities: Seen<(Sym, Sym)>,
    pub nets: Seen<u32>,
    pub asns: Seen<u32>,
    pub devices: Seen<u64>,
    pub clients: Seen<Sym>,
    pub apps: Seen<Sym>,
    hours: [i64; 24],
    /// Start of the learning window (set by [`Profile::advance`]).
    pub since: i64,
    ok: Vec<i64>,
    ok_lo: usize,
    /// (UTC day, last success that day).
    days: Vec<(i64, i64)>,
    days_lo: usize,
    fail: Vec<i64>,
    fail_lo: usize,
}

impl Default for Profile {
    fn default() -> Self {
        Self {
            countries: Seen::default(),
            cities: Seen::default(),
            nets: Seen::default(),
            asns: Seen::default(),
            devices: Seen::default(),
            clients: Seen::default(),
            apps: Seen::default(),
            hours: [i64::MIN; 24],
            since: i64::MIN,
            ok: Vec::new(),
            ok_lo: 0,
            days: Vec::new(),
            days_lo: 0,
            fail: Vec::new(),
            fail_lo: 0,
        }
    }
}

impl Profile {
    /// Moves the window to end at `t` (exclusive) and span `learn_ms`.
    pub fn advance(&mut self, t: i64, learn_ms: i64) {
        self.since = t.saturating_sub(learn_ms);
        while self.ok.get(self.ok_lo).is_some_and(|&x| x < self.since) {
            self.ok_lo += 1;
        }
        while self.days.get(self.days_lo).is_some_and(|&(_, last)| last < self.since) {
            self.days_lo += 1;
        }
        while self.fail.get(self.fail_lo).is_some_and(|&x| x < self.since) {
            self.fail_lo += 1;
        }
    }

    /// Learns a successful row's keys and says which of them were new to the window
    /// (one hash lookup per dimension; empty values are never new).
    pub fn learn(&mut self, k: &RowKeys, ts: i64, hour_margin: u32) -> Novelty {
        let since = self.since;
        let hour = self.unusual_hour(k.hour, hour_margin);
        // A country is new against a history that has places: one only ever on a cloud PC or at
        // sea (no place) has none to be new to.
        let placed = self.countries.any_since(since);
        let n = Novelty {
            country: !k.country.is_empty() && !self.countries.touch(k.country, ts, since) && placed,
            city: !k.city.0.is_empty() && !self.cities.touch(k.city, ts, since),
            prefix: k.net != super::ctx::NONE && !self.nets.touch(k.net, ts, since),
            asn: k.asn != NO_INT && !self.asns.touch(k.asn, ts, since),
            device: !self.devices.touch(k.device, ts, since),
            client: !k.client.is_empty() && !self.clients.touch(k.client, ts, since),
            app: !k.app.is_empty() && !self.apps.touch(k.app, ts, since),
            hour,
        };
        if let Some(h) = self.hours.get_mut(k.hour as usize) {
            *h = ts;
        }
        self.count_success(ts);
        n
    }

    /// Counts a success (for the failure rate and the history thresholds) without learning
    /// its keys.
    pub fn count_success(&mut self, ts: i64) {
        self.ok.push(ts);
        let day = ts.div_euclid(DAY_MS);
        match self.days.last_mut() {
            Some((d, last)) if *d == day => *last = ts,
            _ => self.days.push((day, ts)),
        }
    }

    /// Counts a failure.
    pub fn failure(&mut self, ts: i64) {
        self.fail.push(ts);
    }

    /// Successful sign-ins in the window.
    pub fn successes(&self) -> u32 {
        (self.ok.len() - self.ok_lo.min(self.ok.len())) as u32
    }

    /// Distinct days with a success in the window.
    pub fn days(&self) -> u32 {
        (self.days.len() - self.days_lo.min(self.days.len())) as u32
    }

    /// Enough history to judge deviations.
    pub fn enough(&self, cfg: &BaselineParams) -> bool {
        self.successes() >= cfg.min_history_signins && self.days() >= cfg.min_history_days
    }

    /// Baseline failure rate.
    pub fn failure_rate(&self) -> f64 {
        let f = (self.fail.len() - self.fail_lo.min(self.fail.len())) as u32;
        let n = self.successes() + f;
        if n == 0 { 0.0 } else { f as f64 / n as f64 }
    }

    /// True when no successful sign-in in the window fell within ± `margin` hours of `hour`.
    pub fn unusual_hour(&self, hour: u8, margin: u32) -> bool {
        if hour > 23 {
            return false;
        }
        let m = margin.min(11) as i32;
        (-m..=m).all(|d| self.hours[((hour as i32 + d).rem_euclid(24)) as usize] < self.since)
    }
}

/// The sign-in rows of `upn` (any case; the same identifier precedence as the rules), in
/// time order.
pub(crate) fn rows_of(ds: &Dataset, upn: &str) -> Vec<u32> {
    let key = upn.trim().to_lowercase();
    let t = &ds.signins.table;
    let fields = [S::Upn, S::SignInIdentifier, S::UserId, S::SpName, S::SpId, S::AppId, S::User];
    let mut cache: HashMap<(u8, Sym), bool> = HashMap::new();
    let mut rows = Vec::new();
    for r in 0..t.len() {
        for f in fields {
            let sym = t.sym(f as usize, r);
            if sym.is_empty() {
                continue;
            }
            let hit = *cache.entry((f as u8, sym)).or_insert_with(|| ds.strings.get(sym).trim().to_lowercase() == key);
            if hit {
                rows.push(r as u32);
            }
            break;
        }
    }
    rows.sort_by_key(|&r| (t.time(S::Time as usize, r as usize), r));
    rows
}

fn class_of_row(ds: &Dataset, r: usize) -> CodeClass {
    let t = &ds.signins.table;
    let code = t.int(S::Code as usize, r);
    if code == NO_INT {
        match t.enum_code(S::Status as usize, r) {
            2 => CodeClass::Failure,
            3 => CodeClass::Interrupt,
            _ => CodeClass::Success,
        }
    } else {
        codes::class_of(code)
    }
}

fn sorted<K: Ord + Clone>(m: HashMap<K, u32>) -> Vec<(K, u32)> {
    let mut v: Vec<(K, u32)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// The baseline of `upn` from its sign-ins in `[before_ms − learning_days, before_ms)`.
pub fn baseline_for(ds: &Dataset, upn: &str, before_ms: i64, cfg: &DetectConfig) -> UserBaseline {
    let cfg = &BaselineParams::from(cfg);
    let from_ms = before_ms.saturating_sub(cfg.learning_days as i64 * DAY_MS);
    let t = &ds.signins.table;
    let mut b = UserBaseline {
        user: upn.to_owned(),
        from_ms,
        before_ms,
        hour_of_week: vec![0; 168],
        first_ms: i64::MIN,
        last_ms: i64::MIN,
        ..Default::default()
    };
    let mut tally = Tally::default();
    for r in rows_of(ds, upn) {
        let r = r as usize;
        let ts = t.time(S::Time as usize, r);
        if ts == NO_TIME || ts < from_ms || ts >= before_ms {
            continue;
        }
        b.signins += 1;
        match class_of_row(ds, r) {
            CodeClass::Failure => b.failures += 1,
            CodeClass::Interrupt => b.interrupts += 1,
            CodeClass::Success => {
                b.successes += 1;
                if b.first_ms == i64::MIN {
                    b.first_ms = ts;
                }
                b.last_ms = ts;
                let how = time::weekday(ts) as usize * 24 + time::hour(ts) as usize;
                if let Some(h) = b.hour_of_week.get_mut(how) {
                    *h += 1;
                }
                tally.success(ds, cfg, r, ts);
            }
        }
    }
    let judged = b.successes + b.failures;
    b.failure_rate = if judged == 0 { 0.0 } else { b.failures as f64 / judged as f64 };
    b.days = tally.days.len() as u32;
    b.enough_history = b.successes >= cfg.min_history_signins && b.days >= cfg.min_history_days;
    if !b.enough_history {
        b.note = Some(format!(
            "{} earlier successful sign-ins on {} days in the {}-day learning window (deviations need ≥ {} on ≥ {} days); \
             deviations are not judged for this user",
            b.successes, b.days, cfg.learning_days, cfg.min_history_signins, cfg.min_history_days
        ));
    }
    tally.into(&mut b);
    b
}

/// What a user's successful sign-ins used, counted.
#[derive(Default)]
struct Tally {
    countries: HashMap<String, u32>,
    cities: HashMap<String, u32>,
    ips: HashMap<String, u32>,
    prefixes: HashMap<String, u32>,
    asns: HashMap<u32, u32>,
    devices: HashMap<String, u32>,
    clients: HashMap<String, u32>,
    apps: HashMap<String, u32>,
    days: hashbrown::HashSet<i64>,
}

impl Tally {
    fn success(&mut self, ds: &Dataset, cfg: &BaselineParams, r: usize, ts: i64) {
        let t = &ds.signins.table;
        let s = |f: S| ds.strings.get(t.sym(f as usize, r)).to_owned();
        let count = |m: &mut HashMap<String, u32>, k: String| {
            if !k.is_empty() {
                *m.entry(k).or_insert(0) += 1;
            }
        };
        self.days.insert(ts.div_euclid(DAY_MS));
        let (country, city) = (s(S::Country), s(S::City));
        count(&mut self.countries, country.clone());
        if !city.is_empty() {
            count(&mut self.cities, if country.is_empty() { city } else { format!("{city}, {country}") });
        }
        let ip = s(S::Ip);
        if let Some(p) = parse_ip(&ip) {
            count(&mut self.prefixes, prefix_text(p, cfg.prefix_v4_bits, cfg.prefix_v6_bits));
        }
        count(&mut self.ips, ip);
        let asn = t.int(S::Asn as usize, r);
        if asn != NO_INT {
            *self.asns.entry(asn).or_insert(0) += 1;
        }
        let dev = crate::core::model::id::id_to_text(t.id(S::DeviceId as usize, r), &ds.strings);
        let dev = if dev.is_empty() {
            let (os, br) = (s(S::Os), family(ds.strings.get(t.sym(S::Browser as usize, r))));
            format!(
                "{} / {}",
                if os.is_empty() { "unknown OS" } else { &os },
                if br.is_empty() { "unknown browser" } else { &br }
            )
        } else {
            format!("device {dev}")
        };
        count(&mut self.devices, dev);
        count(&mut self.clients, s(S::ClientApp));
        count(&mut self.apps, s(S::App));
    }

    fn into(self, b: &mut UserBaseline) {
        b.countries = sorted(self.countries);
        b.cities = sorted(self.cities);
        b.ips = sorted(self.ips);
        b.prefixes = sorted(self.prefixes);
        b.asns = sorted(self.asns);
        b.devices = sorted(self.devices);
        b.client_apps = sorted(self.clients);
        b.apps = sorted(self.apps);
    }
}
