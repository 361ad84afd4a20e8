//! Coverage against the field's reference: Microsoft Sentinel's *Microsoft Entra ID* analytic
//! rules and Entra ID Protection's risk detections, each mapped to the Lantern rules that
//! evaluate it on exported logs, or why it cannot be (`coverage.tsv`, data). The README's
//! table is [`markdown`], checked by a test; `lantern coverage` prints it.

use super::rules::RuleId;

/// One reference detection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// `sentinel` or `idp`.
    pub source: &'static str,
    pub name: &'static str,
    /// The Sentinel rule id, or the risk event type.
    pub id: &'static str,
    pub verdict: Verdict,
    pub rules: Vec<RuleId>,
    pub reason: &'static str,
}

/// How far Lantern covers a reference detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Covered,
    Partial,
    /// Microsoft's own verdict, shown through `risky_signin` when the export carries it.
    ViaRisk,
    /// The data is in the exports; no Lantern rule evaluates it yet.
    NotCovered,
    NotFromExports,
    OutOfScope,
}

impl Verdict {
    pub fn parse(s: &str) -> Option<Verdict> {
        Some(match s {
            "covered" => Verdict::Covered,
            "partial" => Verdict::Partial,
            "via_risk" => Verdict::ViaRisk,
            "not_covered" => Verdict::NotCovered,
            "not_from_exports" => Verdict::NotFromExports,
            "out_of_scope" => Verdict::OutOfScope,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Covered => "covered",
            Verdict::Partial => "partly",
            Verdict::ViaRisk => "Microsoft's verdict shown",
            Verdict::NotCovered => "not yet",
            Verdict::NotFromExports => "not from exports",
            Verdict::OutOfScope => "out of scope",
        }
    }
}

/// The table, or the first malformed line (line number and why).
pub fn rows() -> Result<Vec<Row>, String> {
    let mut out = Vec::new();
    let text = include_str!("coverage.tsv");
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() != 6 {
            return Err(format!("coverage.tsv line {}: {} cells, expected 6", n + 1, c.len()));
        }
        let verdict =
            Verdict::parse(c[3]).ok_or_else(|| format!("coverage.tsv line {}: unknown verdict {:?}", n + 1, c[3]))?;
        let mut rules = Vec::new();
        for r in c[4].split(',').map(str::trim).filter(|r| !r.is_empty()) {
            rules.push(RuleId::parse(r).ok_or_else(|| format!("coverage.tsv line {}: unknown rule {r:?}", n + 1))?);
        }
        if matches!(verdict, Verdict::Covered | Verdict::Partial) && rules.is_empty() {
            return Err(format!("coverage.tsv line {}: {:?} names no rule", n + 1, c[3]));
        }
        out.push(Row { source: c[0], name: c[1], id: c[2], verdict, rules, reason: c[5] });
    }
    Ok(out)
}

/// The README's coverage section: counts, then one table per source.
pub fn markdown() -> String {
    let rows = rows().unwrap_or_default();
    let mut s = String::new();
    for (source, title) in [
        ("sentinel", "Microsoft Sentinel — *Microsoft Entra ID* analytic rules"),
        ("idp", "Entra ID Protection risk detections"),
    ] {
        let of: Vec<&Row> = rows.iter().filter(|r| r.source == source).collect();
        let mut counts: Vec<(Verdict, usize)> = Vec::new();
        for r in &of {
            match counts.iter_mut().find(|(v, _)| *v == r.verdict) {
                Some((_, n)) => *n += 1,
                None => counts.push((r.verdict, 1)),
            }
        }
        counts.sort();
        let summary: Vec<String> = counts.iter().map(|(v, n)| format!("{n} {}", v.label())).collect();
        s.push_str(&format!("**{title}** ({}: {}).\n\n", of.len(), summary.join(", ")));
        s.push_str("| Detection | Lantern | Rules | Note |\n|---|---|---|---|\n");
        for r in of {
            let rules: Vec<String> = r.rules.iter().map(|id| format!("`{id}`")).collect();
            s.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                cell(r.name),
                r.verdict.label(),
                rules.join(", "),
                cell(r.reason)
            ));
        }
        s.push('\n');
    }
    s
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}
