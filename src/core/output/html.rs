//! HTML text escaping for everything the report and its SVG charts write.

use std::borrow::Cow;

/// Escapes text for HTML (element content and quoted attribute values): `&`, `<`, `>`,
/// `"` and `'` become entities; C0 control characters other than tab, LF and CR (and
/// DEL) are dropped. Borrows when nothing changes.
///
/// ```
/// use lantern::core::output::html::escape_html;
/// assert_eq!(escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
/// assert_eq!(escape_html("plain"), "plain");
/// ```
pub fn escape_html(s: &str) -> Cow<'_, str> {
    let bad =
        |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}
