//! A demo ledger that looks like a real small cooperative: a dozen members
//! and a commons fund, three projects, six kinds (care work, volunteer
//! hours as a gift, cash, reimbursable expenses …), eighteen months of
//! contributions, several revenues and committed distributions.
//!
//! Deterministic for a given end date, so screenshots and tests are stable.

use std::path::Path;

use chrono::{Duration, NaiveDate};

use crate::error::Result;
use crate::journal::Payload;
use crate::model::Measure;
use crate::model::{ContributionRecord, Verdict};
use crate::money::Currency;
use crate::store::Ledger;
use crate::validate::{AccountInput, KindInput, RevenueInput};

const MEMBERS: [(&str, &str); 12] = [
    ("ana", "Ana Puig"),
    ("ben", "Ben Okafor"),
    ("carme", "Carme Vidal"),
    ("dani", "Dani Ferrer"),
    ("elif", "Elif Demir"),
    ("farid", "Farid Haddad"),
    ("greta", "Greta Lind"),
    ("hugo", "Hugo Martin"),
    ("ines", "Inês Costa"),
    ("joan", "Joan Serra"),
    ("kai", "Kai Müller"),
    ("lea", "Léa Dubois"),
];

/// The demo's ledger-default equation: 10 % to the commons fund, 20 % to
/// reimburse expenses, the rest by lifetime value.
pub const STANDARD_EQUATION: &str = r#"name = "Standard split"

[[bucket]]
name = "Commons fund"
share = "10%"
fund = "commons"

[[bucket]]
name = "Expenses"
share = "20%"
reimburse = true

[[bucket]]
name = "Contributors"
share = "rest"
policy = "lifetime"
"#;

const FESTIVAL_EQUATION: &str = r#"name = "Festival crew"

[[bucket]]
name = "Commons fund"
share = "10%"
fund = "commons"

[[bucket]]
name = "Expenses"
share = "25%"
reimburse = true

[[bucket]]
name = "Recent work"
share = "rest"
policy = "recent"
decay = "5%"
"#;

/// A small deterministic generator (xorshift); not for anything secret.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Creates the demo ledger at `path`, with eighteen months of history ending `end`.
pub fn create(path: &Path, end: NaiveDate) -> Result<Ledger> {
    let eur = Currency::new("EUR", None)
        .map_err(|e| crate::Error::Refused(crate::i18n::Message::Plain(e.to_string())))?;
    let mut ledger = Ledger::create(path, "Teixit cooperative (demo)", eur, 0)?;
    let start = end - Duration::days(548);
    for (i, (handle, name)) in MEMBERS.iter().enumerate() {
        ledger.add_account(&AccountInput {
            joined_on: Some(start - Duration::days(30 * i as i64)),
            ..AccountInput::member(handle, name)
        })?;
    }
    ledger.add_account(&AccountInput::fund("commons", "Commons fund"))?;
    ledger.add_project("translation", "Translation collective", None)?;
    ledger.add_project("festival", "Summer festival", None)?;
    ledger.add_project("hardware", "Open hardware lab", None)?;
    let rate_change = start + Duration::days(365);
    let kinds: [KindInput; 7] = [
        KindInput::new("work", "Paid work", Measure::Hours, "25"),
        KindInput {
            effective_from: Some(rate_change),
            ..KindInput::new("work", "Paid work", Measure::Hours, "28")
        },
        KindInput {
            multiplier: Some("1.2".into()),
            ..KindInput::new("care", "Care work", Measure::Hours, "25")
        },
        KindInput {
            gift: true,
            ..KindInput::new("volunteer", "Volunteer hours", Measure::Hours, "15")
        },
        KindInput {
            multiplier: Some("4".into()),
            ..KindInput::new("cash", "Cash invested", Measure::Money, "1")
        },
        KindInput {
            reimbursable: true,
            ..KindInput::new("expense", "Expenses paid", Measure::Money, "1")
        },
        KindInput {
            unit: Some("words".into()),
            ..KindInput::new("words", "Words translated", Measure::Quantity, "0.08")
        },
    ];
    for k in &kinds {
        ledger.add_kind(k)?;
    }
    let mut dice = Dice(0x005e_ed0f_0be1);
    let mut contributions = Vec::new();
    let days = (end - start).num_days();
    for n in 0..900u32 {
        let member = MEMBERS[dice.below(12) as usize].0;
        let date = start + Duration::days(dice.below(days as u64 + 1) as i64);
        let (project, kind, quantity_e4) = match dice.below(20) {
            0..=5 => (
                "translation",
                "words",
                (500 + dice.below(3000)) as i64 * 10_000,
            ),
            6..=7 => ("translation", "work", (1 + dice.below(16)) as i64 * 5_000),
            8..=11 => ("festival", "work", (2 + dice.below(14)) as i64 * 5_000),
            12..=13 => ("festival", "care", (1 + dice.below(8)) as i64 * 5_000),
            14..=15 => ("festival", "volunteer", (2 + dice.below(10)) as i64 * 5_000),
            16..=17 => ("hardware", "work", (1 + dice.below(12)) as i64 * 5_000),
            18 => (
                "hardware",
                "expense",
                (20 + dice.below(180)) as i64 * 10_000 + 500,
            ),
            _ => ("hardware", "cash", (1 + dice.below(5)) as i64 * 1_000_000),
        };
        contributions.push(ContributionRecord {
            id: format!("C-{:04}", n + 1),
            member: member.to_string(),
            project: project.to_string(),
            kind: kind.to_string(),
            date,
            quantity_e4,
            note: match kind {
                "care" => "childcare corner".into(),
                "expense" => "components".into(),
                "words" => "client job".into(),
                _ => String::new(),
            },
        });
    }
    contributions.sort_by_key(|c| c.date);
    ledger.write(|w| {
        w.append(&Payload::ContributionsAdded {
            contributions: contributions.clone(),
        })
    })?;
    // A few reviews and corrections, as a coordinator would make them.
    ledger.review("C-0002", "carme", Verdict::Approve, "")?;
    ledger.review("C-0003", "ana", Verdict::Approve, "")?;
    let voided = contributions
        .iter()
        .find(|c| c.member != "ben")
        .map(|c| c.id.clone())
        .unwrap_or_default();
    ledger.correct(
        &voided,
        &crate::ops::CorrectionInput {
            void: true,
            ..Default::default()
        },
    )?;
    ledger.set_equation(None, None, "standard.toml", STANDARD_EQUATION)?;
    ledger.set_equation(Some("festival"), None, "festival.toml", FESTIVAL_EQUATION)?;
    let revenues = [
        (
            "R-translation-1",
            "translation",
            120,
            "4800.00",
            "publisher advance",
        ),
        ("R-festival-1", "festival", 330, "9250.00", "ticket sales"),
        ("R-hardware-1", "hardware", 400, "3200.00", "kit sales"),
        (
            "R-translation-2",
            "translation",
            500,
            "6150.50",
            "agency invoice",
        ),
        ("R-festival-2", "festival", 540, "2400.00", "sponsorship"),
    ];
    for (id, project, day, amount, note) in revenues {
        ledger.add_revenue(&RevenueInput {
            id: Some(id.to_string()),
            date: (start + Duration::days(day)).min(end),
            project: project.to_string(),
            amount: amount.to_string(),
            note: note.to_string(),
        })?;
    }
    for id in ["R-translation-1", "R-festival-1", "R-hardware-1"] {
        ledger.commit_distribution(id)?;
    }
    let c = ledger.currency().clone();
    for (handle, amount) in [("ana", 30_000), ("ben", 25_000), ("carme", 40_000)] {
        ledger.pay(
            handle,
            &c.format(amount),
            end - Duration::days(60),
            "transfer",
            "",
        )?;
    }
    peers(&mut ledger, end)?;
    Ok(ledger)
}

/// The peers' side of the demo (SPEC §15): a closed GIVE epoch of the
/// festival crew and an open one, and a community token with a few sends.
/// None of it changes money: the demo's equations have no `peer` bucket.
fn peers(ledger: &mut Ledger, end: NaiveDate) -> Result<()> {
    let spring = ledger.open_epoch(
        "festival",
        end - Duration::days(150),
        end - Duration::days(91),
        100,
        Some("E-festival-spring"),
    )?;
    // (giver, [(receiver, GIVE, word of thanks)])
    type Gifts<'a> = (&'a str, &'a [(&'a str, i64, &'a str)]);
    let gifts: [Gifts; 5] = [
        (
            "ana",
            &[
                ("ben", 40, "the stage build"),
                ("elif", 35, ""),
                ("hugo", 25, ""),
            ],
        ),
        ("ben", &[("ana", 50, "kept us on time"), ("elif", 50, "")]),
        (
            "elif",
            &[
                ("ben", 60, ""),
                ("hugo", 30, "the night shifts"),
                ("ana", 10, ""),
            ],
        ),
        ("hugo", &[("elif", 70, ""), ("ben", 30, "")]),
        ("dani", &[("ana", 20, "")]),
    ];
    for (from, to) in gifts {
        let to: Vec<(String, i64, String)> = to
            .iter()
            .map(|(m, n, note)| (m.to_string(), *n, note.to_string()))
            .collect();
        ledger.give_all(&spring, from, &to)?;
    }
    ledger.close_epoch(&spring, end)?;
    let summer = ledger.open_epoch(
        "festival",
        end - Duration::days(30),
        end + Duration::days(30),
        100,
        Some("E-festival-summer"),
    )?;
    ledger.give(&summer, "elif", "ana", 45, "the volunteer rota")?;
    ledger.give(&summer, "ben", "hugo", 20, "")?;
    ledger.define_token("eco", "Ecos", 2, "0.1")?;
    for (from, to, amount, days, note) in [
        ("ana", "joan", "12.50", 40, "bike repair"),
        ("carme", "lea", "30.00", 25, "two hours of childcare"),
        ("joan", "kai", "5.00", 10, "proofreading"),
    ] {
        ledger.send_tokens(None, from, to, amount, end - Duration::days(days), note)?;
    }
    Ok(())
}
