//! JSON records of every flavour, and their mapping onto the model.
//!
//! One struct, [`Rec`], reads a Graph `signIn` or `directoryAudit` object (camelCase),
//! its PowerShell SDK twin (PascalCase), a Log Analytics row (table column names, nested
//! values as JSON text), a Panther-normalised row (lower-case keys) and the Azure Monitor
//! diagnostic envelope (`time`, `category`, `properties{…}`), because keys are matched
//! after normalisation (see `flex`). Which log a record belongs to is decided from the
//! envelope's category or from the keys present ([`Rec::log_kind`]).

use std::borrow::Cow;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use super::flex::{Blank, FBool, FList, FNum, FStr};
use crate::core::{
    codes,
    model::intern::Sym,
    model::time::parse_ts_ms,
    model::{
        AuditField as A, AuditRow, AuthStep, CaApplied, CaPolicy, Dataset, KeyValue, Log, ModifiedProperty,
        SignInField as S, SignInRow, SourceRef, Target, Value, id, parse_enum, schema,
    },
};

crate::flex_obj!(GeoCoords<'a> { latitude: FNum = ["latitude"], longitude: FNum = ["longitude"] });

crate::flex_obj!(
    /// `signInLocation`.
    Loc<'a> {
        city: FStr<'a> = ["city"],
        state: FStr<'a> = ["state"],
        country: FStr<'a> = ["countryorregion", "country"],
        geo: GeoCoords<'a> = ["geocoordinates"],
    }
);

crate::flex_obj!(Status<'a> {
    code: FStr<'a> = ["errorcode"],
    reason: FStr<'a> = ["failurereason"],
    detail: FStr<'a> = ["additionaldetails"],
});

crate::flex_obj!(Device<'a> {
    id: FStr<'a> = ["deviceid"],
    name: FStr<'a> = ["displayname"],
    os: FStr<'a> = ["operatingsystem"],
    browser: FStr<'a> = ["browser"],
    compliant: FBool = ["iscompliant"],
    managed: FBool = ["ismanaged"],
    trust: FStr<'a> = ["trusttype"],
});

crate::flex_obj!(Mfa<'a> { method: FStr<'a> = ["authmethod"], detail: FStr<'a> = ["authdetail"] });

crate::flex_obj!(
    /// `appliedConditionalAccessPolicy`.
    CaPol<'a> {
        id: FStr<'a> = ["id"],
        name: FStr<'a> = ["displayname"],
        grant: FList<FStr<'a>> = ["enforcedgrantcontrols"],
        session: FList<FStr<'a>> = ["enforcedsessioncontrols"],
        result: FStr<'a> = ["result"],
    }
);

crate::flex_obj!(
    /// `authenticationDetail`.
    AuthDetail<'a> {
        time: FStr<'a> = ["authenticationstepdatetime"],
        method: FStr<'a> = ["authenticationmethod"],
        detail: FStr<'a> = ["authenticationmethoddetail"],
        succeeded: FBool = ["succeeded"],
        result: FStr<'a> = ["authenticationstepresultdetail"],
        requirement: FStr<'a> = ["authenticationsteprequirement"],
    }
);

crate::flex_obj!(Msi<'a> {
    kind: FStr<'a> = ["msitype"],
    resource: FStr<'a> = ["associatedresourceid"],
    token_id: FStr<'a> = ["federatedtokenid"],
    token_issuer: FStr<'a> = ["federatedtokenissuer"],
});

crate::flex_obj!(TokenProt<'a> { status: FStr<'a> = ["signinsessionstatus"], code: FStr<'a> = ["signinsessionstatuscode"] });

crate::flex_obj!(InitUser<'a> {
    id: FStr<'a> = ["id"],
    name: FStr<'a> = ["displayname"],
    upn: FStr<'a> = ["userprincipalname"],
    ip: FStr<'a> = ["ipaddress"],
    home_tenant: FStr<'a> = ["hometenantid"],
    home_tenant_name: FStr<'a> = ["hometenantname"],
});

crate::flex_obj!(InitApp<'a> {
    app_id: FStr<'a> = ["appid"],
    name: FStr<'a> = ["displayname"],
    sp_id: FStr<'a> = ["serviceprincipalid"],
    sp_name: FStr<'a> = ["serviceprincipalname"],
});

crate::flex_obj!(InitBy<'a> { user: InitUser<'a> = ["user"], app: InitApp<'a> = ["app"] });

crate::flex_obj!(ModProp<'a> { name: FStr<'a> = ["displayname"], old: FStr<'a> = ["oldvalue"], new: FStr<'a> = ["newvalue"] });

crate::flex_obj!(TargetRes<'a> {
    id: FStr<'a> = ["id"],
    name: FStr<'a> = ["displayname"],
    kind: FStr<'a> = ["type"],
    upn: FStr<'a> = ["userprincipalname"],
    props: FList<ModProp<'a>> = ["modifiedproperties"],
});

crate::flex_obj!(Kv<'a> { key: FStr<'a> = ["key"], value: FStr<'a> = ["value"] });

/// `location`: an object (Graph), or text (the envelope's / Log Analytics' country code).
#[derive(Clone, Debug, Default)]
pub enum LocOrText<'a> {
    #[default]
    None,
    Obj(Loc<'a>),
    Text(Cow<'a, str>),
}

impl Blank for LocOrText<'_> {
    fn is_blank(&self) -> bool {
        match self {
            LocOrText::None => true,
            LocOrText::Obj(l) => l.is_blank(),
            LocOrText::Text(t) => t.trim().is_empty(),
        }
    }
}

impl<'de> Deserialize<'de> for LocOrText<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LocOrText<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a location")
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<LocOrText<'de>, M::Error> {
                Loc::deserialize(de::value::MapAccessDeserializer::new(map)).map(LocOrText::Obj)
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<LocOrText<'de>, E> {
                if super::flex::is_dotnet_type_name(v) {
                    return Ok(LocOrText::None);
                }
                if v.trim_start().starts_with('{') {
                    return super::flex::object_from_json_text(v).map(LocOrText::Obj);
                }
                Ok(LocOrText::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LocOrText<'de>, E> {
                if super::flex::is_dotnet_type_name(v) {
                    return Ok(LocOrText::None);
                }
                if v.trim_start().starts_with('{') {
                    return super::flex::object_from_json_text(v).map(LocOrText::Obj);
                }
                Ok(LocOrText::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<LocOrText<'de>, E> {
                Ok(LocOrText::None)
            }
            fn visit_none<E: de::Error>(self) -> Result<LocOrText<'de>, E> {
                Ok(LocOrText::None)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<LocOrText<'de>, D::Error> {
                LocOrText::deserialize(d)
            }
        }
        d.deserialize_any(V)
    }
}

/// The `properties` of a diagnostic envelope: the record inside it.
///
/// Only one level is read. `Rec` is the one type that contains itself, and each level
/// costs a large stack frame, so a file nesting `{"properties":{"properties":…` deeply
/// could overflow the stack (wasm32 has 1 MiB) long before the JSON parser's own depth
/// limit stops it. An envelope inside an envelope is skipped as unknown data instead.
#[derive(Clone, Debug, Default)]
pub struct Envelope<'a>(pub Option<Box<Rec<'a>>>);

impl Blank for Envelope<'_> {
    fn is_blank(&self) -> bool {
        self.0.is_none()
    }
}

thread_local! {
    /// How many `properties` levels are being read on this thread.
    static ENVELOPE_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

impl<'de> Deserialize<'de> for Envelope<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if ENVELOPE_DEPTH.with(|c| c.get()) >= 1 {
            de::IgnoredAny::deserialize(d)?;
            return Ok(Envelope(None));
        }
        struct Guard;
        impl Drop for Guard {
            fn drop(&mut self) {
                ENVELOPE_DEPTH.with(|c| c.set(c.get().saturating_sub(1)));
            }
        }
        ENVELOPE_DEPTH.with(|c| c.set(c.get() + 1));
        let _guard = Guard;
        Option::<Box<Rec<'de>>>::deserialize(d).map(Envelope)
    }
}

crate::flex_obj!(
    /// Any sign-in or audit record, in any key style (see the module docs).
    Rec<'a> {
        // Identity of the record.
        id: FStr<'a> = ["id"],
        correlation_id: FStr<'a> = ["correlationid"],
        // Envelope (Azure Monitor diagnostic settings) and Log Analytics metadata.
        envelope_time: FStr<'a> = ["time"],
        time_generated: FStr<'a> = ["timegenerated"],
        // Panther's normalised copy of the event time.
        vendor_time: FStr<'a> = ["peventtime"],
        category: FStr<'a> = ["category"],
        table: FStr<'a> = ["type"],
        operation_name: FStr<'a> = ["operationname"],
        result_type: FStr<'a> = ["resulttype"],
        result_description: FStr<'a> = ["resultdescription"],
        caller_ip: FStr<'a> = ["calleripaddress"],
        identity: FStr<'a> = ["identity"],
        properties: Envelope<'a> = ["properties"],
        // Sign-in.
        created: FStr<'a> = ["createddatetime"],
        user_name: FStr<'a> = ["userdisplayname"],
        upn: FStr<'a> = ["userprincipalname"],
        user_id: FStr<'a> = ["userid"],
        user_type: FStr<'a> = ["usertype"],
        app: FStr<'a> = ["appdisplayname"],
        app_id: FStr<'a> = ["appid"],
        app_owner_tenant: FStr<'a> = ["appownertenantid"],
        resource: FStr<'a> = ["resourcedisplayname"],
        resource_id: FStr<'a> = ["resourceid", "resourceidentity"],
        resource_tenant: FStr<'a> = ["resourcetenantid"],
        resource_owner_tenant: FStr<'a> = ["resourceownertenantid"],
        home_tenant: FStr<'a> = ["hometenantid"],
        home_tenant_name: FStr<'a> = ["hometenantname"],
        ip: FStr<'a> = ["ipaddress"],
        location: LocOrText<'a> = ["location"],
        location_details: Loc<'a> = ["locationdetails", "locationdetailsdynamic", "locationdetailsstring"],
        status: Status<'a> = ["status", "statusdynamic", "statusstring"],
        client_app: FStr<'a> = ["clientappused"],
        user_agent: FStr<'a> = ["useragent"],
        device: Device<'a> = ["devicedetail", "devicedetaildynamic", "devicedetailstring"],
        mfa: Mfa<'a> = ["mfadetail", "mfadetaildynamic", "mfadetailstring"],
        auth_requirement: FStr<'a> = ["authenticationrequirement"],
        auth_protocol: FStr<'a> = ["authenticationprotocol"],
        transfer_method: FStr<'a> = ["originaltransfermethod"],
        methods_used: FList<FStr<'a>> = ["authenticationmethodsused"],
        sign_in_identifier: FStr<'a> = ["signinidentifier"],
        session_id: FStr<'a> = ["sessionid"],
        ip_resource: FStr<'a> = ["ipaddressfromresourceprovider"],
        gsa: FBool = ["isthroughglobalsecureaccess"],
        gsa_ip: FStr<'a> = ["globalsecureaccessipaddress"],
        asn: FNum = ["autonomoussystemnumber"],
        flagged: FBool = ["flaggedforreview"],
        token_issuer_type: FStr<'a> = ["tokenissuertype"],
        token_issuer: FStr<'a> = ["tokenissuername"],
        latency: FNum = ["processingtimeinmilliseconds"],
        ca_status: FStr<'a> = ["conditionalaccessstatus"],
        ca_policies: FList<CaPol<'a>> = ["appliedconditionalaccesspolicies", "conditionalaccesspolicies", "conditionalaccesspoliciesdynamic", "conditionalaccesspoliciesstring"],
        sp_name: FStr<'a> = ["serviceprincipalname"],
        sp_id: FStr<'a> = ["serviceprincipalid"],
        cred_key_id: FStr<'a> = ["serviceprincipalcredentialkeyid"],
        cred_thumbprint: FStr<'a> = ["serviceprincipalcredentialthumbprint"],
        msi: Msi<'a> = ["managedserviceidentity"],
        risk_during: FStr<'a> = ["risklevelduringsignin"],
        risk_aggregated: FStr<'a> = ["risklevelaggregated"],
        risk_state: FStr<'a> = ["riskstate"],
        risk_detail: FStr<'a> = ["riskdetail"],
        risk_types: FList<FStr<'a>> = ["riskeventtypes"],
        risk_types_v2: FList<FStr<'a>> = ["riskeventtypesv2"],
        is_interactive: FBool = ["isinteractive"],
        event_types: FList<FStr<'a>> = ["signineventtypes"],
        cross_tenant: FStr<'a> = ["crosstenantaccesstype"],
        incoming_token: FStr<'a> = ["incomingtokentype"],
        cred_type: FStr<'a> = ["clientcredentialtype"],
        token_protection: TokenProt<'a> = ["tokenprotectionstatusdetails"],
        auth_details: FList<AuthDetail<'a>> = ["authenticationdetails"],
        // Audit.
        activity_time: FStr<'a> = ["activitydatetime"],
        activity: FStr<'a> = ["activitydisplayname"],
        service: FStr<'a> = ["loggedbyservice"],
        operation_type: FStr<'a> = ["operationtype", "aadoperationtype"],
        result: FStr<'a> = ["result"],
        result_reason: FStr<'a> = ["resultreason"],
        initiated_by: InitBy<'a> = ["initiatedby"],
        targets: FList<TargetRes<'a>> = ["targetresources"],
        additional: FList<Kv<'a>> = ["additionaldetails"],
    }
);

/// Why a record was not loaded.
#[derive(Debug, PartialEq, Eq)]
pub enum Skip {
    /// A category that is neither a sign-in nor an audit log (risk events, provisioning…).
    OtherCategory(String),
    /// No recognisable fields.
    Unrecognised,
}

impl<'a> Rec<'a> {
    /// The record that carries the fields: `properties` for an envelope, else itself.
    pub fn body(&self) -> &Rec<'a> {
        self.properties.0.as_deref().unwrap_or(self)
    }

    /// Decides the log type, from the category when there is one, else from the keys.
    pub fn log_kind(&self) -> Result<Log, Skip> {
        let cat = self.category.as_str().to_ascii_lowercase();
        let table = self.table.as_str().to_ascii_lowercase();
        for c in [cat.as_str(), table.as_str()] {
            if c == "auditlogs" {
                return Ok(Log::Audits);
            }
            if c.ends_with("signinlogs") {
                return Ok(Log::SignIns);
            }
        }
        let b = self.body();
        let audit_keys = !b.activity_time.is_empty()
            || !b.activity.is_empty()
            || !b.initiated_by.is_blank()
            || !b.targets.0.is_empty()
            || !b.service.is_empty();
        let signin_keys = !b.created.is_empty()
            || !b.upn.is_empty()
            || !b.app.is_empty()
            || !b.status.is_blank()
            || !b.client_app.is_empty()
            || !b.sp_id.is_empty();
        match (audit_keys, signin_keys) {
            (true, false) => Ok(Log::Audits),
            (false, true) => Ok(Log::SignIns),
            (true, true) => {
                Ok(if b.activity.is_empty() && b.activity_time.is_empty() { Log::SignIns } else { Log::Audits })
            }
            (false, false) if self.properties.0.is_some() && !cat.is_empty() => {
                Err(Skip::OtherCategory(self.category.as_str().to_owned()))
            }
            (false, false) => Err(Skip::Unrecognised),
        }
    }
}

/// True for the literal `<null>` that Log Analytics and PowerShell exports write for a missing
/// value (an IP address of `<null>` is no address).
#[inline]
pub fn is_null_literal(s: &str) -> bool {
    s.len() >= 6 && trim(s) == "<null>"
}

/// `s.trim()`, without decoding characters when both ends are plainly not white space (most
/// cells: ingest trims some ten million of them in a 250,000-row export).
#[inline]
pub fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&f), Some(&l)) if f > b' ' && f < 0x80 && l > b' ' && l < 0x80 => s,
        _ => s.trim(),
    }
}

/// `s` trimmed, or "" for the `<null>` literal.
#[inline]
fn value_text(s: &str) -> &str {
    if is_null_literal(s) { "" } else { trim(s) }
}

/// A text cell: interned after trimming.
#[inline]
pub fn text(ds: &mut Dataset, s: &str) -> Value {
    Value::Sym(ds.strings.intern(value_text(s)))
}

/// The symbol of `s` (trimmed) through the shortcut slot `slot`.
#[inline]
fn sym(ds: &mut Dataset, slot: usize, s: &str) -> Sym {
    let Dataset { strings, recent, .. } = ds;
    recent.intern(strings, slot, value_text(s))
}

/// A text cell of field `slot`: interned after trimming, through the dataset's shortcut
/// for repeated values.
#[inline]
pub fn tx(ds: &mut Dataset, slot: usize, s: &str) -> Value {
    let Dataset { strings, recent, .. } = ds;
    Value::Sym(recent.intern(strings, slot, value_text(s)))
}

/// "City, State, CC" → (city, state, country), splitting on the last two commas.
pub fn split_location(s: &str) -> (&str, &str, &str) {
    let mut parts = s.rsplitn(3, ',');
    let country = parts.next().unwrap_or("").trim();
    let state = parts.next().unwrap_or("").trim();
    let city = parts.next().unwrap_or("").trim();
    match (city.is_empty(), state.is_empty()) {
        // "Seattle, US": two parts.
        (true, false) => (state, "", country),
        _ => (city, state, country),
    }
}

/// The portal's "City, State, CC" from parts (empty parts kept, as the portal does).
pub fn join_location(city: &str, state: &str, country: &str) -> String {
    if city.is_empty() && state.is_empty() && country.is_empty() {
        String::new()
    } else {
        format!("{city}, {state}, {country}")
    }
}

/// Status from an error code, as the portal derives it.
pub fn status_from_code(code: u32) -> u8 {
    match codes::class_of(code) {
        codes::CodeClass::Success => 1,
        codes::CodeClass::Failure => 2,
        codes::CodeClass::Interrupt => 3,
    }
}

fn event_type_of(rec: &Rec<'_>, body: &Rec<'_>) -> u8 {
    let cat = rec.category.as_str().to_ascii_lowercase();
    let table = rec.table.as_str().to_ascii_lowercase();
    for c in [cat.as_str(), table.as_str()] {
        match c {
            "signinlogs" => return 1,
            "noninteractiveusersigninlogs" | "aadnoninteractiveusersigninlogs" => return 2,
            "serviceprincipalsigninlogs" | "aadserviceprincipalsigninlogs" | "microsoftserviceprincipalsigninlogs" => {
                return 3;
            }
            "managedidentitysigninlogs" | "aadmanagedidentitysigninlogs" => return 4,
            _ => {}
        }
    }
    for t in &body.event_types.0 {
        let e = parse_enum(schema::EVENT_TYPE, t.as_str());
        if e != 0 {
            return e;
        }
    }
    if let Some(i) = body.is_interactive.0 {
        return if i { 1 } else { 2 };
    }
    if body.upn.is_empty() && body.user_id.is_empty() && !body.sp_id.is_empty() {
        return if body.msi.is_blank() { 3 } else { 4 };
    }
    1
}

/// The first non-empty of several texts.
fn first<'s>(xs: &[&'s FStr<'_>]) -> &'s str {
    xs.iter().map(|x| x.as_str()).find(|s| !s.trim().is_empty() && !is_null_literal(s)).unwrap_or("")
}

/// Maps a JSON record to a sign-in row (and pushes its authentication steps).
pub fn to_signin(rec: &Rec<'_>, ds: &mut Dataset, src: SourceRef) -> SignInRow {
    let b = rec.body();
    let mut row = ds.blank_signin_row();
    let set = |row: &mut Vec<Value>, f: S, v: Value| row[f as usize] = v;

    let time = first(&[&b.created, &rec.envelope_time, &b.time_generated, &rec.time_generated, &rec.vendor_time]);
    // Some Log Analytics exports project the time away; the first authentication step
    // still says when the sign-in happened.
    let ts = parse_ts_ms(time)
        .or_else(|| b.auth_details.0.iter().filter_map(|d| parse_ts_ms(d.time.as_str())).min())
        .unwrap_or(crate::core::model::NO_TIME);
    set(&mut row, S::Time, Value::Time(ts));
    let request = id::id_from_text(first(&[&b.id]), &mut ds.strings);
    set(&mut row, S::RequestId, Value::Id(request));
    set(
        &mut row,
        S::CorrelationId,
        Value::Id(id::id_from_text(first(&[&b.correlation_id, &rec.correlation_id]), &mut ds.strings)),
    );
    let user = first(&[&b.user_name, &b.identity, &rec.identity]);
    set(&mut row, S::User, tx(ds, S::User as usize, user));
    set(&mut row, S::Upn, tx(ds, S::Upn as usize, b.upn.as_str()));
    set(&mut row, S::UserId, tx(ds, S::UserId as usize, b.user_id.as_str()));
    set(&mut row, S::UserType, tx(ds, S::UserType as usize, b.user_type.as_str()));
    set(&mut row, S::App, tx(ds, S::App as usize, b.app.as_str()));
    set(&mut row, S::AppId, tx(ds, S::AppId as usize, b.app_id.as_str()));
    set(&mut row, S::AppOwnerTenant, tx(ds, S::AppOwnerTenant as usize, b.app_owner_tenant.as_str()));
    set(&mut row, S::Resource, tx(ds, S::Resource as usize, b.resource.as_str()));
    set(&mut row, S::ResourceId, tx(ds, S::ResourceId as usize, b.resource_id.as_str()));
    set(&mut row, S::ResourceTenant, tx(ds, S::ResourceTenant as usize, b.resource_tenant.as_str()));
    set(&mut row, S::ResourceOwnerTenant, tx(ds, S::ResourceOwnerTenant as usize, b.resource_owner_tenant.as_str()));
    set(&mut row, S::HomeTenant, tx(ds, S::HomeTenant as usize, b.home_tenant.as_str()));
    set(&mut row, S::HomeTenantName, tx(ds, S::HomeTenantName as usize, b.home_tenant_name.as_str()));
    set(&mut row, S::Ip, tx(ds, S::Ip as usize, first(&[&b.ip, &rec.caller_ip])));

    set_location(&mut row, ds, rec);

    // Status: code from status.errorCode, else resultType.
    let code_text = first(&[&b.status.code, &b.result_type, &rec.result_type]);
    let mut code = crate::core::codes::parse_code(code_text);
    // Some normalised copies write the result as a word ("Success" / "Failure").
    let word = parse_enum(schema::STATUS, code_text);
    if code.is_none() && word == 1 {
        code = Some(0);
    }
    set(&mut row, S::Code, Value::Int(code.unwrap_or(crate::core::model::NO_INT)));
    set(&mut row, S::Status, Value::Enum(code.map_or(word, status_from_code)));
    set(
        &mut row,
        S::Reason,
        tx(ds, S::Reason as usize, first(&[&b.status.reason, &b.result_description, &rec.result_description])),
    );
    set(&mut row, S::StatusDetail, tx(ds, S::StatusDetail as usize, b.status.detail.as_str()));

    set(&mut row, S::ClientApp, tx(ds, S::ClientApp as usize, b.client_app.as_str()));
    set(&mut row, S::UserAgent, tx(ds, S::UserAgent as usize, b.user_agent.as_str()));
    set(&mut row, S::DeviceId, Value::Id(id::id_from_text(value_text(b.device.id.as_str()), &mut ds.strings)));
    set(&mut row, S::DeviceName, tx(ds, S::DeviceName as usize, b.device.name.as_str()));
    set(&mut row, S::Browser, tx(ds, S::Browser as usize, b.device.browser.as_str()));
    set(&mut row, S::Os, tx(ds, S::Os as usize, b.device.os.as_str()));
    set(&mut row, S::Compliant, Value::Enum(b.device.compliant.0.map_or(0, |x| x as u8 + 1)));
    set(&mut row, S::Managed, Value::Enum(b.device.managed.0.map_or(0, |x| x as u8 + 1)));
    set(&mut row, S::JoinType, tx(ds, S::JoinType as usize, b.device.trust.as_str()));
    set(&mut row, S::AuthRequirement, tx(ds, S::AuthRequirement as usize, b.auth_requirement.as_str()));
    set(&mut row, S::AuthProtocol, tx(ds, S::AuthProtocol as usize, b.auth_protocol.as_str()));
    set(&mut row, S::TransferMethod, tx(ds, S::TransferMethod as usize, b.transfer_method.as_str()));
    set(&mut row, S::MethodsUsed, tx(ds, S::MethodsUsed as usize, &join_list(&b.methods_used)));
    set(&mut row, S::SignInIdentifier, tx(ds, S::SignInIdentifier as usize, b.sign_in_identifier.as_str()));
    set(&mut row, S::SessionId, Value::Id(id::id_from_text(value_text(b.session_id.as_str()), &mut ds.strings)));
    set(&mut row, S::IpResource, tx(ds, S::IpResource as usize, b.ip_resource.as_str()));
    set(&mut row, S::Gsa, Value::Enum(b.gsa.0.map_or(0, |x| x as u8 + 1)));
    set(&mut row, S::GsaIp, tx(ds, S::GsaIp as usize, b.gsa_ip.as_str()));
    set(&mut row, S::Asn, Value::Int(b.asn.0.map_or(crate::core::model::NO_INT, |x| x as u32)));
    set(&mut row, S::Flagged, Value::Enum(b.flagged.0.map_or(0, |x| x as u8 + 1)));
    set(&mut row, S::TokenIssuerType, tx(ds, S::TokenIssuerType as usize, b.token_issuer_type.as_str()));
    set(&mut row, S::TokenIssuer, tx(ds, S::TokenIssuer as usize, b.token_issuer.as_str()));
    set(&mut row, S::Latency, Value::Int(b.latency.0.map_or(crate::core::model::NO_INT, |x| x as u32)));
    set(&mut row, S::Ca, Value::Enum(parse_enum(schema::CA_STATUS, b.ca_status.as_str())));
    set(&mut row, S::SpName, tx(ds, S::SpName as usize, b.sp_name.as_str()));
    set(&mut row, S::SpId, tx(ds, S::SpId as usize, b.sp_id.as_str()));
    set(&mut row, S::CredKeyId, tx(ds, S::CredKeyId as usize, b.cred_key_id.as_str()));
    set(&mut row, S::CredThumbprint, tx(ds, S::CredThumbprint as usize, b.cred_thumbprint.as_str()));
    set(&mut row, S::MiType, tx(ds, S::MiType as usize, b.msi.kind.as_str()));
    set(&mut row, S::AssociatedResource, tx(ds, S::AssociatedResource as usize, b.msi.resource.as_str()));
    set(&mut row, S::FederatedTokenId, tx(ds, S::FederatedTokenId as usize, b.msi.token_id.as_str()));
    set(&mut row, S::FederatedTokenIssuer, tx(ds, S::FederatedTokenIssuer as usize, b.msi.token_issuer.as_str()));
    set(&mut row, S::RiskDuring, Value::Enum(parse_enum(schema::RISK, b.risk_during.as_str())));
    set(&mut row, S::RiskAggregated, Value::Enum(parse_enum(schema::RISK, b.risk_aggregated.as_str())));
    set(&mut row, S::RiskState, Value::Enum(parse_enum(schema::RISK_STATE, b.risk_state.as_str())));
    set(&mut row, S::RiskDetail, tx(ds, S::RiskDetail as usize, b.risk_detail.as_str()));
    let risk_list = if b.risk_types_v2.0.is_empty() { &b.risk_types } else { &b.risk_types_v2 };
    set(&mut row, S::RiskEventTypes, tx(ds, S::RiskEventTypes as usize, &join_list(risk_list)));
    set(&mut row, S::EventType, Value::Enum(event_type_of(rec, b)));
    set(&mut row, S::CrossTenant, tx(ds, S::CrossTenant as usize, b.cross_tenant.as_str()));
    set(&mut row, S::IncomingToken, tx(ds, S::IncomingToken as usize, b.incoming_token.as_str()));
    set(&mut row, S::CredentialType, tx(ds, S::CredentialType as usize, b.cred_type.as_str()));
    set(&mut row, S::TokenProtection, tx(ds, S::TokenProtection as usize, b.token_protection.status.as_str()));
    set(&mut row, S::TokenProtectionCode, tx(ds, S::TokenProtectionCode as usize, b.token_protection.code.as_str()));

    let (mfa_method, mfa_result) = push_steps(ds, b, request, time);
    set(&mut row, S::MfaMethod, tx(ds, S::MfaMethod as usize, mfa_method));
    set(&mut row, S::MfaDetail, tx(ds, S::MfaDetail as usize, b.mfa.detail.as_str()));
    set(&mut row, S::MfaResult, tx(ds, S::MfaResult as usize, mfa_result));
    let ca = ca_applied(ds, b);
    SignInRow { values: row, ca, src }
}

/// The location columns: the object (Graph / LocationDetails), else text (a country code).
fn set_location(row: &mut [Value], ds: &mut Dataset, rec: &Rec<'_>) {
    let b = rec.body();
    let set = |row: &mut [Value], f: S, v: Value| row[f as usize] = v;
    let (mut city, mut state, mut country, mut lat, mut lon) =
        (String::new(), String::new(), String::new(), f32::NAN, f32::NAN);
    let loc_obj = match (&b.location, &b.location_details) {
        (LocOrText::Obj(l), _) => Some(l),
        (_, l) if !l.is_blank() => Some(l),
        _ => None,
    };
    if let Some(l) = loc_obj {
        city = l.city.as_str().trim().to_owned();
        state = l.state.as_str().trim().to_owned();
        country = l.country.as_str().trim().to_owned();
        if let (Some(la), Some(lo)) = (l.geo.latitude.0, l.geo.longitude.0) {
            // 0,0 is what the managed-identity records carry for "unknown".
            if !(la == 0.0 && lo == 0.0) {
                lat = la as f32;
                lon = lo as f32;
            }
        }
    }
    if country.is_empty() {
        for t in [&b.location, &rec.location] {
            if let LocOrText::Text(t) = t {
                country = t.trim().to_owned();
            }
        }
    }
    set(row, S::City, tx(ds, S::City as usize, &city));
    set(row, S::State, tx(ds, S::State as usize, &state));
    set(row, S::Country, tx(ds, S::Country as usize, &country));
    let joined = join_location(&city, &state, &country);
    set(row, S::Location, tx(ds, S::Location as usize, &joined));
    set(row, S::Lat, Value::Float(lat));
    set(row, S::Lon, Value::Float(lon));
}

/// Pushes the authentication steps of a sign-in; returns its MFA method and result: the
/// (deprecated) mfaDetail, else the last non-password step.
fn push_steps<'b>(ds: &mut Dataset, b: &'b Rec<'_>, request: u128, time: &str) -> (&'b str, &'b str) {
    let mut mfa_method = b.mfa.method.as_str();
    let mut mfa_result = "";
    let st = time_ms_or(time);
    for d in &b.auth_details.0 {
        let method = d.method.as_str();
        let step_time = parse_ts_ms(d.time.as_str()).unwrap_or(st);
        let req = d.requirement.as_str();
        let is_mfa = req.as_bytes().windows(11).any(|w| w.eq_ignore_ascii_case(b"multifactor"))
            || req.eq_ignore_ascii_case("mfa")
            || !(method.is_empty()
                || method.eq_ignore_ascii_case("password")
                || method.eq_ignore_ascii_case("previously satisfied"));
        if is_mfa && !d.result.is_empty() {
            mfa_result = d.result.as_str().trim();
            if mfa_method.is_empty() {
                mfa_method = method.trim();
            }
        }
        let step = AuthStep {
            request,
            time: step_time,
            method: sym(ds, 200, method),
            detail: sym(ds, 201, d.detail.as_str()),
            succeeded: d.succeeded.0.map_or(0, |x| x as u8 + 1),
            result: sym(ds, 202, d.result.as_str()),
            requirement: sym(ds, 203, req),
        };
        if request != 0 {
            ds.push_step(step);
        }
    }
    (mfa_method, mfa_result)
}

/// The Conditional Access policies applied to a sign-in.
fn ca_applied(ds: &mut Dataset, b: &Rec<'_>) -> Vec<CaApplied> {
    let mut ca = Vec::with_capacity(b.ca_policies.0.len());
    for p in &b.ca_policies.0 {
        let (g, s) = (join_list(&p.grant), join_list(&p.session));
        let policy = CaPolicy {
            id: sym(ds, 210, p.id.as_str()),
            name: sym(ds, 211, p.name.as_str()),
            grant: sym(ds, 212, &g),
            session: sym(ds, 213, &s),
        };
        let policy = ds.policy(policy);
        let result = sym(ds, 214, p.result.as_str());
        ca.push(CaApplied { policy, result });
    }
    ca
}

/// The non-empty items of a list joined with ", " (no allocation for zero or one item).
fn join_list<'s>(l: &'s FList<FStr<'_>>) -> Cow<'s, str> {
    let mut items = l.0.iter().map(|x| x.as_str()).filter(|x| !x.is_empty());
    match (items.next(), items.next()) {
        (None, _) => Cow::Borrowed(""),
        (Some(one), None) => Cow::Borrowed(one),
        (Some(a), Some(b)) => {
            let mut out = format!("{a}, {b}");
            for x in items {
                out.push_str(", ");
                out.push_str(x);
            }
            Cow::Owned(out)
        }
    }
}

fn time_ms_or(t: &str) -> i64 {
    parse_ts_ms(t).unwrap_or(crate::core::model::NO_TIME)
}

/// The display names of an audit event's targets ("a, b, c").
pub fn targets_display(ds: &Dataset, targets: &[(Target, Vec<ModifiedProperty>)]) -> String {
    targets
        .iter()
        .map(|(t, _)| if t.upn.is_empty() { ds.strings.get(t.name) } else { ds.strings.get(t.upn) })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The actor column: user principal name, else display name, else the app.
pub fn actor_display<'s>(upn: &'s str, name: &'s str, sp_name: &'s str, app: &'s str) -> &'s str {
    [upn, name, sp_name, app].into_iter().map(str::trim).find(|s| !s.is_empty()).unwrap_or("")
}

/// A de-duplication key for audit events.
///
/// The portal's audit CSV has no event id, so the key is built from what every export
/// carries: the time (to the second), correlation id, activity, actor, the first target
/// and its first modified property. The same event loaded from a CSV and from a JSON
/// export gets the same key; two different events practically never do.
pub fn audit_key(row: &[Value], ds: &Dataset, targets: &[(Target, Vec<ModifiedProperty>)]) -> u128 {
    let time = match row[A::Time as usize] {
        Value::Time(t) => t.div_euclid(1000),
        _ => 0,
    };
    let corr = match row[A::CorrelationId as usize] {
        Value::Id(v) => v,
        _ => 0,
    };
    let sym = |f: A| match row[f as usize] {
        Value::Sym(s) => ds.strings.get(s),
        _ => "",
    };
    let first_target = targets.first().map_or("", |(t, _)| ds.strings.get(if t.id.is_empty() { t.name } else { t.id }));
    let first_prop = targets.first().and_then(|(_, p)| p.first()).map_or("", |p| ds.strings.get(p.name));
    // A correlation id that is not a GUID is stored by its symbol, whose number depends on what
    // was loaded before: its text goes into the key instead.
    let corr = if corr & id::NON_GUID_TAG == id::NON_GUID_TAG {
        id::id_to_text(corr, &ds.strings).into_bytes()
    } else {
        corr.to_le_bytes().to_vec()
    };
    id::hash128(&[
        &time.to_le_bytes(),
        &corr,
        sym(A::Activity).as_bytes(),
        sym(A::Actor).as_bytes(),
        first_target.as_bytes(),
        first_prop.as_bytes(),
    ])
}

/// An id for an audit event whose export has none: `<correlation id>~<8 hex digits of the
/// de-duplication key>` — stable across loads, unique, and still telling the correlation id.
pub fn synthetic_audit_id(row: &[Value], key: u128, ds: &mut Dataset) -> u128 {
    let corr = match row[A::CorrelationId as usize] {
        Value::Id(v) if v != 0 => id::id_to_text(v, &ds.strings),
        _ => "audit".to_owned(),
    };
    id::id_from_text(&format!("{corr}~{:08x}", (key as u32)), &mut ds.strings)
}

/// Maps a JSON record to an audit row.
pub fn to_audit(rec: &Rec<'_>, ds: &mut Dataset, src: SourceRef) -> (AuditRow, u128) {
    let b = rec.body();
    let mut row = ds.audits.table.blank_row();
    let time = first(&[&b.activity_time, &rec.envelope_time, &b.time_generated, &rec.time_generated, &rec.vendor_time]);
    row[A::Time as usize] = Value::Time(time_ms_or(time));
    row[A::Id as usize] = Value::Id(id::id_from_text(b.id.as_str(), &mut ds.strings));
    row[A::CorrelationId as usize] =
        Value::Id(id::id_from_text(first(&[&b.correlation_id, &rec.correlation_id]), &mut ds.strings));
    row[A::Service as usize] = text(ds, b.service.as_str());
    row[A::Category as usize] = text(ds, b.category.as_str());
    row[A::Activity as usize] = text(ds, first(&[&b.activity, &b.operation_name, &rec.operation_name]));
    row[A::Result as usize] = Value::Enum(parse_enum(schema::AUDIT_RESULT, b.result.as_str()));
    row[A::Reason as usize] = text(ds, first(&[&b.result_reason, &b.result_description]));
    row[A::OperationType as usize] = text(ds, b.operation_type.as_str());
    row[A::UserAgent as usize] = text(ds, b.user_agent.as_str());
    let u = &b.initiated_by.user;
    let app = &b.initiated_by.app;
    let actor_type = if !u.is_blank() {
        "User"
    } else if !app.is_blank() {
        "App"
    } else {
        ""
    };
    row[A::ActorType as usize] = text(ds, actor_type);
    let actor_name = first(&[&u.name, &app.name, &rec.identity]);
    row[A::ActorName as usize] = text(ds, actor_name);
    row[A::ActorUpn as usize] = text(ds, u.upn.as_str());
    row[A::ActorId as usize] = text(ds, u.id.as_str());
    row[A::ActorIp as usize] = text(ds, first(&[&u.ip, &rec.caller_ip]));
    row[A::ActorAppId as usize] = text(ds, app.app_id.as_str());
    row[A::ActorSpId as usize] = text(ds, app.sp_id.as_str());
    row[A::ActorSpName as usize] = text(ds, app.sp_name.as_str());
    row[A::ActorHomeTenant as usize] = text(ds, u.home_tenant.as_str());
    row[A::ActorHomeTenantName as usize] = text(ds, u.home_tenant_name.as_str());
    let actor = actor_display(u.upn.as_str(), actor_name, app.sp_name.as_str(), app.name.as_str()).to_owned();
    row[A::Actor as usize] = text(ds, &actor);

    let mut targets = Vec::with_capacity(b.targets.0.len());
    for t in &b.targets.0 {
        let target = Target {
            kind: ds.strings.intern(t.kind.as_str().trim()),
            name: ds.strings.intern(t.name.as_str().trim()),
            id: ds.strings.intern(t.id.as_str().trim()),
            upn: ds.strings.intern(t.upn.as_str().trim()),
            props_off: 0,
            props_len: 0,
        };
        let props = t
            .props
            .0
            .iter()
            .map(|p| ModifiedProperty {
                name: ds.strings.intern(p.name.as_str().trim()),
                old: ds.strings.intern(p.old.as_str()),
                new: ds.strings.intern(p.new.as_str()),
            })
            .collect();
        targets.push((target, props));
    }
    let shown = targets_display(ds, &targets);
    row[A::Targets as usize] = text(ds, &shown);
    let details: Vec<KeyValue> = b
        .additional
        .0
        .iter()
        .map(|kv| KeyValue {
            key: ds.strings.intern(kv.key.as_str().trim()),
            value: ds.strings.intern(kv.value.as_str()),
        })
        .collect();
    let key = audit_key(&row, ds, &targets);
    if row[A::Id as usize] == Value::Id(0) {
        row[A::Id as usize] = Value::Id(synthetic_audit_id(&row, key, ds));
    }
    (AuditRow { values: row, targets, details, src }, key)
}

/// Symbol helper for tests and callers that hold a row.
pub fn sym_of(v: &Value) -> Sym {
    match v {
        Value::Sym(s) => *s,
        _ => Sym::EMPTY,
    }
}
