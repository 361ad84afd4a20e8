//! Localised and re-saved portal exports (issue 13): French and German headers and values, their
//! Excel re-saves (`;`, day-first dates, Windows-1252), ambiguous dates settled by the whole column,
//! and a language Lantern does not know.

use crate::util::{data, load};
use lantern::core::{
    ingest::locale,
    model::{AuditField as A, Dataset, Log, Severity, SignInField as S, SourceFile},
    query::view::cell_text,
};

fn text(ds: &Dataset, f: S, row: usize) -> String {
    cell_text(Log::SignIns.table(ds), f as usize, row, &ds.strings, 0)
}

fn messages(f: &SourceFile) -> String {
    f.warnings.iter().map(|w| w.message.as_str()).collect::<Vec<_>>().join("\n")
}

/// The first (French) row: every column the header maps is filled.
fn check_french(ds: &Dataset, f: &SourceFile, seconds: bool) {
    assert!(f.error.is_none(), "{:?}", f.error);
    assert_eq!(ds.signin_count(), 2, "{}", messages(f));
    assert_eq!(f.format_id, "portal-csv");
    assert!(f.format.contains("French headers"), "{}", f.format);
    assert_eq!(text(ds, S::Time, 0), if seconds { "2026-10-14 07:09:12" } else { "2026-10-14 07:09:00" });
    assert_eq!(text(ds, S::Time, 1), if seconds { "2026-10-03 22:41:05" } else { "2026-10-03 22:41:00" });
    assert_eq!(text(ds, S::RequestId, 0), "5e1f0c2a-1b2c-4d3e-8f90-a1b2c3d4e5f6");
    assert_eq!(text(ds, S::UserAgent, 0), "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/141.0");
    assert_eq!(text(ds, S::CorrelationId, 0), "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d");
    assert_eq!(text(ds, S::UserId, 0), "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");
    assert_eq!(text(ds, S::User, 0), "Élodie Marchand");
    assert_eq!(text(ds, S::Upn, 0), "elodie.marchand@contoso.example");
    assert_eq!(text(ds, S::App, 0), "Microsoft Teams");
    assert_eq!(text(ds, S::AppId, 0), "1fec8e78-bce4-4aaf-ab1b-5451cc387264");
    assert_eq!(text(ds, S::Resource, 0), "Microsoft Graph");
    assert_eq!(text(ds, S::Ip, 0), "203.0.113.24");
    assert_eq!(text(ds, S::City, 0), "Lyon");
    assert_eq!(text(ds, S::Country, 0), "FR");
    assert_eq!(text(ds, S::Status, 0), "Success", "Opération réussie");
    assert_eq!(text(ds, S::Status, 1), "Failure", "Échec");
    assert_eq!(text(ds, S::Code, 1), "50126");
    assert_eq!(text(ds, S::Reason, 1), "Nom d'utilisateur ou mot de passe non valide.");
    assert_eq!(text(ds, S::ClientApp, 1), "Autres clients");
    assert_eq!(text(ds, S::DeviceId, 0), "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e");
    assert_eq!(text(ds, S::Browser, 0), "Edge 141.0.0");
    assert_eq!(text(ds, S::Os, 0), "Windows10");
    assert_eq!(text(ds, S::Compliant, 0), "Yes", "Oui");
    assert_eq!(text(ds, S::Managed, 1), "No", "Non");
    assert_eq!(text(ds, S::MfaResult, 0), "MFA effectuée");
    assert_eq!(
        text(ds, S::MfaMethod, 0),
        "Notification de l'application mobile",
        "typographic apostrophe in the header"
    );
    assert_eq!(text(ds, S::AuthRequirement, 1), "Authentification à facteur unique");
    assert_eq!(text(ds, S::SessionId, 0), "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    assert_eq!(text(ds, S::Asn, 1), "60781");
    assert_eq!(text(ds, S::Ca, 0), "Success", "Succès");
    // Every column was placed: nothing is "not known to Lantern".
    assert!(!messages(f).contains("not known to Lantern"), "{}", messages(f));
}

#[test]
fn a_french_portal_export_fills_every_column() {
    let (ds, f) = load("InteractiveSignIns_2026-10-01_2026-10-15.csv", &data("locale/fr-signins.csv"));
    check_french(&ds, &f, true);
}

#[test]
fn its_excel_re_save_with_semicolons_day_first_dates_and_windows_1252_too() {
    let (ds, f) = load("InteractiveSignIns_2026-10-01_2026-10-15.csv", &data("locale/fr-signins-excel.csv"));
    check_french(&ds, &f, false);
    let m = messages(&f);
    assert!(m.contains("Windows-1252"), "{m}");
    assert!(m.contains("day first") && m.contains("line 2"), "the order and the line that shows it: {m}");
}

fn check_german(ds: &Dataset, f: &SourceFile, seconds: bool) {
    assert!(f.error.is_none(), "{:?}", f.error);
    assert_eq!(ds.signin_count(), 2, "{}", messages(f));
    assert!(f.format.contains("German headers"), "{}", f.format);
    assert_eq!(text(ds, S::Time, 0), if seconds { "2026-10-14 07:09:12" } else { "2026-10-14 07:09:00" });
    assert_eq!(text(ds, S::Time, 1), if seconds { "2026-10-05 03:12:44" } else { "2026-10-05 03:12:00" });
    assert_eq!(text(ds, S::RequestId, 1), "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e");
    assert_eq!(text(ds, S::User, 0), "Jürgen Weiß");
    assert_eq!(text(ds, S::Upn, 0), "juergen.weiss@contoso.example");
    assert_eq!(text(ds, S::UserId, 0), "4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d");
    assert_eq!(text(ds, S::App, 1), "Microsoft Azure CLI");
    assert_eq!(text(ds, S::AppId, 1), "04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    assert_eq!(text(ds, S::Status, 0), "Success", "Erfolg");
    assert_eq!(text(ds, S::Status, 1), "Failure", "Fehler");
    assert_eq!(text(ds, S::Ip, 1), "203.0.113.200");
    assert_eq!(text(ds, S::City, 0), "München");
    assert_eq!(text(ds, S::Country, 1), "RU");
    assert_eq!(text(ds, S::Resource, 1), "Windows Azure Service Management API");
    assert_eq!(text(ds, S::ResourceId, 1), "797f4846-ba00-4fd7-ba43-dac1f8f63013");
    assert_eq!(text(ds, S::ClientApp, 1), "Mobile Apps und Desktopclients");
    assert_eq!(text(ds, S::Os, 1), "Linux");
    assert_eq!(text(ds, S::Browser, 0), "Chrome 141.0.0");
    assert_eq!(text(ds, S::CorrelationId, 0), "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    assert_eq!(text(ds, S::Ca, 1), "Not Applied", "Nicht angewendet");
    assert_eq!(text(ds, S::Code, 1), "50053");
    assert_eq!(text(ds, S::Reason, 1), "Das Konto ist gesperrt.");
    assert!(!messages(f).contains("not known to Lantern"), "{}", messages(f));
}

#[test]
fn a_german_portal_export_and_its_excel_re_save() {
    let (ds, f) = load("InteractiveSignIns_2026-10-01_2026-10-15.csv", &data("locale/de-signins.csv"));
    check_german(&ds, &f, true);
    let (ds, f) = load("InteractiveSignIns_2026-10-01_2026-10-15.csv", &data("locale/de-signins-excel.csv"));
    check_german(&ds, &f, false);
}

#[test]
fn a_french_audit_export() {
    let (ds, f) = load("AuditLogs_2026-10-14.csv", &data("locale/fr-audit.csv"));
    assert!(f.error.is_none(), "{:?}", f.error);
    assert_eq!(ds.audit_count(), 1, "{}", messages(&f));
    assert!(f.format.contains("audit") && f.format.contains("French"), "{}", f.format);
    let t = |a: A| cell_text(Log::Audits.table(&ds), a as usize, 0, &ds.strings, 0);
    assert_eq!(t(A::Activity), "Consent to application");
    assert_eq!(t(A::Category), "ApplicationManagement");
    assert_eq!(t(A::Result), "Success");
    assert_eq!(t(A::Time), "2026-10-14 07:15:00");
}

#[test]
fn a_language_lantern_does_not_know_names_the_columns_it_could_not_place() {
    let (ds, f) = load("signins.csv", &data("locale/pl-signins.csv"));
    assert_eq!(ds.signin_count(), 0);
    let e = f.error.unwrap_or_default();
    assert!(e.contains("language Lantern does not read"), "{e}");
    for col in ["Identyfikator żądania", "Nazwa użytkownika", "Adres IP", "Stan"] {
        assert!(e.contains(col), "{col} named in: {e}");
    }
}

fn english_csv(dates: &[&str], delim: char) -> Vec<u8> {
    let h = ["Date (UTC)", "Request ID", "User", "Username", "Application", "IP address", "Status"];
    let mut s = h.join(&delim.to_string()) + "\n";
    for (i, d) in dates.iter().enumerate() {
        let row = [
            d.to_string(),
            format!("r{i}"),
            "A".into(),
            "a@x.example".into(),
            "Teams".into(),
            "192.0.2.1".into(),
            "Success".into(),
        ];
        s += &(row.join(&delim.to_string()) + "\n");
    }
    s.into_bytes()
}

#[test]
fn the_whole_column_decides_the_order_of_slash_dates() {
    // Read month first (US) until line 3 shows the day comes first: line 2 is re-read.
    let (ds, f) = load("s.csv", &english_csv(&["03/10/2026 22:41", "14/10/2026 07:09", "12/12/2026 01:00"], ','));
    assert_eq!(text(&ds, S::Time, 0), "2026-10-03 22:41:00", "{}", messages(&f));
    assert_eq!(text(&ds, S::Time, 1), "2026-10-14 07:09:00");
    assert_eq!(text(&ds, S::Time, 2), "2026-12-12 01:00:00");
    let m = messages(&f);
    assert!(m.contains("day first") && m.contains("line 3") && m.contains("either way"), "{m}");
    // Month first, as US English Excel writes it.
    let (ds, f) = load("s.csv", &english_csv(&["10/3/2026 10:41 PM", "10/14/2026 7:09 AM"], ','));
    assert_eq!(text(&ds, S::Time, 0), "2026-10-03 22:41:00");
    assert!(messages(&f).contains("month first"), "{}", messages(&f));
    // Nothing settles it: the assumption is said, and with ';' (Excel in Europe) it is day first.
    let (ds, f) = load("s.csv", &english_csv(&["03/10/2026 22:41"], ';'));
    assert_eq!(text(&ds, S::Time, 0), "2026-10-03 22:41:00");
    let w = f.warnings.iter().find(|w| w.message.contains("could be day or month first")).expect("said");
    assert_eq!(w.severity, Severity::Warning);
    assert!(w.message.contains("';'"), "{}", w.message);
    // Two orders in one column: each date as it allows, and a warning.
    let (_, f) = load("s.csv", &english_csv(&["14/10/2026 07:09", "10/15/2026 07:09"], ','));
    assert!(messages(&f).contains("mix two orders"), "{}", messages(&f));
}

#[test]
fn localised_values_and_headers_from_the_table() {
    assert_eq!(locale::english_value("Opération réussie"), Some("Success"));
    assert_eq!(locale::english_value("  erfolg "), Some("Success"));
    assert_eq!(locale::english_value("Nicht angewendet"), Some("Not Applied"));
    assert_eq!(locale::english_value("whatever"), None);
    assert_eq!(locale::norm_localized("Tipo de token entrante_1"), "tipo de token entrante");
    assert_eq!(locale::norm_localized("Méthode d’authentification"), "méthode d'authentification");
    // Every language of the table is named, and the README lists the ones covered.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (code, name) in locale::LANGUAGES {
        assert!(readme.contains(name), "README names {name} ({code})");
    }
}

/// As the worker reads: rows are shipped to the page and cleared after every chunk. A date
/// that settles the order late in the file must not leave the earlier ones in the wrong order
/// on the page (they wait for it), and offsets and ISO dates in the same column stay as written.
#[test]
fn a_late_settling_date_is_right_on_the_page_too() {
    let mut dates: Vec<String> =
        (0..400).map(|i| format!("0{}/0{}/2026 1{}:00", 1 + i % 9, 1 + (i + 1) % 9, i % 10)).collect();
    dates.push("2026-03-04T10:00:00Z".into()); // ISO in the same column: never re-ordered
    dates.push("25/03/2026 09:00".into()); // settles it: day first
    dates.push("04/03/2026 00:30 +01:00".into());
    let refs: Vec<&str> = dates.iter().map(String::as_str).collect();
    let bytes = english_csv(&refs, ',');
    let (worker, page) = crate::util::load_like_worker([("uk.csv", &bytes[..])], 997);
    assert_eq!(page.signin_count(), 403);
    // Row 0 is "01/02/2026 10:00": 1 February, day first.
    assert_eq!(text(&page, S::Time, 0), "2026-02-01 10:00:00");
    assert_eq!(text(&page, S::Time, 1), "2026-03-02 11:00:00");
    assert_eq!(text(&page, S::Time, 400), "2026-03-04 10:00:00", "ISO stays as written");
    assert_eq!(text(&page, S::Time, 401), "2026-03-25 09:00:00");
    assert_eq!(text(&page, S::Time, 402), "2026-03-03 23:30:00", "4 March 00:30 at +01:00");
    let m = messages(&worker.files[0]);
    assert!(m.contains("day first") && m.contains("line 403"), "{m}");
}

#[test]
fn charset_language_and_date_edge_cases() {
    // UTF-8 with accents and one damaged byte stays UTF-8 (the accents survive, the byte is reported).
    let mut bytes = english_csv(&["2026-10-14T07:09:00Z", "2026-10-15T07:09:00Z"], ',');
    let csv = String::from_utf8(bytes.clone()).unwrap().replacen(",A,", ",Zoë,", 1);
    bytes = csv.into_bytes();
    let at = bytes.len() - 5;
    bytes.insert(at, 0xFF);
    let (ds, f) = load("s.csv", &bytes);
    assert_eq!(text(&ds, S::User, 0), "Zoë");
    assert!(!messages(&f).contains("Windows-1252"), "{}", messages(&f));
    // An English export of another log, with columns Lantern does not know, is not "a language".
    let header = "Date (UTC),Request ID,Job ID,Cycle ID,Change ID,Action,Source system,Target system,Status,Provisioning steps\n";
    let (_, f) = load(
        "provisioning.csv",
        format!("{header}2026-10-14T07:09:00Z,r,j,c,x,Create,AD,Entra,Success,4\n").as_bytes(),
    );
    assert!(!f.error.clone().unwrap_or_default().contains("language"), "{:?}", f.error);
    // Year first (Excel in Japan, China, Korea) is not ambiguous.
    let (ds, f) = load("s.csv", &english_csv(&["2026/10/14 7:09", "2026/10/03 22:41"], ','));
    assert_eq!(text(&ds, S::Time, 0), "2026-10-14 07:09:00", "{}", messages(&f));
    assert_eq!(text(&ds, S::Time, 1), "2026-10-03 22:41:00");
    assert!(!messages(&f).contains("day or month first"), "{}", messages(&f));
}
