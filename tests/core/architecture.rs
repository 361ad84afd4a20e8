//! The shape of the code, checked: the layers of `src/core` and the files of `src/ui` import
//! each other without cycles, `core`'s folders keep to their floors (ARCHITECTURE.md), no
//! function is longer than 120 lines, and no public function of `core` takes a `bool`.
//!
//! A small Rust lexer (comments, strings, raw strings, chars and lifetimes) keeps the checks
//! honest about what is code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The text with comments, string and char literals blanked (same length and line breaks).
fn code_only(s: &str) -> String {
    let b: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"')
                || (next == Some('#') && !b.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_')))
        {
            // Raw string r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            out.push('"');
            for _ in i + 1..=j {
                out.push(' ');
            }
            out.pop();
            i = j + 1;
            loop {
                if i >= b.len() {
                    break;
                }
                if b[i] == '"' && (0..hashes).all(|k| b.get(i + 1 + k) == Some(&'#')) {
                    out.push('"');
                    for _ in 0..hashes {
                        out.push(' ');
                    }
                    i += 1 + hashes;
                    break;
                }
                out.push(blank(b[i]));
                i += 1;
            }
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < b.len() {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
            out.push('"');
            i += 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            let is_char = matches!((next, b.get(i + 2)), (Some('\\'), _) | (Some(_), Some('\'')));
            if is_char {
                out.push('\'');
                i += 1;
                while i < b.len() && b[i] != '\'' {
                    if b[i] == '\\' {
                        out.push(' ');
                        i += 1;
                    }
                    out.push(' ');
                    i += 1;
                }
                out.push('\'');
                i += 1;
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// (name, first line, line count, is `pub`, parameter text) of every `fn` with a body.
fn functions(code: &str) -> Vec<(String, usize, usize, bool, String)> {
    let chars: Vec<char> = code.chars().collect();
    let line_of = |pos: usize| chars[..pos].iter().filter(|&&c| c == '\n').count() + 1;
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < chars.len() {
        let word_start = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if word_start && chars[i] == 'f' && chars[i + 1] == 'n' && chars[i + 2] == ' ' {
            let mut j = i + 3;
            let name: String = chars[j..].iter().take_while(|c| c.is_alphanumeric() || **c == '_').collect();
            j += name.len();
            // Skip generics, then the parameter list.
            let (mut depth, mut params) = (0i32, String::new());
            while j < chars.len() {
                let c = chars[j];
                if c == '(' {
                    depth += 1;
                    if depth == 1 {
                        j += 1;
                        continue;
                    }
                }
                if c == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                if depth >= 1 {
                    params.push(c);
                }
                j += 1;
            }
            // The body: the first `{` before a `;` at depth 0.
            let mut k = j;
            while k < chars.len() && chars[k] != '{' && chars[k] != ';' {
                k += 1;
            }
            if k < chars.len() && chars[k] == '{' {
                let mut d = 0;
                let mut e = k;
                while e < chars.len() {
                    match chars[e] {
                        '{' => d += 1,
                        '}' => {
                            d -= 1;
                            if d == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    e += 1;
                }
                let line_start = chars[..i].iter().rposition(|&c| c == '\n').map_or(0, |x| x + 1);
                let prefix: String = chars[line_start..i].iter().collect();
                let prefix = prefix.trim();
                let is_pub = prefix.starts_with("pub") && !prefix.starts_with("pub(");
                let (l0, l1) = (line_of(i), line_of(e.min(chars.len() - 1)));
                out.push((name, l0, l1 - l0 + 1, is_pub, params));
            }
            i = j.max(i + 3);
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn no_function_is_longer_than_120_lines() {
    let mut long = Vec::new();
    for p in rust_files(&src()) {
        let code = code_only(&std::fs::read_to_string(&p).unwrap());
        for (name, line, n, _, _) in functions(&code) {
            if n > 120 {
                long.push(format!("{}:{line} {name}: {n} lines", p.strip_prefix(src()).unwrap().display()));
            }
        }
    }
    assert!(long.is_empty(), "split these (a name says more than a comment):\n{}", long.join("\n"));
}

#[test]
fn no_public_function_of_core_takes_a_bool() {
    let mut bad = Vec::new();
    for p in rust_files(&src().join("core")) {
        let code = code_only(&std::fs::read_to_string(&p).unwrap());
        for (name, line, _, is_pub, params) in functions(&code) {
            let takes_bool = params.split(',').any(|x| x.split(':').nth(1).is_some_and(|t| t.trim() == "bool"));
            if is_pub && takes_bool {
                bad.push(format!("{}:{line} {name}({})", p.strip_prefix(src()).unwrap().display(), params.trim()));
            }
        }
    }
    assert!(bad.is_empty(), "public functions of core with a bool parameter (use an enum):\n{}", bad.join("\n"));
}

/// The module a path of `crate::core::` or `crate::ui::` names, from the text after it.
fn head(after: &str) -> Option<String> {
    let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

/// Edges between the units of a layer: for `core`, its top-level folders and files; for
/// `ui`, its files.
fn edges(layer: &str) -> BTreeMap<String, BTreeSet<String>> {
    let root = src().join(layer);
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in rust_files(&root) {
        let rel = p.strip_prefix(&root).unwrap();
        let unit = rel.components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_owned();
        if unit == "mod" {
            continue;
        }
        let code = code_only(&std::fs::read_to_string(&p).unwrap());
        let entry = g.entry(unit.clone()).or_default();
        let prefix = format!("crate::{layer}::");
        let mut rest = code.as_str();
        // `crate::core::x` and grouped `crate::core::{x, y::…}`.
        while let Some(i) = rest.find(&prefix) {
            let after = &rest[i + prefix.len()..];
            if let Some(group) = after.strip_prefix('{') {
                let mut depth = 1;
                let mut item_start = true;
                for (k, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        ',' if depth == 1 => item_start = true,
                        c if item_start && depth == 1 && !c.is_whitespace() => {
                            item_start = false;
                            if let Some(h) = head(&group[k..]) {
                                entry.insert(h);
                            }
                        }
                        _ => {}
                    }
                }
            } else if let Some(h) = head(after) {
                entry.insert(h);
            }
            rest = &rest[i + prefix.len()..];
        }
        // ui files name each other as `super::x`.
        if layer == "ui" {
            let mut rest = code.as_str();
            while let Some(i) = rest.find("super::") {
                let after = &rest[i + 7..];
                if let Some(group) = after.strip_prefix('{') {
                    for part in group.split('}').next().unwrap_or("").split(',') {
                        if let Some(h) = head(part.trim()) {
                            entry.insert(h);
                        }
                    }
                } else if let Some(h) = head(after) {
                    entry.insert(h);
                }
                rest = &rest[i + 7..];
            }
        }
        entry.remove(&unit);
    }
    let units: BTreeSet<String> = g.keys().cloned().collect();
    for v in g.values_mut() {
        v.retain(|x| units.contains(x));
    }
    g
}

/// A cycle in `g`, if any (as a path).
fn cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_owned(), 1);
        path.push(n.to_owned());
        for m in g.get(n).into_iter().flatten() {
            match state.get(m).copied().unwrap_or(0) {
                1 => {
                    let from = path.iter().position(|x| x == m).unwrap_or(0);
                    let mut c = path[from..].to_vec();
                    c.push(m.clone());
                    return Some(c);
                }
                0 => {
                    if let Some(c) = visit(m, g, state, path) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(n.to_owned(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in g.keys() {
        if state.get(n).copied().unwrap_or(0) == 0
            && let Some(c) = visit(n, g, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_import_cycle_in_core_or_ui() {
    for layer in ["core", "ui"] {
        let g = edges(layer);
        assert!(g.len() > 5, "{layer}: {g:?}");
        if let Some(c) = cycle(&g) {
            panic!("{layer}: import cycle {}", c.join(" → "));
        }
    }
}

#[test]
fn core_folders_keep_to_their_floors() {
    // ARCHITECTURE.md's map: a unit may import only units on lower floors.
    let floor: BTreeMap<&str, u8> = [
        ("model", 0),
        ("codes", 0),
        ("geo", 0),
        ("ingest", 1),
        ("query", 1),
        ("kql", 2),
        ("sigma", 2),
        ("detect", 3),
        ("output", 4),
        ("workspace", 5),
    ]
    .into();
    let g = edges("core");
    for (unit, deps) in &g {
        let f = *floor.get(unit.as_str()).unwrap_or_else(|| panic!("{unit}: not on the map in ARCHITECTURE.md"));
        for d in deps {
            let fd = floor[d.as_str()];
            assert!(fd < f, "core::{unit} (floor {f}) imports core::{d} (floor {fd})");
        }
    }
}

#[test]
fn the_lexer_sees_code_only() {
    let s = "fn a() { let s = \"fn b() {\"; let c = '{'; // fn c() {\n let r = r#\"{\"#; }\nfn d<'x>(v: &'x str, f: bool) {}";
    let f = functions(&code_only(s));
    let names: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(names, ["a", "d"]);
    assert!(f[1].4.contains("f: bool"));
}
