//! The crate's error type, gathering each module's errors.

use thiserror::Error;

use crate::validate::FieldProblem;

mod message;

pub use message::file_kind_term;

/// Everything that can go wrong in an OpenValue operation.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// Opening, reading or writing the ledger file.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// A CSV import was refused.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    /// An equation file was refused.
    #[error(transparent)]
    Equation(#[from] crate::equation::EquationError),
    /// A distribution was refused.
    #[error(transparent)]
    Distribution(#[from] crate::distribute::DistributeError),
    /// Input fields are invalid; each problem names its field.
    #[error("{}", crate::validate::describe(.0))]
    Invalid(Vec<FieldProblem>),
    /// Something named does not exist.
    #[error("{0}")]
    NotFound(crate::i18n::Message),
    /// The action breaks a rule of the books (self-approval, a second
    /// distribution of the same revenue …).
    #[error("{0}")]
    Refused(crate::i18n::Message),
    /// Reading or writing a file other than the ledger.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The IO error.
        source: std::io::Error,
    },
    /// Event mode on a shared laptop (PINs, lockouts, timers).
    #[error(transparent)]
    Event(#[from] crate::event::EventError),
    /// Writing an export.
    #[error("export failed: {0}")]
    Export(String),
    /// Drawing a chart.
    #[error("chart failed: {0}")]
    Chart(String),
}

impl Error {
    /// A short, stable name of the error's kind, for the app (`{ kind, message }`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Store(crate::store::StoreError::Refused(_))
            | Error::Distribution(crate::distribute::DistributeError::Refused(_)) => "refused",
            Error::Store(_) => "store",
            Error::Import(_) => "import",
            Error::Equation(_) => "equation",
            Error::Distribution(_) => "distribution",
            Error::Invalid(_) => "invalid",
            Error::NotFound(_) => "not_found",
            Error::Refused(_) => "refused",
            Error::Io { .. } => "io",
            Error::Export(_) => "export",
            Error::Chart(_) => "chart",
            Error::Event(_) => "event",
        }
    }

    /// The rule of the books that refused the action, if one did.
    pub fn refusal(&self) -> Option<&crate::refusal::Refusal> {
        match self {
            Error::Store(crate::store::StoreError::Refused(r))
            | Error::Distribution(crate::distribute::DistributeError::Refused(r)) => Some(r),
            _ => None,
        }
    }

    /// One field problem as an error (English text; see
    /// [`Error::field_says`] for a message rendered per language).
    pub fn field(field: &'static str, message: impl Into<String>) -> Error {
        Error::Invalid(vec![FieldProblem {
            field,
            message: message.into(),
            says: None,
        }])
    }

    /// One field problem as an error, as a message to render in the
    /// user's language (English text, `Message::Plain`, stays as it is).
    pub fn field_says(field: &'static str, message: impl Into<crate::i18n::Message>) -> Error {
        let message = message.into();
        let says = match &message {
            crate::i18n::Message::Plain(_) => None,
            _ => Some(message.clone()),
        };
        Error::Invalid(vec![FieldProblem {
            field,
            message: message.to_string(),
            says,
        }])
    }
}

/// Result with [`enum@Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
