//! `guest_change`: external users invited from another domain, and guests turned into
//! members.

use hashbrown::{HashMap, HashSet};

use crate::core::{
    detect::{
        DetectConfig, Severity,
        ctx::ADOPTION_DAYS,
        signin::DAY_MS,
        audit::{actor, base, by, clean, detail, is, kql_source, prop, rows_where, success, target_users},
        ctx::Ctx,
        rule::{Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
    model::NO_TIME,
};

pub struct GuestChange;

/// This rule has no parameters.
pub struct Params;

impl Rule for GuestChange {
    type Params = Params;

    const META: Meta = Meta {
        id: RuleId::GuestChange,
        title: "Guest invited or turned into a member",
        description: "External users invited from another domain, and guest accounts converted to members.",
        mitre: &["T1136.003", "T1098"],
        severity: "Low for an invitation; Medium for an invitation by a guest account of an address outside the guest's own domain (Low when 2 guest accounts or more of that domain invited outsiders over days 3 or more apart in the loaded audit log: the partner's delegated work), and for a guest turned into a member",
        config: &[],
        reads: Reads::Audits,
        needs: Needs::Nothing,
        source: "Splunk external guest user invited and Sentinel non-redeemed invites (AU15)",
        lookback_days: 7,
    };

    fn params(_: &DetectConfig) -> Params {
        Params
    }

    fn thresholds(_: &Params) -> String {
        format!(
            "any successful invitation of an address outside the inviter's domain (Low; Medium when the inviter is a guest, #EXT#, \
             unless ≥ {PARTNER_INVITERS} guest accounts of the inviter's domain invited addresses outside it, the first and the last \
             invitation ≥ {ADOPTION_DAYS} calendar days apart); UserType Guest → Member (Medium)"
        )
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        invitations(cx, out);
        promotions(cx, out);
    }

    fn hunting(_: &Params, h: &mut Hunt) {
        h.audits();
        h.line(&kql_source("guest_invite", &[]));
        h.line("| extend InvitedUser = coalesce(tostring(AdditionalDetails[0].value), tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))\n| extend ActorDomain = tostring(split(Actor, \"@\")[1]), InvitedDomain = tostring(split(InvitedUser, \"@\")[1])\n| where ActorDomain != InvitedDomain\n| extend ByGuest = Actor has \"#EXT#\"\n// Lantern also makes a guest's invitation Low when 2 guest accounts or more of its own domain invited outsiders, the first\n// and the last invitation 3 calendar days apart or more (the partner's delegated work, not one account's burst).\n| extend Severity = iff(ByGuest, \"medium\", \"low\")\n| project TimeGenerated, Severity, Actor, ActorIp, InvitedUser, CorrelationId, Id\n| union (audits\n    | where OperationName =~ \"Update user\" and Result =~ \"success\"\n    | mv-apply Property = TargetResources[0].modifiedProperties on (where tostring(Property.displayName) =~ \"UserType\" | extend Old = tostring(Property.oldValue), New = tostring(Property.newValue))\n    | where Old has \"Guest\" and New has \"Member\"\n    | project TimeGenerated, Severity = \"medium\", Actor, ActorIp, InvitedUser = tostring(TargetResources[0].userPrincipalName), CorrelationId, Id)\n| sort by TimeGenerated desc");
    }
}

fn domain_of(s: &str) -> String {
    let s = s.trim().to_lowercase();
    // Guest UPNs: name_partner.example#EXT#@tenant → partner.example.
    if let Some(i) = s.find("#ext#") {
        return s[..i].rsplit('_').next().unwrap_or("").to_owned();
    }
    s.rsplit_once('@').map(|(_, d)| d.to_owned()).unwrap_or_default()
}

/// How many guest accounts of one partner organisation must invite outsiders (the first and the
/// last invitation [`ADOPTION_DAYS`] apart or more) for the invitations to be the partner's
/// delegated work ([`partner_routines`]).
const PARTNER_INVITERS: usize = 2;

/// The partner domains whose guests invite outsiders as their routine: [`PARTNER_INVITERS`] guest
/// accounts of the domain or more invited addresses outside it, the first and the last invitation
/// [`ADOPTION_DAYS`] calendar days apart or more (an outsourced service desk that onboards the
/// tenant's travel agents or contractors for it). A partner's account taken over at the partner
/// invites its outsiders in one burst, from one account. Untimed invitations count for the
/// accounts, not for the days.
fn partner_routines(cx: &Ctx, rows: &[(u32, String, String)]) -> HashMap<String, (usize, i64)> {
    let mut by: HashMap<String, (HashSet<String>, i64, i64)> = HashMap::new();
    for (r, who, invitee) in rows {
        let (da, di) = (domain_of(who), domain_of(invitee));
        if da.is_empty() || da == di || !who.to_lowercase().contains("#ext#") {
            continue;
        }
        let e = by.entry(da).or_insert_with(|| (HashSet::new(), i64::MAX, i64::MIN));
        e.0.insert(who.to_lowercase());
        let t = cx.at(*r);
        if t != NO_TIME {
            let day = t.div_euclid(DAY_MS);
            e.1 = e.1.min(day);
            e.2 = e.2.max(day);
        }
    }
    by.into_iter()
        .filter(|(_, (who, first, last))| who.len() >= PARTNER_INVITERS && *first != i64::MAX && last - first >= ADOPTION_DAYS)
        .map(|(d, (who, first, last))| (d, (who.len(), last - first + 1)))
        .collect()
}

fn invitations(cx: &Ctx, out: &mut Out) {
    let rows: Vec<(u32, String, String)> = rows_where(cx, |r, a| is("guest_invite", a) && success(cx, r))
        .into_iter()
        .map(|r| {
            let e = detail(cx, r, "invitedUserEmailAddress");
            let invitee = if e.is_empty() { target_users(cx, r).into_iter().next().unwrap_or_default() } else { e };
            (r, actor(cx, r), invitee)
        })
        .collect();
    let routines = partner_routines(cx, &rows);
    for (r, who, invitee) in rows {
        let (da, di) = (domain_of(&who), domain_of(&invitee));
        if !da.is_empty() && da == di {
            continue; // an address of the inviter's own organisation: not external
        }
        // A guest inviting someone outside their own organisation: a partner's account taken
        // over at the partner, bringing its own outsiders in (a guest's colleague from the same
        // partner domain is the collaboration guests are allowed to extend) — unless the
        // partner's guests do so as their routine.
        let by_guest = who.to_lowercase().contains("#ext#");
        let routine = by_guest.then(|| routines.get(&da).copied()).flatten();
        let sev = if by_guest && routine.is_none() { Severity::Medium } else { Severity::Low };
        let mut d = base(cx, &invitee, sev, r);
        d.title = format!("External user {} invited", if invitee.is_empty() { "(unknown)" } else { &invitee });
        d.why = format!(
            "{} invited the external user {invitee} at {}{}.",
            by(cx, r),
            hm(cx.at(r)),
            if let Some((accounts, days)) = routine {
                format!(
                    "; the inviter is itself a guest (of {da}), but {accounts} guest accounts of {da} invited outsiders over \
                     {days} days of the loaded audit log: the partner's delegated work (an outsourced service desk), so Low — \
                     one of them taken over would look the same: check the invitee"
                )
            } else if by_guest {
                format!(
                    "; the inviter is itself a guest (of {}), inviting an address outside its own organisation — how a \
                     partner's account taken over at the partner brings its own outsiders in",
                    if da.is_empty() { "another organisation" } else { &da }
                )
            } else {
                String::new()
            }
        );
        d.next_steps = "Check that a business reason exists; remove guests nobody asked for.".into();
        d.users = vec![invitee, who];
        out.add(cx, d);
    }
}

fn promotions(cx: &Ctx, out: &mut Out) {
    for r in rows_where(cx, |r, a| {
        success(cx, r)
            && a.contains("update user")
            && prop(cx, r, "UserType").is_some_and(|(o, n)| {
                clean(&o).eq_ignore_ascii_case("guest") && clean(&n).eq_ignore_ascii_case("member")
            })
    }) {
        let target = target_users(cx, r).into_iter().next().unwrap_or_default();
        let mut d = base(cx, &format!("member-{target}"), Severity::Medium, r);
        d.title = format!("Guest {target} turned into a member");
        d.why = format!("{} changed {target}'s user type from Guest to Member at {}.", by(cx, r), hm(cx.at(r)));
        d.next_steps = "Members see the whole directory; confirm the change was intended.".into();
        d.users = vec![target, actor(cx, r)];
        out.add(cx, d);
    }
}
