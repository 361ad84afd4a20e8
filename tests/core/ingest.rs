//! Ingest of the admin center's own downloads: every header variant and quirk, both JSON
//! shapes, encodings, and bad input (warnings, not failures).

use lantern::core::model::Log;
use lantern::core::{
    ingest::load_bytes,
    model::{AuditField as A, Dataset, LoadState, Severity, SignInField as S},
    query::view::cell_text,
};

use super::util::{load, load_chunked};

/// Variant C, 57 columns, verbatim (duplicate "Incoming token type", trailing spaces in
/// "Application ID " and "Resource ID ", double space in "Autonomous system  number").
const HEADER_57: &str = r#""Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer""#;

fn cells(header: &str) -> Vec<String> {
    header.trim_matches('"').split("\",\"").map(str::to_owned).collect()
}

/// Variant B (55): C without "App owner tenant ID" and "Resource owner tenant ID".
fn header_55() -> Vec<String> {
    cells(HEADER_57).into_iter().filter(|h| h != "App owner tenant ID" && h != "Resource owner tenant ID").collect()
}

/// Variant A (54): B without "Session ID".
fn header_54() -> Vec<String> {
    header_55().into_iter().filter(|h| h != "Session ID").collect()
}

/// Variant 0 (49, April–June 2024): no Token Protection StatusCode, Global Secure Access
/// or Federated Token columns (reconstructed order, see formats.md).
fn header_49() -> Vec<String> {
    let drop = [
        "Token Protection - Sign In Session StatusCode",
        "Through Global Secure Access",
        "Global Secure Access IP address",
        "Federated Token Id",
        "Federated Token Issuer",
    ];
    header_54().into_iter().filter(|h| !drop.contains(&h.as_str())).collect()
}

/// One sign-in row for `header`, values by (trimmed) column name.
fn row_for(header: &[String], values: &[(&str, &str)]) -> Vec<String> {
    header
        .iter()
        .map(|h| values.iter().find(|(k, _)| *k == h.trim()).map_or(String::new(), |(_, v)| (*v).to_owned()))
        .collect()
}

fn csv(header: &[String], rows: &[Vec<String>], eol: &str, bom: bool) -> Vec<u8> {
    let line = |cells: &[String]| {
        cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(",")
    };
    let mut s = String::new();
    if bom {
        s.push('\u{feff}');
    }
    s.push_str(&line(header));
    s.push_str(eol);
    for r in rows {
        s.push_str(&line(r));
        s.push_str(eol);
    }
    s.into_bytes()
}

const ROW1: &[(&str, &str)] = &[
    ("Date (UTC)", "2025-12-04T08:19:41Z"),
    ("Request ID", "0cd3e3f9-7f4b-4b1c-8a4c-2f0e1d6b1a00"),
    ("User agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) \"quoted\" agent"),
    ("User", "Megan Bowen"),
    ("Username", "megan.bowen@contoso.example"),
    ("Incoming token type", "Primary refresh token"),
    ("Application", "Microsoft Teams"),
    ("Application ID", "1fec8e78-bce4-4aaf-ab1b-5451cc387264"),
    ("Resource ID", "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe"),
    ("IP address", "203.0.113.7"),
    ("Location", "Melbourne, Victoria, AU"),
    ("Status", "Failure"),
    ("Sign-in error code", "50126"),
    ("Failure reason", "Invalid username or password or Invalid on-premise username or password."),
    ("Client app", "Browser"),
    ("Compliant", "False"),
    ("Managed", "True"),
    ("Autonomous system  number", "4739"),
    ("Session ID", "5e1d0c8a-0000-4000-8000-000000000001"),
    ("Conditional Access", "Not Applied"),
    ("Latency", "137"),
];

const ROW2: &[(&str, &str)] = &[
    ("Date (UTC)", "2025-12-04T08:20:02Z"),
    ("Request ID", "0cd3e3f9-7f4b-4b1c-8a4c-2f0e1d6b1a01"),
    ("User", "Megan Bowen"),
    ("Username", "megan.bowen@contoso.example"),
    ("Application", "Microsoft Teams"),
    ("IP address", "2001:db8::1"),
    ("Location", "Seattle, Washington, US"),
    ("Status", "Success"),
    ("Sign-in error code", "0"),
    ("Conditional Access", "Success"),
    ("Multifactor authentication result", "MFA successfully completed"),
];

fn text(ds: &Dataset, f: S, row: usize) -> String {
    cell_text(Log::SignIns.table(ds), f as usize, row, &ds.strings, 0)
}

fn audit_text(ds: &Dataset, f: A, row: usize) -> String {
    cell_text(Log::Audits.table(ds), f as usize, row, &ds.strings, 0)
}

fn check_rows(ds: &Dataset) {
    assert_eq!(ds.signin_count(), 2);
    assert_eq!(text(ds, S::Time, 0), "2025-12-04 08:19:41");
    assert_eq!(text(ds, S::RequestId, 0), "0cd3e3f9-7f4b-4b1c-8a4c-2f0e1d6b1a00");
    assert_eq!(text(ds, S::User, 0), "Megan Bowen");
    assert_eq!(text(ds, S::Upn, 0), "megan.bowen@contoso.example");
    assert_eq!(text(ds, S::UserAgent, 0), "Mozilla/5.0 (Windows NT 10.0; Win64; x64) \"quoted\" agent");
    assert_eq!(text(ds, S::App, 0), "Microsoft Teams");
    assert_eq!(text(ds, S::AppId, 0), "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "\"Application ID \" (trailing space)");
    assert_eq!(text(ds, S::ResourceId, 0), "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe", "\"Resource ID \" (trailing space)");
    assert_eq!(text(ds, S::Status, 0), "Failure");
    assert_eq!(text(ds, S::Code, 0), "50126");
    assert_eq!(text(ds, S::City, 0), "Melbourne");
    assert_eq!(text(ds, S::State, 0), "Victoria");
    assert_eq!(text(ds, S::Country, 0), "AU");
    assert_eq!(text(ds, S::Location, 0), "Melbourne, Victoria, AU");
    assert_eq!(text(ds, S::Compliant, 0), "No");
    assert_eq!(text(ds, S::Managed, 0), "Yes");
    assert_eq!(text(ds, S::Ca, 0), "Not Applied");
    assert_eq!(text(ds, S::Latency, 0), "137");
    assert_eq!(text(ds, S::IncomingToken, 0), "Primary refresh token", "duplicate column: first non-empty wins");
    assert_eq!(text(ds, S::EventType, 0), "Interactive");
    assert_eq!(text(ds, S::Ip, 1), "2001:db8::1");
    assert_eq!(text(ds, S::Status, 1), "Success");
    assert_eq!(text(ds, S::Ca, 1), "Success");
    assert_eq!(text(ds, S::MfaResult, 1), "MFA successfully completed");
}

#[test]
fn every_portal_signin_header_variant_loads() {
    for (n, header) in [(57, cells(HEADER_57)), (55, header_55()), (54, header_54()), (49, header_49())] {
        assert_eq!(header.len(), n);
        let bytes = csv(&header, &[row_for(&header, ROW1), row_for(&header, ROW2)], "\r\n", false);
        let (ds, f) = load("InteractiveSignIns_2025-12-01_2025-12-07.csv", &bytes);
        assert_eq!(f.format, format!("Entra portal CSV — interactive sign-ins ({n} columns)"));
        assert!(f.error.is_none(), "{n}: {:?}", f.error);
        assert!(f.warnings.iter().all(|w| w.severity == Severity::Info), "{n}: {:?}", f.warnings);
        check_rows(&ds);
        // The 57-column variant carries the ASN (double-space header); all carry it from 54 on.
        assert_eq!(text(&ds, S::Asn, 0), "4739", "variant {n}");
        if n >= 55 {
            assert_eq!(text(&ds, S::SessionId, 0), "5e1d0c8a-0000-4000-8000-000000000001");
        }
    }
}

#[test]
fn bom_crlf_lf_and_chunking_make_no_difference() {
    let header = cells(HEADER_57);
    let rows = [row_for(&header, ROW1), row_for(&header, ROW2)];
    for (eol, bom) in [("\r\n", true), ("\r\n", false), ("\n", true), ("\n", false)] {
        let bytes = csv(&header, &rows, eol, bom);
        for chunk in [1, 3, 64, 1 << 20] {
            let mut ds = Dataset::new();
            let f = load_chunked(&mut ds, "InteractiveSignIns.csv", &bytes, chunk);
            assert!(ds.files[f as usize].error.is_none());
            check_rows(&ds);
        }
    }
}

#[test]
fn non_interactive_application_and_managed_identity_files_are_told_apart() {
    let header = cells(HEADER_57);
    let bytes = csv(&header, &[row_for(&header, ROW2)], "\r\n", false);
    let (ds, f) = load("NonInteractiveSignIns_2025-11-29_2025-12-29.csv", &bytes);
    assert!(f.format.contains("non-interactive"));
    assert_eq!(text(&ds, S::EventType, 0), "Non-interactive");

    let app_header: Vec<String> = "Date (UTC),Request ID,Correlation ID,Service principal ID,Service principal name,Credential key ID,Credential thumbprint,Application,Application ID ,App owner tenant ID,Resource,Resource ID ,Resource tenant ID,Resource owner tenant ID,Home tenant ID,Home tenant name,IP address,Location,Status,Sign-in error code,Failure reason,Conditional Access"
        .split(',')
        .map(str::to_owned)
        .collect();
    let row = row_for(
        &app_header,
        &[
            ("Date (UTC)", "2026-01-02T03:04:05Z"),
            ("Request ID", "11111111-2222-4333-8444-555555555555"),
            ("Service principal ID", "9a9a9a9a-0000-4000-8000-000000000000"),
            ("Service principal name", "Terraform-Datadog-CLI"),
            ("Status", "Failure"),
            ("Sign-in error code", "7000215"),
        ],
    );
    let (ds, f) = load("ApplicationSignIns_2026-01-01_2026-01-02.csv", &csv(&app_header, &[row], "\r\n", false));
    assert!(f.format.contains("application sign-ins (22 columns)"), "{}", f.format);
    assert_eq!(text(&ds, S::EventType, 0), "Service principal");
    assert_eq!(text(&ds, S::SpName, 0), "Terraform-Datadog-CLI");
    assert_eq!(text(&ds, S::Code, 0), "7000215");
}

fn audit_header() -> Vec<String> {
    let mut h: Vec<String> = [
        "Date (UTC)",
        "CorrelationId",
        "Service",
        "Category",
        "Activity",
        "Result",
        "ResultReason",
        "User Agent",
        "ActorType",
        "ActorDisplayName",
        "ActorObjectId",
        "ActorUserPrincipalName",
        "IPAddress",
        "ActorHomeTenantId",
        "ActorHomeTenantName",
        "ActorServicePrincipalId",
        "ActorServicePrincipalName",
    ]
    .map(str::to_owned)
    .to_vec();
    for t in 1..=3 {
        for p in ["Type", "DisplayName", "ObjectId", "UserPrincipalName"] {
            h.push(format!("Target{t}{p}"));
        }
        for m in 1..=5 {
            for p in ["Name", "OldValue", "NewValue"] {
                h.push(format!("Target{t}ModifiedProperty{m}{p}"));
            }
        }
    }
    for d in 1..=6 {
        h.push(format!("AdditionalDetail{d}Key"));
        h.push(format!("AdditionalDetail{d}Value"));
    }
    h
}

#[test]
fn portal_audit_csv_with_targets_properties_and_details() {
    let header = audit_header();
    assert_eq!(header.len(), 86);
    let row = row_for(
        &header,
        &[
            ("Date (UTC)", "2024-11-09T10:11:12Z"),
            ("CorrelationId", "aaaa0000-bb11-2222-33cc-444444dddddd"),
            ("Service", "Core Directory"),
            ("Category", "RoleManagement"),
            ("Activity", "Add member to role"),
            ("Result", "Success"),
            ("ActorType", "User"),
            ("ActorDisplayName", "Adele Vance"),
            ("ActorUserPrincipalName", "adele.vance@contoso.example"),
            ("IPAddress", "5.188.206.14"),
            ("Target1Type", "User"),
            ("Target1ObjectId", "0f0f0f0f-0000-4000-8000-000000000000"),
            ("Target1UserPrincipalName", "adele.vance@contoso.example"),
            ("Target1ModifiedProperty1Name", "Role.DisplayName"),
            ("Target1ModifiedProperty1NewValue", "\"Global Administrator\""),
            ("Target1ModifiedProperty2Name", "Role.TemplateId"),
            ("Target1ModifiedProperty2NewValue", "\"62e90394-69f5-4237-9190-012177145e10\""),
            ("Target2Type", "Role"),
            ("Target2DisplayName", "Global Administrator"),
            ("AdditionalDetail1Key", "User-Agent"),
            ("AdditionalDetail1Value", "Mozilla/5.0"),
        ],
    );
    let (ds, f) = load("AuditLogs_2024-11-09.csv", &csv(&header, &[row], "\r\n", true));
    assert_eq!(f.format, "Entra portal CSV — audit log (86 columns)");
    assert_eq!(ds.audit_count(), 1);
    assert_eq!(audit_text(&ds, A::Activity, 0), "Add member to role");
    assert_eq!(audit_text(&ds, A::Result, 0), "Success");
    assert_eq!(audit_text(&ds, A::Actor, 0), "adele.vance@contoso.example");
    assert_eq!(audit_text(&ds, A::ActorIp, 0), "5.188.206.14");
    assert_eq!(audit_text(&ds, A::Targets, 0), "adele.vance@contoso.example, Global Administrator");
    let targets = ds.targets_of(0);
    assert_eq!(targets.len(), 2, "the empty third target is dropped");
    let props = ds.props_of(&targets[0]);
    assert_eq!(props.len(), 2);
    assert_eq!(ds.strings.get(props[0].name), "Role.DisplayName");
    assert_eq!(ds.strings.get(props[0].new), "\"Global Administrator\"");
    let details = ds.details_of(0);
    assert_eq!(details.len(), 1);
    assert_eq!(ds.strings.get(details[0].key), "User-Agent");
}

/// An audit row of the portal's CSV has no event id: it gets `<correlation id>~<key>`. The key
/// must not depend on what was loaded before, also when the correlation id is not a GUID
/// (stored by a symbol whose number depends on load order).
#[test]
fn an_audit_rows_synthetic_id_does_not_depend_on_what_was_loaded_before() {
    let header = audit_header();
    let row = row_for(
        &header,
        &[
            ("Date (UTC)", "2024-11-09T10:11:12Z"),
            ("CorrelationId", "sp-creds-001"),
            ("Service", "Core Directory"),
            ("Category", "ApplicationManagement"),
            ("Activity", "Add service principal credentials"),
            ("Result", "Success"),
            ("ActorUserPrincipalName", "adele.vance@contoso.example"),
            ("Target1Type", "ServicePrincipal"),
            ("Target1DisplayName", "Mail Sync Pro"),
        ],
    );
    let audit = csv(&header, &[row], "\r\n", true);
    let id_of = |ds: &Dataset| {
        let at = &ds.audits.table;
        assert_eq!(at.len(), 1);
        lantern::core::model::id::id_to_text(at.id(A::Id as usize, 0), &ds.strings)
    };
    let (alone, _) = load("AuditLogs.csv", &audit);
    let mut after = Dataset::new();
    let other = format!("{HEADER_57}\n\"2024-11-09T09:00:00Z\",\"not-a-guid\",\"ua\",\"also-not-a-guid\"\n");
    load_chunked(&mut after, "InteractiveSignIns.csv", other.as_bytes(), 1 << 16);
    load_chunked(&mut after, "AuditLogs.csv", &audit, 1 << 16);
    let (a, b) = (id_of(&alone), id_of(&after));
    assert!(a.starts_with("sp-creds-001~"), "{a}");
    assert_eq!(a, b);
}

const GRAPH_SIGNIN: &str = r#"{"id":"66ea54eb-6301-4ee5-be62-ff5a759b0100","createdDateTime":"2020-03-13T19:15:41.6195833Z","userDisplayName":"Test contoso","userPrincipalName":"testaccount1@contoso.com","userId":"26be570a-ae82-4189-b4e2-a37c6808512d","appId":"de8bc8b5-d9f9-48b1-a8ad-b748da725064","appDisplayName":"Graph explorer","ipAddress":"131.107.159.37","clientAppUsed":"Browser","correlationId":"d79f5bee-5860-4832-928f-3133e22ae912","conditionalAccessStatus":"notApplied","isInteractive":true,"riskLevelDuringSignIn":"high","riskState":"atRisk","riskEventTypes_v2":["unfamiliarFeatures"],"status":{"errorCode":0,"failureReason":"Other."},"deviceDetail":{"deviceId":"","displayName":"","operatingSystem":"Windows 10","browser":"Edge 80.0.361","isCompliant":false,"isManaged":false,"trustType":""},"location":{"city":"Redmond","state":"Washington","countryOrRegion":"US","geoCoordinates":{"altitude":null,"latitude":47.68050003051758,"longitude":-122.12094116210938}},"appliedConditionalAccessPolicies":[{"id":"de7e60eb-ed89-4d73-8205-2227def6b7c9","displayName":"Require MFA","enforcedGrantControls":["Mfa"],"enforcedSessionControls":[],"result":"notApplied"}],"authenticationDetails":[{"authenticationStepDateTime":"2020-03-13T19:15:40Z","authenticationMethod":"Password","authenticationMethodDetail":"Password in the cloud","succeeded":true,"authenticationStepResultDetail":"Correct password","authenticationStepRequirement":"Primary authentication"},{"authenticationStepDateTime":"2020-03-13T19:15:41Z","authenticationMethod":"Mobile app notification","succeeded":true,"authenticationStepResultDetail":"MFA successfully completed","authenticationStepRequirement":"Multifactor authentication"}]}"#;

const GRAPH_AUDIT: &str = r#"{"id":"Directory_ce7d4d6b-4b3e-4a7f-8c1d-7b1a6c2d0a11_AB12C_123","category":"UserManagement","correlationId":"da159bfb-54fa-4092-8a38-6e1fa7870e30","result":"success","resultReason":"","activityDisplayName":"Update user","activityDateTime":"2018-01-09T21:20:02.7215374Z","loggedByService":"Core Directory","initiatedBy":{"app":{"appId":null,"displayName":"Microsoft Substrate Management","servicePrincipalId":"a3b2c1d0-0000-4000-8000-000000000000","servicePrincipalName":null},"user":null},"targetResources":[{"id":"ef7e527d-6c92-4234-8c6d-cf6fe2d3dbd4","displayName":"Jamie Doe","type":"User","userPrincipalName":"jdoe@contoso.com","modifiedProperties":[{"displayName":"AccountEnabled","oldValue":"[true]","newValue":"[false]"}]}],"additionalDetails":[{"key":"UserType","value":"Member"}]}"#;

#[test]
fn json_array_and_graph_response_give_the_same_records() {
    let array = format!("[{GRAPH_SIGNIN},{GRAPH_AUDIT}]");
    let page = format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/beta/$metadata#auditLogs/signIns","value":[{GRAPH_SIGNIN},{GRAPH_AUDIT}],"@odata.nextLink":"https://graph.microsoft.com/beta/auditLogs/signIns?$skiptoken=abc"}}"#
    );
    let pretty = serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(&array).unwrap()).unwrap();
    for (bytes, format) in [
        (array.as_bytes(), "JSON array"),
        (page.as_bytes(), "Microsoft Graph response"),
        (pretty.as_bytes(), "JSON array"),
    ] {
        for chunk in [1, 7, 4096] {
            let mut ds = Dataset::new();
            let f = load_chunked(&mut ds, "export.json", bytes, chunk);
            let f = &ds.files[f as usize];
            assert!(f.format.starts_with(format), "{}", f.format);
            assert!(f.warnings.is_empty(), "{:?}", f.warnings);
            assert_eq!((ds.signin_count(), ds.audit_count()), (1, 1));
            assert_eq!(text(&ds, S::Time, 0), "2020-03-13 19:15:41");
            assert_eq!(text(&ds, S::Upn, 0), "testaccount1@contoso.com");
            assert_eq!(text(&ds, S::Status, 0), "Success");
            assert_eq!(text(&ds, S::Location, 0), "Redmond, Washington, US");
            assert_eq!(text(&ds, S::Browser, 0), "Edge 80.0.361");
            assert_eq!(text(&ds, S::RiskDuring, 0), "high");
            assert_eq!(text(&ds, S::RiskEventTypes, 0), "unfamiliarFeatures");
            assert_eq!(text(&ds, S::MfaResult, 0), "MFA successfully completed");
            assert_eq!(text(&ds, S::MfaMethod, 0), "Mobile app notification");
            assert!((text(&ds, S::Lat, 0).parse::<f64>().unwrap() - 47.68).abs() < 0.01);
            assert_eq!(ds.ca_of(0).len(), 1);
            assert_eq!(ds.strings.get(ds.policies[ds.ca_of(0)[0].policy as usize].name), "Require MFA");
            let request = ds.signins.table.id(S::RequestId as usize, 0);
            assert_eq!(ds.steps_of(request).len(), 2);
            assert_eq!(audit_text(&ds, A::Activity, 0), "Update user");
            assert_eq!(audit_text(&ds, A::Actor, 0), "Microsoft Substrate Management");
            assert_eq!(audit_text(&ds, A::Targets, 0), "jdoe@contoso.com");
            assert_eq!(audit_text(&ds, A::Result, 0), "Success");
        }
    }
}

#[test]
fn a_malformed_row_in_the_middle_is_a_warning_and_the_rest_loads() {
    let header = cells(HEADER_57);
    let good = csv(&header, &[row_for(&header, ROW1)], "\r\n", false);
    let mut bytes = good.clone();
    bytes.extend_from_slice(b"\"2025-12-04T08:30:00Z\",\"broken row with too few fields\"\r\n");
    bytes.extend_from_slice(b"\"not a date\",\"0cd3e3f9-7f4b-4b1c-8a4c-2f0e1d6b1a02\"");
    bytes.extend_from_slice(",\"\"".repeat(header.len() - 2).as_bytes());
    bytes.extend_from_slice(b"\r\n");
    let mut last = csv(&header, &[row_for(&header, ROW2)], "\r\n", false);
    last.drain(..HEADER_57.len() + 2);
    bytes.extend_from_slice(&last);
    let (ds, f) = load("InteractiveSignIns.csv", &bytes);
    assert!(f.error.is_none());
    assert_eq!(ds.signin_count(), 4, "rows are kept; unreadable cells are left empty");
    let msgs: Vec<String> = f.warnings.iter().map(|w| format!("{:?}:{}", w.line, w.message)).collect();
    assert!(
        msgs.iter().any(|m| m.starts_with("Some(3):") && m.contains("2 fields where the header has 57")),
        "{msgs:?}"
    );
    assert!(msgs.iter().any(|m| m.starts_with("Some(4):") && m.contains("\"Date (UTC)\" is not a date")), "{msgs:?}");
    assert_eq!(text(&ds, S::User, 3), "Megan Bowen");
}

#[test]
fn malformed_json_records_are_skipped_with_their_record_and_line() {
    let text_in = format!("[\n{GRAPH_SIGNIN},\n{{\"id\": \"x\", \"createdDateTime\": }},\n{GRAPH_AUDIT}\n]");
    let (ds, f) = load("export.json", text_in.as_bytes());
    assert_eq!((ds.signin_count(), ds.audit_count()), (1, 1));
    assert_eq!(f.warnings.len(), 1);
    let w = &f.warnings[0];
    assert_eq!((w.record, w.line), (Some(2), Some(3)));
    assert!(w.message.contains("not valid JSON"), "{}", w.message);
}

#[test]
fn empty_blank_and_non_log_files_get_one_clear_sentence() {
    for (name, bytes, expect) in [
        ("empty.csv", &b""[..], "the file is empty"),
        ("blank.json", &b"  \r\n  \n"[..], "only blank space"),
        ("shopping.csv", &b"item,price\napples,3\n"[..], "not an Entra sign-in or audit export"),
        ("notes.json", &br#"{"hello": "world"}"#[..], "neither a sign-in nor an audit event"),
        (
            "picture.png",
            &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa\0\0\0\x04sBIT"[..],
            "binary file",
        ),
    ] {
        let (ds, f) = load(name, bytes);
        assert_eq!(ds.signin_count() + ds.audit_count(), 0);
        assert_eq!(f.state, LoadState::Failed, "{name}");
        let e = f.error.clone().unwrap_or_default();
        assert!(
            e.contains(expect) || f.warnings.iter().any(|w| w.message.contains(expect)),
            "{name}: {e:?} {:?}",
            f.warnings
        );
    }
}

#[test]
fn header_only_csv_is_a_warning() {
    let (ds, f) = load("InteractiveSignIns.csv", format!("{HEADER_57}\r\n").as_bytes());
    assert_eq!(ds.signin_count(), 0);
    assert!(f.error.is_none());
    assert!(f.warnings.iter().any(|w| w.message.contains("header line but no records")));
}

#[test]
fn the_same_sign_in_in_two_files_is_kept_once() {
    let header = cells(HEADER_57);
    let bytes = csv(&header, &[row_for(&header, ROW1), row_for(&header, ROW2)], "\r\n", false);
    let mut ds = Dataset::new();
    load_bytes("a.csv", &bytes, &mut ds);
    let f = load_bytes("b.csv", &bytes, &mut ds);
    assert_eq!(ds.signin_count(), 2);
    assert_eq!(ds.files[f as usize].duplicates, 2);
    assert_eq!(ds.signins.src.get(0).unwrap().file, 0, "each record remembers its source file");
}

#[test]
fn a_record_can_be_re_read_from_its_byte_range() {
    let header = cells(HEADER_57);
    let bytes = csv(&header, &[row_for(&header, ROW1), row_for(&header, ROW2)], "\r\n", true);
    let (ds, f) = load("InteractiveSignIns.csv", &bytes);
    let src = ds.signins.src.get(1).unwrap();
    let raw = &bytes[src.offset as usize..src.offset as usize + src.len as usize];
    let view = lantern::core::ingest::raw::view_record(&f, raw).unwrap();
    assert_eq!(view.fields.len(), 57);
    assert!(view.fields.iter().any(|(k, v)| k == "IP address" && v == "2001:db8::1"));

    let array = format!("[{GRAPH_SIGNIN}]");
    let (ds, f) = load("x.json", array.as_bytes());
    let src = ds.signins.src.get(0).unwrap();
    let view = lantern::core::ingest::raw::view_record(
        &f,
        &array.as_bytes()[src.offset as usize..(src.offset + src.len as u64) as usize],
    )
    .unwrap();
    assert!(view.fields.iter().any(|(k, v)| k == "location.geoCoordinates.latitude" && v.starts_with("47.68")));
    assert!(view.text.contains("\"appliedConditionalAccessPolicies\""));
}
