//! A small KQL checker for the tests: balanced brackets and quotes, only known tables, and
//! every column a query names present in `tables.tsv` (Microsoft's reference). Microsoft's
//! own parser (`tests/kql/check.cjs`) checks the same queries more deeply in `make test`.

use std::collections::BTreeSet;

use super::tables;

/// KQL words that are not columns: operators, keywords, types, literals.
const KEYWORDS: &[&str] = &[
    "let",
    "union",
    "isfuzzy",
    "kind",
    "where",
    "summarize",
    "by",
    "extend",
    "project",
    "project-away",
    "project-rename",
    "project-keep",
    "project-reorder",
    "sort",
    "order",
    "asc",
    "desc",
    "nulls",
    "first",
    "last",
    "take",
    "limit",
    "top",
    "distinct",
    "join",
    "lookup",
    "on",
    "inner",
    "innerunique",
    "leftanti",
    "leftouter",
    "leftsemi",
    "rightanti",
    "rightouter",
    "fullouter",
    "mv-expand",
    "mv-apply",
    "to",
    "typeof",
    "string",
    "long",
    "int",
    "real",
    "bool",
    "datetime",
    "timespan",
    "dynamic",
    "guid",
    "true",
    "false",
    "and",
    "or",
    "in",
    "has",
    "has_cs",
    "has_any",
    "has_all",
    "contains",
    "contains_cs",
    "startswith",
    "endswith",
    "hasprefix",
    "hassuffix",
    "matches",
    "regex",
    "between",
    "serialize",
    "search",
    "as",
    "null",
    "with_itemindex",
    "inf",
];

/// Functions the generated queries may call.
const FUNCTIONS: &[&str] = &[
    "count",
    "countif",
    "dcount",
    "dcountif",
    "sum",
    "sumif",
    "min",
    "max",
    "minif",
    "maxif",
    "avg",
    "make_set",
    "make_set_if",
    "make_list",
    "make_list_if",
    "take_any",
    "take_anyif",
    "arg_max",
    "arg_min",
    "tostring",
    "toint",
    "tolong",
    "toreal",
    "todouble",
    "todynamic",
    "todatetime",
    "tolower",
    "toupper",
    "strcat",
    "strcat_array",
    "strlen",
    "substring",
    "split",
    "trim",
    "trim_start",
    "trim_end",
    "replace_regex",
    "extract",
    "extract_all",
    "iff",
    "iif",
    "case",
    "coalesce",
    "isempty",
    "isnotempty",
    "isnull",
    "isnotnull",
    "array_length",
    "pack_array",
    "bag_pack",
    "bin",
    "ago",
    "now",
    "datetime",
    "dynamic",
    "ipv4_is_in_range",
    "ipv6_is_in_range",
    "column_ifexists",
    "geo_distance_2points",
    "prev",
    "next",
    "not",
    "round",
    "real",
    "bool",
    "long",
    "int",
    "string",
    "typeof",
    "parse_json",
    "set_has_element",
    "set_difference",
    "set_union",
    "array_index_of",
    "format_datetime",
    "hourofday",
    "dayofweek",
    "startofday",
    "abs",
    "format_ipv4_mask",
    "parse_ipv6_mask",
    "ipv4_is_in_any_range",
    "ipv6_is_in_any_range",
    "max_of",
    "min_of",
    "toscalar",
    "hash",
    "tobool",
];

#[derive(Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

fn tokenize(q: &str, problems: &mut Vec<String>) -> Vec<Tok> {
    const HYPHENATED: &[&str] =
        &["mv-expand", "mv-apply", "project-away", "project-rename", "project-keep", "project-reorder"];
    let b: Vec<char> = q.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '"' || c == '\'' || (c == '@' && matches!(b.get(i + 1), Some('"' | '\''))) {
            let verbatim = c == '@';
            if verbatim {
                i += 1;
            }
            let quote = b[i];
            i += 1;
            let mut s = String::new();
            let mut closed = false;
            while i < b.len() {
                let d = b[i];
                if d == '\n' {
                    problems.push(format!("line {line}: newline inside a string literal"));
                    break;
                }
                if verbatim {
                    if d == quote {
                        if b.get(i + 1) == Some(&quote) {
                            s.push(quote);
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i += 1;
                        break;
                    }
                } else if d == '\\' {
                    match b.get(i + 1) {
                        Some(e @ ('\\' | '"' | '\'' | 't' | 'n' | 'r')) => {
                            s.push(*e);
                            i += 2;
                            continue;
                        }
                        other => {
                            problems.push(format!(
                                "line {line}: unknown escape \\{}",
                                other.map(|c| c.to_string()).unwrap_or_default()
                            ));
                            i += 1;
                            continue;
                        }
                    }
                } else if d == quote {
                    closed = true;
                    i += 1;
                    break;
                }
                s.push(d);
                i += 1;
            }
            if !closed {
                problems.push(format!("line {line}: unterminated string literal"));
            }
            out.push(Tok::Str(s));
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '_' || b[i] == '.') {
                i += 1;
            }
        } else if c == '$' {
            // $left / $right
            i += 1;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '_') {
                i += 1;
            }
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            let mut word: String = b[start..i].iter().collect();
            if b.get(i) == Some(&'-') {
                for h in HYPHENATED {
                    let hw: Vec<char> = h.chars().collect();
                    if b.len() >= start + hw.len() && b[start..start + hw.len()] == hw[..] {
                        i = start + hw.len();
                        word = (*h).to_owned();
                        break;
                    }
                }
            }
            out.push(Tok::Ident(word));
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

/// Checks a query: balanced `()[]{}`, closed string literals, at least one known table
/// and no unknown one, every function known, and every other identifier either a column
/// of the tables it reads (see [`tables`]), a name the query defines (`let`, `x = …`), or
/// a KQL keyword. Property names after `.` are not checked. Returns the problems found.
pub fn lint(query: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let toks = tokenize(query, &mut problems);
    // Brackets.
    let mut stack = Vec::new();
    for t in &toks {
        if let Tok::Punct(c) = t {
            match c {
                '(' | '[' | '{' => stack.push(*c),
                ')' | ']' | '}' => {
                    let open = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    if stack.pop() != Some(open) {
                        problems.push(format!("unbalanced '{c}'"));
                    }
                }
                _ => {}
            }
        }
    }
    if !stack.is_empty() {
        problems.push(format!("unclosed {:?}", stack));
    }
    // Names the query defines.
    let mut defined: BTreeSet<String> = BTreeSet::new();
    for (k, t) in toks.iter().enumerate() {
        if let Tok::Ident(w) = t {
            let next = toks.get(k + 1);
            let after = toks.get(k + 2);
            let assign = matches!(next, Some(Tok::Punct('='))) && !matches!(after, Some(Tok::Punct('=' | '~')));
            let let_name = k > 0 && matches!(toks.get(k - 1), Some(Tok::Ident(l)) if l == "let");
            if assign || let_name {
                defined.insert(w.clone());
            }
        }
    }
    // Tables.
    let read: Vec<&(&str, Vec<super::Column>)> =
        tables().iter().filter(|(t, _)| toks.iter().any(|x| matches!(x, Tok::Ident(w) if w == t))).collect();
    if read.is_empty() {
        problems.push("no known table (SigninLogs, AADNonInteractiveUserSignInLogs, AuditLogs)".into());
    }
    let columns: BTreeSet<&str> = read.iter().flat_map(|(_, c)| c.iter().map(|c| c.name)).collect();
    for (k, t) in toks.iter().enumerate() {
        match t {
            Tok::Ident(w) => {
                if k > 0 && matches!(toks.get(k - 1), Some(Tok::Punct('.'))) {
                    continue; // a property path
                }
                let call = matches!(toks.get(k + 1), Some(Tok::Punct('(')));
                if tables().iter().any(|(t, _)| t == w) || defined.contains(w) {
                    continue;
                }
                if call {
                    if !FUNCTIONS.contains(&w.as_str()) && !KEYWORDS.contains(&w.as_str()) {
                        problems.push(format!("unknown function {w}()"));
                    }
                    continue;
                }
                if KEYWORDS.contains(&w.as_str()) {
                    continue;
                }
                if !columns.contains(w.as_str()) {
                    problems.push(format!("unknown column or table {w}"));
                }
            }
            Tok::Str(s) => {
                // column_ifexists("Name", …) must still name a real column.
                let is_arg = k >= 2
                    && matches!(toks.get(k - 1), Some(Tok::Punct('(')))
                    && matches!(toks.get(k - 2), Some(Tok::Ident(f)) if f == "column_ifexists");
                if is_arg && !tables().iter().any(|(_, cols)| cols.iter().any(|c| c.name == s.as_str())) {
                    problems.push(format!("column_ifexists names an unknown column {s}"));
                }
            }
            Tok::Punct(_) => {}
        }
    }
    problems
}
