//! The books as Valueflows linked data (SPEC §16): a JSON-LD document for
//! tools of the wider open-value and REA world.
//!
//! - Each contribution is an `EconomicEvent` as first logged: `work` with
//!   an `effortQuantity` for hours and counts of work (words), `transfer`
//!   with a `resourceQuantity` for money (cash invested, expenses). Each
//!   correction is a further event that `corrects` the one before it, with
//!   the values after the correction; a void is a correction to zero.
//! - Each use of a resource is a `use` event of it (`resourceInventoriedAs`).
//! - Each revenue is a `transfer` received by the cooperative.
//! - What a live distribution gives each recipient is a `Claim` on the
//!   cooperative, `triggeredBy` the revenue; each payout is a `transfer`
//!   event, and `Settlement`s say which claims it settles (oldest first)
//!   and by how much.
//!
//! The `@context` is written inline (terms under
//! `https://w3id.org/valueflows/ont/vf#`, measures in OM 2), so a JSON-LD
//! processor expands the file without fetching anything. Quantities are
//! exact `xsd:decimal` strings; dates are `xsd:date`. Node ids are URNs
//! (`urn:openvalue:contribution:C-17`): entry ids, handles and codes are
//! already URN-safe. ADR 11 says why each choice.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::Write;

use serde_json::{json, Map, Value};

use crate::error::{Error, Result};
use crate::model::Measure;
use crate::money::{format_trimmed, Currency, QUANTITY_SCALE};
use crate::store::{HistoryChange, Ledger, Span};

/// The Valueflows namespace.
pub const VF: &str = "https://w3id.org/valueflows/ont/vf#";

/// The inline `@context`: every term the document uses, mapped to its IRI.
pub fn context() -> Value {
    let id = |iri: &str| json!({ "@id": iri, "@type": "@id" });
    let date = |iri: &str| json!({ "@id": iri, "@type": "xsd:date" });
    json!({
        "@vocab": VF,
        "vf": VF,
        "om2": "http://www.ontology-of-units-of-measure.org/resource/om-2/",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "dcterms": "http://purl.org/dc/terms/",
        "action": { "@id": "vf:action", "@type": "@vocab" },
        "provider": id("vf:provider"),
        "receiver": id("vf:receiver"),
        "inScopeOf": id("vf:inScopeOf"),
        "corrects": id("vf:corrects"),
        "triggeredBy": id("vf:triggeredBy"),
        "settles": id("vf:settles"),
        "settledBy": id("vf:settledBy"),
        "resourceConformsTo": id("vf:resourceConformsTo"),
        "resourceInventoriedAs": id("vf:resourceInventoriedAs"),
        "resourceClassifiedAs": id("vf:resourceClassifiedAs"),
        "hasPointInTime": date("vf:hasPointInTime"),
        "created": date("dcterms:created"),
        "name": "vf:name",
        "note": "vf:note",
        "finished": { "@id": "vf:finished", "@type": "xsd:boolean" },
        "effortQuantity": "vf:effortQuantity",
        "resourceQuantity": "vf:resourceQuantity",
        "Measure": "om2:Measure",
        "hasUnit": id("om2:hasUnit"),
        "hasNumericalValue": { "@id": "om2:hasNumericalValue", "@type": "xsd:decimal" },
    })
}

fn iri(what: &str, id: &str) -> String {
    format!("urn:openvalue:{what}:{id}")
}

/// The cooperative itself, the other side of every claim and payout.
const COOP: &str = "urn:openvalue:agent:cooperative";

fn measure(value: &str, unit: &str) -> Value {
    json!({ "@type": "Measure", "hasNumericalValue": value, "hasUnit": unit })
}

/// What the document holds, for the caller to report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Economic events (contributions, corrections, uses, revenues, payouts).
    pub events: usize,
    /// Claims.
    pub claims: usize,
}

/// One contribution's values at one revision.
#[derive(Clone)]
struct Version {
    member: String,
    project: String,
    kind: String,
    date: String,
    quantity: String,
    note: String,
}

/// Writes the books as a Valueflows JSON-LD document.
pub fn export_valueflows(ledger: &Ledger, out: impl Write) -> Result<Written> {
    let catalog = ledger.catalog()?;
    let currency = ledger.currency().clone();
    let mut graph: Vec<Value> = Vec::new();
    graph.push(json!({ "@id": COOP, "@type": "Agent", "name": ledger.settings().name }));
    for a in catalog.accounts.values() {
        graph.push(json!({ "@id": iri("agent", &a.handle), "@type": "Agent", "name": a.name }));
    }
    for p in catalog.projects.values() {
        graph.push(json!({ "@id": iri("project", &p.code), "name": p.name }));
    }
    for k in catalog.kinds.values() {
        graph.push(json!({
            "@id": iri("kind", &k.code), "@type": "ResourceSpecification", "name": k.name
        }));
    }
    let measures: HashMap<String, Measure> = catalog
        .kinds
        .values()
        .map(|k| (k.code.clone(), k.measure))
        .collect();
    let before = graph.len();
    contribution_events(ledger, &measures, &currency, &mut graph)?;
    use_events(ledger, &mut graph)?;
    let claims = claims_and_settlements(ledger, &currency, &mut graph)?;
    let events = graph.len() - before - claims.0 - claims.1;
    let document = json!({ "@context": context(), "@graph": graph });
    serde_json::to_writer_pretty(out, &document).map_err(|e| Error::Export(e.to_string()))?;
    Ok(Written {
        events,
        claims: claims.0,
    })
}

/// The event of one contribution version.
fn contribution_event(
    id: String,
    v: &Version,
    measures: &HashMap<String, Measure>,
    currency: &Currency,
) -> Value {
    let mut fields = Map::new();
    fields.insert("@id".into(), json!(id));
    fields.insert("@type".into(), json!("EconomicEvent"));
    fields.insert("provider".into(), json!(iri("agent", &v.member)));
    fields.insert("receiver".into(), json!(COOP));
    fields.insert("inScopeOf".into(), json!(iri("project", &v.project)));
    fields.insert("resourceConformsTo".into(), json!(iri("kind", &v.kind)));
    fields.insert("hasPointInTime".into(), json!(v.date));
    match measures.get(&v.kind) {
        Some(Measure::Money) => {
            fields.insert("action".into(), json!("transfer"));
            fields.insert("resourceClassifiedAs".into(), json!(currency_iri(currency)));
            fields.insert("resourceQuantity".into(), measure(&v.quantity, "om2:one"));
        }
        Some(Measure::Hours) => {
            fields.insert("action".into(), json!("work"));
            fields.insert("effortQuantity".into(), measure(&v.quantity, "om2:hour"));
        }
        _ => {
            fields.insert("action".into(), json!("work"));
            fields.insert("effortQuantity".into(), measure(&v.quantity, "om2:one"));
        }
    }
    if !v.note.is_empty() {
        fields.insert("note".into(), json!(v.note));
    }
    Value::Object(fields)
}

fn currency_iri(currency: &Currency) -> String {
    format!("urn:iso:std:iso:4217:{}", currency.code)
}

/// Every contribution as first logged, and each correction as an event
/// that corrects the one before it.
fn contribution_events(
    ledger: &Ledger,
    measures: &HashMap<String, Measure>,
    currency: &Currency,
    graph: &mut Vec<Value>,
) -> Result<()> {
    let books = ledger.books();
    let corrected: std::collections::HashSet<String> =
        books.corrected_contributions()?.into_iter().collect();
    let mut lines = Vec::new();
    books.each_contribution_line(&Span::default(), |c| -> Result<()> {
        lines.push(c);
        Ok(())
    })?;
    for c in lines {
        let id = iri("contribution", &c.id);
        if !corrected.contains(&c.id) {
            let v = Version {
                member: c.member,
                project: c.project,
                kind: c.kind,
                date: c.date.to_string(),
                quantity: format_trimmed(i128::from(c.quantity_e4), QUANTITY_SCALE),
                note: c.note,
            };
            graph.push(contribution_event(id, &v, measures, currency));
            continue;
        }
        let mut current: Option<Version> = None;
        let mut previous = id.clone();
        for event in ledger.contribution_history(&c.id)? {
            let (revision, changes, void) = match event.change {
                HistoryChange::Logged {
                    member,
                    project,
                    kind,
                    date,
                    quantity,
                    note,
                } => {
                    let v = Version {
                        member,
                        project,
                        kind,
                        date,
                        quantity,
                        note,
                    };
                    graph.push(contribution_event(id.clone(), &v, measures, currency));
                    current = Some(v);
                    continue;
                }
                HistoryChange::Corrected { revision, changes } => (revision, changes, false),
                HistoryChange::Voided { revision } => (revision, Vec::new(), true),
                _ => continue,
            };
            let Some(v) = current.as_mut() else { continue };
            for change in changes {
                match change.field {
                    "quantity" => v.quantity = change.to,
                    "date" => v.date = change.to,
                    "kind" => v.kind = change.to,
                    "note" => v.note = change.to,
                    _ => {}
                }
            }
            let mut shown = v.clone();
            if void {
                shown.quantity = "0".into();
            }
            let this = format!("{id}:revision:{revision}");
            let mut event = contribution_event(this.clone(), &shown, measures, currency);
            event["corrects"] = json!(previous);
            if void {
                event["note"] = json!("voided");
            }
            graph.push(event);
            previous = this;
        }
    }
    Ok(())
}

/// Each use of a resource: a `use` event of it.
fn use_events(ledger: &Ledger, graph: &mut Vec<Value>) -> Result<()> {
    let units: HashMap<String, String> = ledger
        .resources()?
        .into_iter()
        .map(|r| (r.code, r.unit))
        .collect();
    for u in ledger.resource_uses()? {
        let unit = match units.get(&u.resource).map(String::as_str) {
            Some("hour" | "hours" | "h") => "om2:hour",
            _ => "om2:one",
        };
        graph.push(json!({
            "@id": iri("use", &u.id),
            "@type": "EconomicEvent",
            "action": "use",
            "provider": COOP,
            "receiver": u.by.as_deref().map(|b| iri("agent", b)).unwrap_or(COOP.to_string()),
            "resourceInventoriedAs": iri("resource", &u.resource),
            "inScopeOf": iri("project", &u.project),
            "hasPointInTime": u.date.to_string(),
            "effortQuantity": measure(&u.quantity, unit),
        }));
    }
    Ok(())
}

/// Revenues, the claims live distributions make on the cooperative,
/// payouts, and the settlements of the claims by the payouts (each payout
/// settles its recipient's oldest open claims first). Returns how many
/// claims and settlements were written.
fn claims_and_settlements(
    ledger: &Ledger,
    currency: &Currency,
    graph: &mut Vec<Value>,
) -> Result<(usize, usize)> {
    let books = ledger.books();
    let money = |minor: i64| measure(&currency.format(minor), "om2:one");
    for r in books.revenues_in(&Span::default())? {
        let mut event = json!({
            "@id": iri("revenue", &r.id),
            "@type": "EconomicEvent",
            "action": "transfer",
            "receiver": COOP,
            "inScopeOf": iri("project", &r.project),
            "hasPointInTime": r.date.to_string(),
            "resourceClassifiedAs": currency_iri(currency),
            "resourceQuantity": money(r.amount_minor),
        });
        if !r.note.is_empty() {
            event["note"] = json!(r.note);
        }
        graph.push(event);
    }
    // Open claims by recipient, oldest first: (claim index in graph, amount left).
    let mut open: BTreeMap<String, VecDeque<(usize, i64)>> = BTreeMap::new();
    let mut claims = 0;
    let distributions = books.distribution_postings(None)?;
    for d in distributions.iter().filter(|d| d.reversed_on.is_none()) {
        for (recipient, amount_minor) in &d.lines {
            open.entry(recipient.clone())
                .or_default()
                .push_back((graph.len(), *amount_minor));
            graph.push(json!({
                "@id": iri("claim", &format!("{}:{recipient}", d.id)),
                "@type": "Claim",
                "action": "transfer",
                "provider": COOP,
                "receiver": iri("agent", recipient),
                "triggeredBy": iri("revenue", &d.revenue),
                "inScopeOf": iri("project", &d.project),
                "created": d.date.to_string(),
                "resourceClassifiedAs": currency_iri(currency),
                "resourceQuantity": money(*amount_minor),
                "finished": false,
            }));
            claims += 1;
        }
    }
    let mut settlements = Vec::new();
    // Oldest first, so each settles the oldest claims still open.
    for p in books.payouts_in(&Span::default())? {
        let event = iri("payout", &p.id);
        let mut fields = Map::new();
        fields.insert("@id".into(), json!(event));
        fields.insert("@type".into(), json!("EconomicEvent"));
        fields.insert("action".into(), json!("transfer"));
        fields.insert("provider".into(), json!(COOP));
        fields.insert("receiver".into(), json!(iri("agent", &p.account)));
        fields.insert("hasPointInTime".into(), json!(p.date.to_string()));
        fields.insert("resourceClassifiedAs".into(), json!(currency_iri(currency)));
        fields.insert("resourceQuantity".into(), money(p.amount_minor));
        if !p.note.is_empty() {
            fields.insert("note".into(), json!(p.note));
        }
        graph.push(Value::Object(fields));
        let mut left = p.amount_minor;
        let queue = open.entry(p.account.clone()).or_default();
        while left > 0 {
            let Some((claim, owed)) = queue.front_mut() else {
                break;
            };
            let part = left.min(*owed);
            *owed -= part;
            left -= part;
            let claim_id = graph[*claim]["@id"].clone();
            if *owed == 0 {
                graph[*claim]["finished"] = json!(true);
                queue.pop_front();
            }
            settlements.push(json!({
                "@id": format!("{event}:settles:{}", settlements.len() + 1),
                "@type": "Settlement",
                "settles": claim_id,
                "settledBy": event,
                "resourceQuantity": money(part),
            }));
        }
    }
    let settled = settlements.len();
    graph.extend(settlements);
    Ok((claims, settled))
}
