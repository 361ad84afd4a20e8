//! `guest_change`: external users invited from another domain, and guests turned into
//! members.

use crate::core::{
    detect::{
        DetectConfig, Severity,
        audit::{actor, base, by, clean, detail, is, kql_source, prop, rows_where, success, target_users},
        ctx::Ctx,
        rule::{Meta, Needs, Out, Reads, Rule},
        rules::RuleId,
        text::hm,
    },
    kql::hunt::Hunt,
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
        severity: "Low for an invitation; Medium for an invitation by a guest account of an address outside the guest's own domain, and for a guest turned into a member",
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
        "any successful invitation of an address outside the inviter's domain (Low; Medium when the inviter is a guest, #EXT#); \
         UserType Guest → Member (Medium)"
            .into()
    }

    fn run(_: &Params, cx: &Ctx, out: &mut Out) {
        invitations(cx, out);
        promotions(cx, out);
    }

    fn hunting(_: &Params, h: &mut Hunt) {
        h.audits();
        h.line(&kql_source("guest_invite", &[]));
        h.line("| extend InvitedUser = coalesce(tostring(AdditionalDetails[0].value), tostring(TargetResources[0].userPrincipalName), tostring(TargetResources[0].displayName))\n| extend ActorDomain = tostring(split(Actor, \"@\")[1]), InvitedDomain = tostring(split(InvitedUser, \"@\")[1])\n| where ActorDomain != InvitedDomain\n| extend ByGuest = Actor has \"#EXT#\"\n| extend Severity = iff(ByGuest, \"medium\", \"low\")\n| project TimeGenerated, Severity, Actor, ActorIp, InvitedUser, CorrelationId, Id\n| union (audits\n    | where OperationName =~ \"Update user\" and Result =~ \"success\"\n    | mv-apply Property = TargetResources[0].modifiedProperties on (where tostring(Property.displayName) =~ \"UserType\" | extend Old = tostring(Property.oldValue), New = tostring(Property.newValue))\n    | where Old has \"Guest\" and New has \"Member\"\n    | project TimeGenerated, Severity = \"medium\", Actor, ActorIp, InvitedUser = tostring(TargetResources[0].userPrincipalName), CorrelationId, Id)\n| sort by TimeGenerated desc");
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

fn invitations(cx: &Ctx, out: &mut Out) {
    for r in rows_where(cx, |r, a| is("guest_invite", a) && success(cx, r)) {
        let invitee = {
            let e = detail(cx, r, "invitedUserEmailAddress");
            if e.is_empty() { target_users(cx, r).into_iter().next().unwrap_or_default() } else { e }
        };
        let who = actor(cx, r);
        let (da, di) = (domain_of(&who), domain_of(&invitee));
        if !da.is_empty() && da == di {
            continue; // an address of the inviter's own organisation: not external
        }
        // A guest inviting someone outside their own organisation: a partner's account taken
        // over at the partner, bringing its own outsiders in (a guest's colleague from the same
        // partner domain is the collaboration guests are allowed to extend).
        let by_guest = who.to_lowercase().contains("#ext#");
        let sev = if by_guest { Severity::Medium } else { Severity::Low };
        let mut d = base(cx, &invitee, sev, r);
        d.title = format!("External user {} invited", if invitee.is_empty() { "(unknown)" } else { &invitee });
        d.why = format!(
            "{} invited the external user {invitee} at {}{}.",
            by(cx, r),
            hm(cx.at(r)),
            if by_guest {
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
