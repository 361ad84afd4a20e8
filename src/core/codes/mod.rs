//! The AADSTS error-code table, compiled in as data (`aadsts.tsv`).
//!
//! Each code is classed as `success`, `interrupt` (an expected step of a sign-in, such as
//! an MFA prompt, 50074/50076, or the keep-me-signed-in question, 50140 — not a failure of
//! the user) or `failure`, and failures carry a likely `cause`. Meanings are condensed from
//! Microsoft's public error-code reference; the `advice` column is ours: what the code
//! usually means for an investigator. A test lints the table (unique ascending codes,
//! non-empty text, every code the demo tenant uses known).

use std::sync::LazyLock;

/// How a code counts in statistics and detections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeClass {
    Success,
    Interrupt,
    Failure,
}

impl CodeClass {
    /// Lower-case label.
    pub fn label(self) -> &'static str {
        match self {
            CodeClass::Success => "success",
            CodeClass::Interrupt => "interrupt",
            CodeClass::Failure => "failure",
        }
    }
}

/// One row of the table.
#[derive(Clone, Debug)]
pub struct CodeInfo {
    pub code: u32,
    pub class: CodeClass,
    /// `user`, `config`, `policy`, `attack`, `service`, `other`, or "" for success/interrupt.
    pub cause: &'static str,
    pub name: &'static str,
    /// The official meaning, condensed.
    pub meaning: &'static str,
    /// What it usually means for an investigator ("" for success).
    pub advice: &'static str,
}

static RAW: &str = include_str!("aadsts.tsv");

/// A problem in the table (reported by [`lint`]).
pub type LintProblem = String;

fn parse() -> (Vec<CodeInfo>, Vec<LintProblem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in RAW.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&'static str> = line.split('\t').collect();
        if cells.len() != 6 {
            problems.push(format!("line {}: {} cells, expected 6", n + 1, cells.len()));
            continue;
        }
        let Ok(code) = cells[0].parse::<u32>() else {
            problems.push(format!("line {}: code {:?} is not a number", n + 1, cells[0]));
            continue;
        };
        let class = match cells[1] {
            "success" => CodeClass::Success,
            "interrupt" => CodeClass::Interrupt,
            "failure" => CodeClass::Failure,
            other => {
                problems.push(format!("line {}: unknown class {other:?}", n + 1));
                continue;
            }
        };
        let dash = |s: &'static str| if s == "-" { "" } else { s };
        out.push(CodeInfo {
            code,
            class,
            cause: dash(cells[2]),
            name: cells[3],
            meaning: cells[4],
            advice: dash(cells[5]),
        });
    }
    (out, problems)
}

static TABLE: LazyLock<Vec<CodeInfo>> = LazyLock::new(|| parse().0);

/// Every code, ascending.
pub fn all() -> &'static [CodeInfo] {
    &TABLE
}

/// Looks a code up.
///
/// ```
/// use lantern::core::codes::{lookup, CodeClass};
/// assert_eq!(lookup(50126).unwrap().class, CodeClass::Failure);
/// assert_eq!(lookup(50074).unwrap().class, CodeClass::Interrupt);
/// assert!(lookup(1).is_none());
/// ```
pub fn lookup(code: u32) -> Option<&'static CodeInfo> {
    TABLE.binary_search_by_key(&code, |c| c.code).ok().map(|i| &TABLE[i])
}

/// Every code of a class, ascending.
pub fn of_class(class: CodeClass) -> Vec<u32> {
    TABLE.iter().filter(|c| c.class == class).map(|c| c.code).collect()
}

/// The class of a code; unknown non-zero codes count as failures.
pub fn class_of(code: u32) -> CodeClass {
    match lookup(code) {
        Some(c) => c.class,
        None if code == 0 => CodeClass::Success,
        None => CodeClass::Failure,
    }
}

/// Parses "AADSTS50126", "50126" or " 50126 " into a code.
pub fn parse_code(text: &str) -> Option<u32> {
    let t = text.trim();
    let t = t.strip_prefix("AADSTS").or_else(|| t.strip_prefix("aadsts")).unwrap_or(t);
    t.trim().parse().ok()
}

/// Checks the table: parse errors, unique ascending codes, non-empty text.
pub fn lint() -> Vec<LintProblem> {
    let (rows, mut problems) = parse();
    for w in rows.windows(2) {
        if w[0].code >= w[1].code {
            problems.push(format!("code {} is not in ascending order or is duplicated", w[1].code));
        }
    }
    for r in &rows {
        if r.name.trim().is_empty() || r.meaning.trim().is_empty() {
            problems.push(format!("code {} has an empty name or meaning", r.code));
        }
        if r.class != CodeClass::Success && r.advice.trim().is_empty() {
            problems.push(format!("code {} has no advice", r.code));
        }
        if r.class == CodeClass::Failure && r.cause.is_empty() {
            problems.push(format!("failure code {} has no cause", r.code));
        }
    }
    problems
}
