//! `device_code`: sign-ins through the device-code flow, the device-code phishing pattern.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::{Ctx, NONE, Subject},
        lists::{self, ClientKind},
        rule::{Allow, Draft, Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        signin::{
            DAY_MS, days_and_span, DEV_CLOUD_ASNS, device_code_protocol, device_code_row, distinct, episodes, managed_times, place, vouched,
        },
        text::{contains_ci, hm, list, plural},
    },
    kql::{hunt::Hunt, kql_string},
    model::{SignInField as S, intern::Sym},
};

pub struct DeviceCode;

pub struct Params {
    pub learning_days: u32,
    pub allow: Allow,
}

/// The Microsoft Authentication Broker (device registration; PRT phishing).
pub(crate) const BROKER_APP_ID: &str = "29d9ed98-a469-4536-ade2-f981bc1d605e";

impl Rule for DeviceCode {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::DeviceCode,
        title: "Device-code flow",
        description: "Authentication protocol deviceCode or transfer method deviceCodeFlow — the device-code phishing pattern; High with the Authentication Broker.",
        mitre: &["T1528", "T1566.002"],
        severity: "Low when none succeeded, when the user used device code from the same country in the learning window, when the user entered device codes to the episode's one app (not the Broker) from one country on 3 days or more (spanning 2 days) in the loaded logs (with the tokens refreshed from the same other country each of those days, when the episode's were), or when a developer logs in with device code to a Microsoft developer/admin tool they already use without it from the same country, or when every token refresh came from an address (or the same public cloud and country) where they ran the same tool without device code, or when every sign-in of the account in the loaded logs (on 3 days or more) came from the episode's one address, all others non-interactive (a meeting room's console, a kiosk), not through the Broker; Medium for a success or the Broker; High for a success with the Broker",
        config: &["learning_days", "allow_users", "allow_apps"],
        reads: Reads::SignIns,
        needs: Needs::TimeAndUser,
        source: "Splunk device code authentication and MAS device-code alerts (D2)",
        lookback_days: 1,
    };

    fn params(cfg: &DetectConfig) -> Params {
        Params { learning_days: cfg.learning_days, allow: Allow::none().users(cfg).apps(cfg) }
    }

    fn thresholds(p: &Params) -> String {
        format!(
            "authentication protocol deviceCode or original transfer method deviceCodeFlow; High when a success used the \
             Authentication Broker ({BROKER_APP_ID}); Low when the user had a device-code success from the same country \
             in the previous {} days (their pattern), or when every sign-in reached one of {} developer/admin clients and \
             the user signed in to that client from the same country without device code within {} days before or after, or when the user \
             entered device codes (protocol deviceCode) to the episode's one app (not the Broker) from one country on \
             ≥ {HABIT_DAYS} days spanning ≥ 2 days anywhere in the loaded logs, before or after it, the tokens refreshed from one other country on each of \
             those days when the episode's were (a habit), or when every \
             sign-in reached one developer/admin client (not the Broker) and every token refresh of the episode came from an \
             address where the user signed in to that client without device code (after it: with the transfer method \
             recorded), or from the same public cloud (AS {}) in the same country where they did (their own \
             machine), or when every sign-in of the account in the loaded logs came from the episode's one address, all \
             but the episode's non-interactive, with successes on ≥ {ONE_PLACE_DAYS} days spanning ≥ 2 days, and none of the episode through the Broker (a device that \
             lives there: a meeting room's console, a kiosk){}",
            p.learning_days,
            p.learning_days,
            lists::first_party().iter().filter(|c| c.2 == ClientKind::Tool).count(),
            DEV_CLOUD_ASNS.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", "),
            p.allow.sentence()
        )
    }

    fn run(p: &Params, cx: &Ctx, out: &mut Out) {
        let tools = lists::tool_ids();
        for s in cx.subjects.iter().filter(|s| !s.allowed) {
            let rows: Vec<u32> = s
                .rows
                .iter()
                .copied()
                .filter(|&r| {
                    !cx.app_ok(r) && device_code_row(cx, r)
                })
                .collect();
            let mut earlier: Vec<u32> = Vec::new();
            for ep in episodes(cx, &rows, DAY_MS) {
                let since = cx.st(ep[0]) - p.learning_days as i64 * DAY_MS;
                let routine = earlier
                    .iter()
                    .filter(|&&q| cx.st(q) >= since && cx.ok(q))
                    .find(|&&q| ep.iter().any(|&r| cx.sym(r, S::Country) == cx.sym(q, S::Country)))
                    .copied()
                    .map(Routine::DeviceCode)
                    .or_else(|| developer(cx, s, &tools, &ep, p.learning_days).map(Routine::Developer))
                    .or_else(|| habit(cx, &ep, &rows).map(|(days, entry)| Routine::Habit(days, entry)))
                    .or_else(|| tool_host(cx, s, &tools, &ep).map(Routine::ToolHost))
                    .or_else(|| at_desk(cx, &tools, &ep).then_some(Routine::AtDesk))
                    .or_else(|| one_place(cx, s, &ep).map(Routine::OnePlace));
                earlier.extend(ep.iter().copied());
                let d = episode(cx, s, ep, routine);
                out.add(cx, d);
            }
        }
    }

    fn hunting(p: &Params, h: &mut Hunt) {
        h.signins(&["LocationDetails"]);
        h.line(&format!(
            "// Lantern also makes Low an episode of an account whose every sign-in in the loaded logs came from the episode's one \
             address, with successes on ≥ {ONE_PLACE_DAYS} days (a meeting room's console, a kiosk; not through the Broker) — not \
             part of this query."
        ));
        let tools = lists::first_party()
            .into_iter()
            .filter(|c| c.2 == ClientKind::Tool)
            .map(|c| kql_string(c.0))
            .collect::<Vec<_>>()
            .join(", ");
        h.line(&format!(
            "let tools = dynamic([{tools}]);\n// The sessions a device code began: their refreshes are the flow's own tokens (the app reads the original transfer\n// method, which these tables do not have).\nlet codeSessions = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where AuthenticationProtocol =~ \"deviceCode\" and isnotempty(SessionId)\n    | distinct UserPrincipalName, SessionId;\nlet toolUse = union isfuzzy=true (SigninLogs | extend LocationDetails = todynamic(LocationDetails)),\n        (AADNonInteractiveUserSignInLogs | extend LocationDetails = todynamic(LocationDetails))\n    | where TimeGenerated between ((startTime - {0}d) .. (endTime + {0}d)) and ResultType == \"0\" and AppId in (tools) and AuthenticationProtocol !~ \"deviceCode\"\n    | join kind=leftanti codeSessions on UserPrincipalName, SessionId\n    | distinct UserPrincipalName, AppId, ToolCountry = tostring(LocationDetails.countryOrRegion);",
            p.learning_days
        ));
        let mut q = String::from("signins\n| where AuthenticationProtocol =~ \"deviceCode\"");
        for c in p.allow.signin_clauses() {
            q.push('\n');
            q.push_str(&c);
        }
        h.line(&format!(
            "let earlier = union isfuzzy=true (SigninLogs | extend LocationDetails = todynamic(LocationDetails)),\n        (AADNonInteractiveUserSignInLogs | extend LocationDetails = todynamic(LocationDetails))\n    | where TimeGenerated between ((startTime - {}d) .. startTime) and AuthenticationProtocol =~ \"deviceCode\" and ResultType == \"0\"\n    | summarize UsualCountries = make_set(tostring(LocationDetails.countryOrRegion), 20) by UserPrincipalName;",
            p.learning_days
        ));
        // A habit, as in the app: codes entered on HABIT_DAYS days or more spanning two, all to one
        // app from one country (the polls and refreshes may come from a box abroad), never through
        // the Broker (a lure is answered once).
        h.line(&format!(
            "let habit = signins\n    | where AuthenticationProtocol =~ \"deviceCode\"\n    | summarize CodeDays = dcountif(bin(TimeGenerated, 1d), ResultType == \"0\"), FirstCode = minif(TimeGenerated, ResultType == \"0\"), LastCode = maxif(TimeGenerated, ResultType == \"0\"),\n        HabitApps = dcount(AppId), HabitCountries = dcountif(tostring(LocationDetails.countryOrRegion), ResultType == \"0\"), HabitBroker = countif(AppId == \"{BROKER_APP_ID}\") by UserPrincipalName\n    | where CodeDays >= {HABIT_DAYS} and LastCode - FirstCode >= 2d and HabitApps == 1 and HabitCountries == 1 and HabitBroker == 0\n    | project UserPrincipalName, Habit = true;"
        ));
        // At the developer's desk, as in the app: every sign-in to a developer tool (not the
        // Broker) from where the user's own managed device signed in within 12 hours.
        h.desk_times(Some("AuthenticationProtocol =~ \"deviceCode\""), &lists::hosting_asns());
        // The code entry is logged from the victim's address even when a phisher redeems it: the
        // tool's token refreshes that day (non-interactive) must all be at the desk too.
        h.line(&format!(
            "let deskRefreshes = AADNonInteractiveUserSignInLogs\n    | where TimeGenerated between (startTime .. endTime) and ResultType == \"0\" and AppId in (tools)\n{}\n    | summarize Refreshes = count(), DeskRefreshes = countif(AtDesk) by UserPrincipalName, AppId, Day = bin(TimeGenerated, 1d);",
            Hunt::desk_line("UserPrincipalName", "IPAddress", "TimeGenerated")
        ));
        // The tokens stayed with the user's own machine, as in the app: every refresh of the tool
        // that day came from an address where the user ran it outside any device-code session
        // (stricter than the app, which also takes the same public cloud and country before the
        // episode; looser where a sign-in has no session id).
        h.line(
            "let toolHosts = union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n    | where ResultType == \"0\" and AppId in (tools) and AuthenticationProtocol !~ \"deviceCode\"\n    | join kind=leftanti codeSessions on UserPrincipalName, SessionId\n    | distinct UserPrincipalName, AppId, IPAddress\n    | extend KnownHost = true;\nlet hostRefreshes = AADNonInteractiveUserSignInLogs\n    | where TimeGenerated between (startTime .. endTime) and AppId in (tools) and AuthenticationProtocol !~ \"deviceCode\"\n    | lookup kind=leftouter toolHosts on UserPrincipalName, AppId, IPAddress\n    | summarize ToolRefreshes = count(), HostRefreshes = countif(KnownHost == true) by UserPrincipalName, AppId, Day = bin(TimeGenerated, 1d);",
        );
        h.line(&format!(
            "{q}\n| extend ViaBroker = AppId == \"{BROKER_APP_ID}\", Country = tostring(LocationDetails.countryOrRegion)\n{}\n| extend Day = bin(TimeGenerated, 1d)\n| join kind=leftouter deskRefreshes on UserPrincipalName, AppId, Day\n| extend DeskTool = AtDesk and AppId in (tools) and not(ViaBroker) and Refreshes > 0 and DeskRefreshes == Refreshes\n| lookup kind=leftouter hostRefreshes on UserPrincipalName, AppId, Day\n| extend HostTool = AppId in (tools) and not(ViaBroker) and ToolRefreshes > 0 and HostRefreshes == ToolRefreshes\n| join kind=leftouter habit on UserPrincipalName\n| join kind=leftouter earlier on UserPrincipalName\n| extend Routine = set_has_element(UsualCountries, Country)\n| join kind=leftouter toolUse on UserPrincipalName, AppId, $left.Country == $right.ToolCountry\n| extend DevTool = isnotempty(ToolCountry)\n| summarize SignIns = count(), Successes = countif(ResultType == \"0\"), BrokerSignIns = countif(ViaBroker), Routine = min(Routine), AllDevTools = min(DevTool), HabitRows = countif(Habit == true), DeskRows = countif(DeskTool), HostRows = countif(HostTool),\n    Apps = make_set(AppDisplayName, 10), Ips = make_set(IPAddress, 10),\n    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)\n    by UserPrincipalName, bin(TimeGenerated, 1d)\n| extend Developer = AllDevTools\n| extend Severity = case(Routine or Developer or HabitRows > 0 or DeskRows == SignIns or HostRows == SignIns or Successes == 0 and BrokerSignIns == 0, \"low\", Successes > 0 and BrokerSignIns > 0, \"high\", \"medium\")\n| sort by SignIns desc",
            Hunt::desk_line("UserPrincipalName", "IPAddress", "TimeGenerated")
        ));
    }
}

/// True when sign-in `r` went to the Microsoft Authentication Broker (by its app id or name).
fn via_broker(cx: &Ctx, r: u32) -> bool {
    cx.s(r, S::AppId).eq_ignore_ascii_case(BROKER_APP_ID) || contains_ci(cx.s(r, S::App), "Authentication Broker")
}

/// True when sign-in `r` reached one of the developer/admin `tools` ([`lists::tool_ids`]).
fn is_tool(cx: &Ctx, tools: &[String], r: u32) -> bool {
    tools.iter().any(|t| cx.s(r, S::AppId).trim().eq_ignore_ascii_case(t))
}

/// Why an episode is the user's own pattern.
#[derive(Clone, Copy)]
enum Routine {
    /// An earlier device-code success of the user from the same country in the learning window.
    DeviceCode(u32),
    /// Every sign-in reached one developer/admin tool, and this success (in the learning window,
    /// before or after) shows the user works with it without device code.
    Developer(u32),
    /// The episode itself is a habit: device-code successes on this many days, every one to
    /// one app from one country (a lure is answered once, not day after day).
    Habit(u32, u32),
    /// Every sign-in reached a developer/admin tool from an address where the user's own
    /// compliant or managed device signed in within 12 hours.
    AtDesk,
    /// The episode's tokens were used (refreshed) only from addresses where the user ran the
    /// same developer tool without device code; this is one such sign-in.
    ToolHost(u32),
    /// Every sign-in of the account, on this many days, came from the episode's one address.
    OnePlace(u32),
}

/// Days an account must sign in on, every time from one address, to be a device that lives
/// there ([`one_place`]).
const ONE_PLACE_DAYS: usize = 3;

/// A device that lives at one address (a meeting room's console, a kiosk): every sign-in of the
/// account in the loaded logs, successes on [`ONE_PLACE_DAYS`] days or more spanning two days,
/// came from the episode's one address, all but the episode's non-interactive (no person signs
/// in there; the console's refreshes after the code are there), and the episode's codes all to
/// one app, none through the Broker. A phished
/// person's tokens are then used from the attacker's address, which would show here; a person
/// signs in from more than one place.
fn one_place(cx: &Ctx, s: &Subject, ep: &[u32]) -> Option<u32> {
    let ip = cx.ip[*ep.first()? as usize];
    let event = |q: u32| cx.ds.signins.table.enum_code(S::EventType as usize, q as usize);
    // No person at the console: outside the episode, the account only refreshes tokens (an
    // export of interactive sign-ins alone would not show a phisher's use of them).
    let unattended = s.rows.iter().all(|&q| ep.contains(&q) || event(q) == 2) && s.rows.iter().any(|q| !ep.contains(q));
    let app = cx.sym(ep[0], S::AppId);
    if ip == NONE
        || !unattended
        || ep.iter().any(|&r| via_broker(cx, r) || cx.sym(r, S::AppId) != app)
        || !s.rows.iter().all(|&q| cx.ip[q as usize] == ip)
    {
        return None;
    }
    let times: Vec<i64> = s.rows.iter().filter(|&&q| cx.ok(q)).map(|&q| cx.st(q)).collect();
    let (days, span) = days_and_span(&times);
    (days >= ONE_PLACE_DAYS && span >= 2 * DAY_MS).then_some(days as u32)
}

/// Days on which a habit must show (device codes entered, to one app from one country).
const HABIT_DAYS: u32 = 3;

/// The number of days on which the user entered a device code (authentication protocol
/// deviceCode, succeeded) to the app of episode `ep` from the country they entered its codes
/// from, anywhere in the user's loaded device-code sign-ins `all`, when every sign-in of `ep`
/// reached that one app, not the Broker, and its codes were entered from that one country, and
/// those days are [`HABIT_DAYS`] or more spanning two days or more: a developer's daily
/// `az login --use-device-code`. When the episode's tokens were refreshed from one other country
/// (the developer's cloud box, abroad), only the days on which the refreshes came from that
/// country too count: the whole shape repeats, day after day. The whole loaded history counts,
/// the days after the episode too: when the logs begin with the habit, there is nothing before it
/// to judge by. A phished code is entered once; the attacker's hourly refreshes keep the original
/// transfer method deviceCodeFlow but not the protocol, so they do not make a habit.
fn habit(cx: &Ctx, ep: &[u32], all: &[u32]) -> Option<(u32, u32)> {
    let entry = |r: u32| cx.ok(r) && device_code_protocol(cx, r);
    let &first = ep.iter().find(|&&r| entry(r))?;
    let (app, country) = (cx.sym(first, S::AppId), cx.sym(first, S::Country));
    let one = ep.iter().all(|&r| cx.sym(r, S::AppId) == app && !via_broker(cx, r) && (!entry(r) || cx.sym(r, S::Country) == country));
    // Where the tokens were refreshed: the entries' country, or one other.
    let mut away = ep.iter().filter(|&&r| cx.ok(r) && !entry(r)).map(|&r| cx.sym(r, S::Country)).filter(|&c| c != country);
    let other = away.next();
    if !one || app.is_empty() || country.is_empty() || other.is_some_and(|c| c.is_empty() || away.any(|d| d != c)) {
        return None;
    }
    let on = |c, want_entry: bool| -> Vec<i64> {
        all.iter()
            .filter(|&&r| cx.ok(r) && cx.sym(r, S::AppId) == app && cx.sym(r, S::Country) == c && entry(r) == want_entry)
            .map(|&r| cx.st(r))
            .collect()
    };
    let mut entered = on(country, true);
    if let Some(c) = other {
        let refreshed: hashbrown::HashSet<i64> = on(c, false).iter().map(|t| t.div_euclid(DAY_MS)).collect();
        entered.retain(|t| refreshed.contains(&t.div_euclid(DAY_MS)));
    }
    let (days, span) = days_and_span(&entered);
    (days as u32 >= HABIT_DAYS && span >= 2 * DAY_MS).then_some((days as u32, first))
}

/// True when `ep` has a token refresh (a sign-in of the flow that is not the code entry) and
/// every sign-in of `ep` (the codes entered and the tokens refreshed) reached one of
/// the developer/admin `tools`, none the Broker, and came from an address where the same user
/// signed in on a compliant or managed device, without device code, within 12 hours: a developer
/// at their desk. When a phished code's tokens are refreshed by the attacker, those sign-ins come
/// from the attacker's address, where the user's device never was.
fn at_desk(cx: &Ctx, tools: &[String], ep: &[u32]) -> bool {
    let tool = |r: u32| is_tool(cx, tools, r);
    let code = |q: u32| device_code_row(cx, q);
    // The code entry is logged from the victim's own address even when a phisher redeems it;
    // only the refreshes show who holds the tokens, so without one there is nothing to vouch for.
    let refreshed = ep.iter().any(|&r| !device_code_protocol(cx, r));
    let mut times: hashbrown::HashMap<u32, Vec<i64>> = hashbrown::HashMap::new();
    refreshed && ep.iter().all(|&r| {
        tool(r)
            && !via_broker(cx, r)
            && vouched(times.entry(cx.ip[r as usize]).or_insert_with(|| managed_times(cx, r, code)), cx.st(r))
    })
}

/// A sign-in showing that the episode's tokens stayed with the user's own machine, when every
/// sign-in of `ep` reached one developer/admin tool (not the Broker), `ep` has token refreshes
/// (sign-ins that are not the code entry), and every refresh came from an address where the same
/// user signed in successfully to the same tool without device code (neither the protocol nor the
/// original transfer method) — or from the same public cloud ([`DEV_CLOUD_ASNS`], not a VPN or
/// relay) in the same country: `az login --use-device-code` typed on the
/// developer's own cloud VM, codespace or dev box (which gets a new address from its cloud each
/// day), the code entered on their laptop. The code entry is logged from the victim's address even
/// when a phisher redeems it, so it vouches for nothing; a phisher refreshes from their own
/// address, where the user never ran the tool another way. A use after the episode's start counts
/// only when its transfer method is recorded (so it is known not to be the flow's own token).
fn tool_host(cx: &Ctx, s: &Subject, tools: &[String], ep: &[u32]) -> Option<u32> {
    let app = cx.sym(*ep.first()?, S::AppId);
    let tool = |r: u32| is_tool(cx, tools, r);
    let one = ep.iter().all(|&r| tool(r) && cx.sym(r, S::AppId) == app && !via_broker(cx, r));
    let refreshes: Vec<u32> = ep.iter().copied().filter(|&r| !device_code_protocol(cx, r)).collect();
    if !one || refreshes.is_empty() {
        return None;
    }
    let start = cx.st(ep[0]);
    let cloud = |asn: u32| DEV_CLOUD_ASNS.contains(&asn);
    // The user's uses of the tool without device code, by address, and by cloud and country.
    let mut by_ip: hashbrown::HashMap<u32, u32> = hashbrown::HashMap::new();
    let mut by_cloud: hashbrown::HashMap<(u32, Sym), u32> = hashbrown::HashMap::new();
    for &q in &s.rows {
        let before = cx.st(q) < start;
        if !cx.ok(q) || cx.sym(q, S::AppId) != app || device_code_row(cx, q) {
            continue;
        }
        if !before && cx.s(q, S::TransferMethod).trim().is_empty() {
            continue;
        }
        if cx.ip[q as usize] != NONE {
            by_ip.entry(cx.ip[q as usize]).or_insert(q);
        }
        if cloud(cx.asn(q)) && !cx.sym(q, S::Country).is_empty() {
            by_cloud.entry((cx.asn(q), cx.sym(q, S::Country))).or_insert(q);
        }
    }
    let mut witness = None;
    for &r in &refreshes {
        let ip = cx.ip[r as usize];
        if ip == NONE {
            return None;
        }
        let seen = by_ip.get(&ip).or_else(|| by_cloud.get(&(cx.asn(r), cx.sym(r, S::Country))))?;
        witness.get_or_insert(*seen);
    }
    witness
}

/// A success of the user through the episode's developer/admin tool without device code, from
/// its country, within the learning window before or after the episode, when every sign-in of
/// `ep` reached that one tool from that one country. After counts as well as before: whether the
/// user works with the tool does not depend on where the loaded logs happen to begin, and a
/// phisher's refreshes keep the original transfer method, so they never vouch for themselves —
/// which is why a use after the episode's start counts only when its transfer method is recorded.
fn developer(cx: &Ctx, s: &Subject, tools: &[String], ep: &[u32], learning_days: u32) -> Option<u32> {
    let tool = |r: u32| is_tool(cx, tools, r);
    let (app, country) = (cx.sym(ep[0], S::AppId), cx.sym(ep[0], S::Country));
    // One tool from one country: an attacker picks the client id, and phishes from elsewhere.
    if !ep.iter().all(|&r| tool(r) && cx.sym(r, S::AppId) == app && cx.sym(r, S::Country) == country) {
        return None;
    }
    let (start, end) = (cx.st(ep[0]), cx.st(ep[ep.len() - 1]));
    let window = learning_days as i64 * DAY_MS;
    s.rows.iter().copied().find(|&q| {
        let t = cx.st(q);
        t >= start - window
            && t <= end + window
            && (t < start || !cx.s(q, S::TransferMethod).trim().is_empty())
            && cx.ok(q)
            && cx.sym(q, S::AppId) == app
            && cx.sym(q, S::Country) == country
            && !device_code_row(cx, q)
    })
}

/// "No device-code sign-in before", and how far back the loaded sign-ins reach when that is
/// less than the learning window (then it is not known whether this is the user's routine).
fn first_time(cx: &Ctx, r: u32) -> String {
    let start = cx.by_time.first().map_or(cx.st(r), |&q| cx.st(q));
    let days = (cx.st(r) - start).div_euclid(DAY_MS);
    if days < cx.cfg.learning_days as i64 {
        format!(
            "; the user had no device-code sign-in before in the loaded logs, which begin {} before it — fewer than \
             the {} days that would show whether this is their routine",
            plural(days as usize, "day", "days"),
            cx.cfg.learning_days
        )
    } else {
        "; the user had no device-code sign-in before in the loaded logs".to_owned()
    }
}

/// One episode of device-code sign-ins, and whether it is the user's routine.
fn episode(cx: &Ctx, s: &Subject, ep: Vec<u32>, routine: Option<Routine>) -> Draft {
    let ok = ep.iter().any(|&r| cx.ok(r));
    let broker = ep.iter().any(|&r| via_broker(cx, r));
    let sev = match (ok, broker, routine.is_some()) {
        (_, _, true) | (false, false, _) => Severity::Low,
        (true, true, false) => Severity::High,
        (true, false, false) | (false, true, false) => Severity::Medium,
    };
    let mut d = Draft::new(s.name.clone(), sev);
    d.title = format!("Device-code sign-in for {}", s.name);
    d.why = format!(
        "{} device-code flow sign-ins by {} to {} between {} and {} from {} ({}); {}{}{}.",
        ep.len(),
        s.name,
        list(&distinct(cx, &ep, S::App), 3),
        hm(cx.st(ep[0])),
        hm(cx.st(ep[ep.len() - 1])),
        list(&distinct(cx, &ep, S::Ip), 3),
        place(cx, ep[0]),
        if ok { "the sign-in succeeded" } else { "none succeeded" },
        if broker { "; the client is the Microsoft Authentication Broker (device registration / PRT phishing)" } else { "" },
        match routine {
            Some(Routine::DeviceCode(q)) => format!(
                "; the user's pattern: they already signed in with device code from {} at {}",
                place(cx, q),
                hm(cx.st(q))
            ),
            Some(Routine::Developer(q)) => format!(
                "; a developer's login: they also use {} without device code ({}, {}), so Low",
                cx.s(q, S::App),
                place(cx, q),
                hm(cx.st(q))
            ),
            Some(Routine::AtDesk) => "; a developer at their desk: every code was entered, and every token refreshed, \
                 to a developer tool from an address where the user's own compliant or managed device signed in within 12 \
                 hours, so Low"
                .to_owned(),
            Some(Routine::ToolHost(q)) => format!(
                "; the tokens stayed with the user's own machine: every refresh came from an address (or the same public \
                 cloud in the same country) where they also use {} without device code ({}, {}), so Low",
                cx.s(q, S::App),
                cx.s(q, S::Ip),
                hm(cx.st(q))
            ),
            Some(Routine::Habit(days, entry)) => format!(
                "; a habit, not a lure: in the loaded logs the user entered device codes on {days} days to this app from \
                 {}, so Low",
                place(cx, entry)
            ),
            Some(Routine::OnePlace(days)) => format!(
                "; a device that lives in one place: every sign-in of this account in the loaded logs, on {days} days, came \
                 from this address (a meeting room's console or a kiosk signs in with a code; a phished person's tokens \
                 would be used from elsewhere), so Low"
            ),
            None => first_time(cx, ep[0]),
        }
    );
    d.next_steps = "Ask the user whether they entered a code on microsoft.com/devicelogin; if not, revoke sessions, remove \
                    any device registered afterwards, and block device-code flow with Conditional Access."
        .into();
    d.users = vec![s.name.clone()];
    d.ips = distinct(cx, &ep, S::Ip);
    d.signins = ep;
    d
}
