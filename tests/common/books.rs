//! Building ledgers through the library API, for distribution tests.
#![allow(dead_code)]

use openvalue::money::Currency;
use openvalue::store::Ledger;
use openvalue::validate::{RawAccount, RawContribution, RawKind, RawRevenue};
use serde_json::Value;

pub struct Books {
    pub dir: tempfile::TempDir,
    pub ledger: Ledger,
}

impl Books {
    pub fn new(currency: &str, approvals: u32) -> Books {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("books.openvalue");
        let ledger = Ledger::create(
            &path,
            "Books",
            Currency::new(currency, None).unwrap(),
            approvals,
        )
        .unwrap();
        Books { dir, ledger }
    }

    pub fn members(&mut self, handles: &[&str]) -> &mut Self {
        for h in handles {
            self.ledger
                .add_account(
                    &RawAccount {
                        handle: h,
                        name: h,
                        ..Default::default()
                    }
                    .input()
                    .expect("valid input"),
                )
                .unwrap();
        }
        self
    }

    pub fn fund(&mut self, handle: &str) -> &mut Self {
        self.ledger
            .add_account(
                &RawAccount {
                    handle,
                    name: handle,
                    account_type: Some("fund"),
                    ..Default::default()
                }
                .input()
                .expect("valid input"),
            )
            .unwrap();
        self
    }

    pub fn project(&mut self, code: &str) -> &mut Self {
        self.ledger.add_project(code, code, None).unwrap();
        self
    }

    /// `kind(code, measure, rate, multiplier, flags)`; flags: "gift", "reimbursable".
    pub fn kind(
        &mut self,
        code: &str,
        measure: &str,
        rate: &str,
        multiplier: &str,
        flags: &str,
    ) -> &mut Self {
        self.kind_from(code, measure, rate, multiplier, flags, None)
    }

    pub fn kind_from(
        &mut self,
        code: &str,
        measure: &str,
        rate: &str,
        multiplier: &str,
        flags: &str,
        from: Option<&str>,
    ) -> &mut Self {
        let gift = flags.contains("gift").to_string();
        let reimbursable = flags.contains("reimbursable").to_string();
        let deferred = flags.contains("deferred").to_string();
        self.ledger
            .add_kind(
                &RawKind {
                    code,
                    name: code,
                    measure,
                    unit: (measure == "quantity").then_some("units"),
                    rate,
                    multiplier: Some(multiplier),
                    gift: Some(&gift),
                    reimbursable: Some(&reimbursable),
                    deferred: Some(&deferred),
                    valued_by: None,
                    effective_from: from,
                }
                .input()
                .expect("valid input"),
            )
            .unwrap();
        self
    }

    pub fn log(
        &mut self,
        member: &str,
        project: &str,
        kind: &str,
        quantity: &str,
        date: &str,
    ) -> String {
        self.ledger
            .log(
                &RawContribution {
                    date,
                    member,
                    project,
                    kind,
                    quantity,
                    ..Default::default()
                }
                .input()
                .expect("valid input"),
            )
            .unwrap()
    }

    pub fn revenue(&mut self, id: &str, project: &str, amount: &str, date: &str) -> &mut Self {
        self.ledger
            .add_revenue(
                &RawRevenue {
                    id: Some(id),
                    date,
                    project,
                    amount,
                    ..Default::default()
                }
                .input()
                .expect("valid input"),
            )
            .unwrap();
        self
    }

    pub fn equation(&mut self, project: Option<&str>, toml: &str) -> &mut Self {
        self.ledger
            .set_equation(project, None, "eq.toml", toml)
            .unwrap();
        self
    }

    pub fn dry(&self, revenue: &str) -> Value {
        self.ledger.preview_distribution(revenue).unwrap().to_json()
    }

    pub fn dry_err(&self, revenue: &str) -> String {
        self.ledger
            .preview_distribution(revenue)
            .unwrap_err()
            .to_string()
    }

    pub fn commit(&mut self, revenue: &str) -> (String, Value) {
        let (id, plan) = self.ledger.commit_distribution(revenue).unwrap();
        (id, plan.to_json())
    }
}

/// The amount of `recipient` in bucket `bucket` ("" if absent).
pub fn line(json: &Value, bucket: &str, recipient: &str) -> String {
    json["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["name"] == bucket)
        .flat_map(|b| b["lines"].as_array().unwrap().iter())
        .find(|l| l["recipient"] == recipient)
        .map(|l| l["amount"].as_str().unwrap().to_string())
        .unwrap_or_default()
}

/// (recipient, amount) of the totals.
pub fn totals(json: &Value) -> Vec<(String, String)> {
    json["totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["recipient"].as_str().unwrap().to_string(),
                t["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

pub const LIFETIME_REST: &str =
    "[[bucket]]\nname = \"All\"\nshare = \"rest\"\npolicy = \"lifetime\"\n";
