//! Errors as the UI receives them: `{ kind, message, problems }`.
//!
//! `kind` is [`openvalue::Error::kind`] (plus `no_ledger` when nothing is
//! open); `message` is the core's readable message; `problems` lists the
//! parts that went wrong, so the UI can put each message next to the form
//! field, CSV row or equation line that caused it.
//!
//! Messages are in the window's language (SPEC §16), which the UI sets
//! with the `set_language` command: [`set_language`] keeps it for the whole
//! process, because errors become `AppError`s by `?` deep inside commands,
//! where no Tauri state is at hand (the app has one window).

use std::sync::atomic::{AtomicUsize, Ordering};

use openvalue::i18n::Lang;
use serde::Serialize;
use ts_rs::TS;

/// The window's language, as an index into [`Lang::ALL`] (English first).
static LANGUAGE: AtomicUsize = AtomicUsize::new(0);

/// Makes `lang` the language of every message from now on.
pub fn set_language(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LANGUAGE.store(index, Ordering::Relaxed);
}

/// The window's language (English until the UI sets one).
pub fn language() -> Lang {
    Lang::ALL
        .get(LANGUAGE.load(Ordering::Relaxed))
        .copied()
        .unwrap_or_default()
}

use openvalue::distribute::DistributeError;
use openvalue::equation::EquationError;
use openvalue::import::ImportError;
use openvalue::store::StoreError;

/// One thing wrong: a form field, a CSV cell or an equation position.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Problem {
    /// The form field or CSV column (`member`, `quantity` …).
    pub field: Option<String>,
    /// The file (imports).
    pub file: Option<String>,
    /// 1-based line (imports, equations).
    pub line: Option<u32>,
    /// 1-based column (imports, equations).
    pub column: Option<u32>,
    /// What is wrong.
    pub message: String,
}

/// An error from a command.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppError {
    /// A short stable name: `invalid`, `not_found`, `refused`, `import`, `store` …
    pub kind: String,
    /// A readable message, in the window's language.
    pub message: String,
    /// The parts that went wrong, when the core names them.
    pub problems: Vec<Problem>,
}

impl AppError {
    /// No ledger is open.
    pub fn no_ledger() -> AppError {
        AppError {
            kind: "no_ledger".into(),
            message: openvalue::i18n::tr(language(), "app-error-no-ledger", &[]),
            problems: Vec::new(),
        }
    }

    /// A bad field of a form, found before calling the core.
    pub fn field(field: &'static str, message: impl Into<String>) -> AppError {
        openvalue::Error::field(field, message).into()
    }
}

fn equation_problems(error: &EquationError) -> Vec<Problem> {
    match error {
        EquationError::Invalid { file, problems } => problems
            .iter()
            .map(|p| Problem {
                field: None,
                file: Some(file.clone()),
                line: Some(crate::dto::count(p.line)),
                column: Some(crate::dto::count(p.column)),
                message: p.text(language()),
            })
            .collect(),
        _ => Vec::new(),
    }
}

impl From<openvalue::Error> for AppError {
    fn from(error: openvalue::Error) -> AppError {
        let problems = match &error {
            openvalue::Error::Invalid(fields) => fields
                .iter()
                .map(|p| Problem {
                    field: Some(p.field.to_string()),
                    file: None,
                    line: None,
                    column: None,
                    message: p.text(language()),
                })
                .collect(),
            openvalue::Error::Import(ImportError::Rows { problems, .. }) => problems
                .iter()
                .map(|p| Problem {
                    field: None,
                    file: Some(p.file.clone()),
                    line: Some(crate::dto::count(p.line)),
                    column: Some(crate::dto::count(p.column)),
                    message: p.text(language()),
                })
                .collect(),
            openvalue::Error::Equation(e) => equation_problems(e),
            openvalue::Error::Distribution(DistributeError::Equation(e)) => equation_problems(e),
            _ => Vec::new(),
        };
        // The UI offers a way on for a copied ledger (make it a new
        // device), so it needs to know this case from other store errors.
        let kind = match &error {
            openvalue::Error::Store(StoreError::NoDeviceKey { .. }) => "no_device_key",
            _ => error.kind(),
        };
        AppError {
            kind: kind.to_string(),
            message: error.message(language()),
            problems,
        }
    }
}

macro_rules! via_core {
    ($($t:ty),+) => {$(
        impl From<$t> for AppError {
            fn from(error: $t) -> AppError {
                openvalue::Error::from(error).into()
            }
        }
    )+};
}

via_core!(StoreError, ImportError, DistributeError, EquationError);

/// Command results.
pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_problems_name_their_field() {
        let e: AppError = openvalue::Error::field("quantity", "'x' is not a number").into();
        assert_eq!(e.kind, "invalid");
        assert_eq!(e.problems[0].field.as_deref(), Some("quantity"));
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["kind"], "invalid");
        assert_eq!(json["message"], "quantity: 'x' is not a number");
    }
}
