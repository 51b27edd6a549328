//! OpenValue: open value accounting for small cooperatives.
//!
//! A cooperative records every contribution its members make, values each by
//! standards it sets itself, and splits each project's revenue back to the
//! people who created it, exactly to the cent, with an explanation anyone
//! can check. This crate is the domain core and the `openvalue` CLI; the
//! desktop app in `src-tauri/` calls the same API.
//!
//! Modules by role: pure data and rules ([`model`], [`money`], [`split`],
//! [`journal`], [`validate`], [`equation`], [`distribute`], [`standards`],
//! [`peers`],
//! [`text`], [`csvformat`]), IO
//! ([`store`], [`csvread`], [`import`], [`export`], [`valueflows`], [`fsio`]) and the
//! command line ([`cli`]).
//!
//! ```
//! use openvalue::store::Ledger;
//! use openvalue::money::Currency;
//! use openvalue::model::Measure;
//! use openvalue::validate::{AccountInput, ContributionInput, KindInput};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("coop.openvalue");
//! let mut ledger = Ledger::create(&path, "Tiny coop", Currency::new("EUR", None).unwrap(), 0).unwrap();
//! ledger.add_account(&AccountInput::member("ana", "Ana")).unwrap();
//! ledger.add_project("web", "Website", None).unwrap();
//! ledger.add_kind(&KindInput::new("work", "Work", Measure::Hours, "20")).unwrap();
//! let id = ledger.log(&ContributionInput {
//!     id: None,
//!     date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
//!     member: "ana".into(),
//!     project: "web".into(),
//!     kind: "work".into(),
//!     quantity: "2.5".into(),
//!     note: String::new(),
//! }).unwrap();
//! assert_eq!(ledger.contribution(&id).unwrap().unwrap().quantity_e4, 25_000);
//! assert!(ledger.verify().unwrap().is_ok());
//! ```

#![warn(missing_docs)]

pub mod app;
pub mod bundle;
pub mod catalog;
pub mod chart;
pub mod cli;
pub mod csvformat;
pub mod csvread;
pub mod demo;
pub mod devices;
pub mod distribute;
pub mod equation;
pub mod equation_form;
pub mod error;
pub mod event;
pub mod export;
pub mod fsio;
pub mod i18n;
pub mod import;
pub mod journal;
pub mod keys;
pub mod members;
pub mod model;
pub mod money;
pub mod ops;
pub mod peers;
pub mod refusal;
pub mod report;
pub mod split;
pub mod standards;
pub mod statement;
pub mod store;
pub mod sync;
pub mod text;
pub mod validate;
pub mod valueflows;

pub use error::{Error, Result};
