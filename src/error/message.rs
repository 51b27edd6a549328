//! [`Error::message`]: every error rendered from the catalogue (`err-*`
//! keys, `refusal-*` for the rules of the books) in the user's language
//! (SPEC §16). `Display` stays English: logs and stored conflict reasons
//! hold it. Free-text details some errors carry (SQLite's or the OS's own
//! words, a damaged file's detail) are shown as they are.

use crate::distribute::DistributeError;
use crate::equation::EquationError;
use crate::event::EventError;
use crate::i18n::{tr, Arg, Lang};
use crate::import::ImportError;
use crate::keys::KeyError;
use crate::store::StoreError;
use crate::validate::FieldProblem;

use super::Error;

/// What a path names instead of a file, as `fsio` and `import` write it.
pub(crate) const FILE_KINDS: &[(&str, &str)] = &[
    ("a folder, not a file", "err-file-folder"),
    ("a named pipe (FIFO), not a file", "err-file-fifo"),
    ("a device, not a file", "err-file-device"),
    (
        "a socket or other special file, not a file",
        "err-file-special",
    ),
    ("a directory", "err-file-directory"),
    ("a named pipe (FIFO)", "err-file-pipe"),
    ("a character device", "err-file-char_device"),
    ("a block device", "err-file-block_device"),
    ("a socket", "err-file-socket"),
    ("neither a file nor a directory", "err-file-neither"),
];

/// What a path names instead of a file, as a message argument.
pub fn file_kind_term(what: &str) -> crate::i18n::MessageArg {
    match FILE_KINDS.iter().find(|(words, _)| *words == what) {
        Some((_, key)) => crate::i18n::MessageArg::Key(key),
        None => crate::i18n::MessageArg::Text(what.to_string()),
    }
}

fn phrase(lang: Lang, table: &[(&str, &str)], english: &str) -> String {
    match table.iter().find(|(words, _)| *words == english) {
        Some((_, key)) => tr(lang, key, &[]),
        None => english.to_string(),
    }
}

/// The OS's words for an IO error, in `lang` for the common kinds (the
/// OS speaks its own language otherwise; English keeps its exact words).
pub(crate) fn os(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let key = match error.kind() {
        _ if lang == Lang::En => None,
        K::NotFound => Some("err-os-not_found"),
        K::PermissionDenied => Some("err-os-permission"),
        K::AlreadyExists => Some("err-os-exists"),
        K::StorageFull => Some("err-os-full"),
        K::ReadOnlyFilesystem => Some("err-os-read_only"),
        K::IsADirectory => Some("err-os-directory"),
        _ => None,
    };
    match key {
        Some(key) => tr(lang, key, &[]),
        None => error.to_string(),
    }
}

fn path(p: &std::path::Path) -> Arg<'static> {
    Arg::from(p.display().to_string())
}

impl Error {
    /// The message in `lang` (SPEC §16). `Display` stays English: it is
    /// what logs and stored conflict reasons hold.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Store(e) => store(e, lang),
            Error::Import(e) => import(e, lang),
            Error::Equation(e) => equation(e, lang),
            Error::Distribution(e) => distribute(e, lang),
            Error::Invalid(problems) => invalid(problems, lang),
            Error::NotFound(m) | Error::Refused(m) => m.render(lang),
            Error::Io { path, source } => tr(
                lang,
                "err-io",
                &[("path", path.into()), ("detail", os(lang, source).into())],
            ),
            Error::Event(e) => event(e, lang),
            Error::Export(detail) => tr(lang, "err-export", &[("detail", detail.into())]),
            Error::Chart(detail) => tr(lang, "err-chart", &[("detail", detail.into())]),
        }
    }
}

/// Field problems, one a line: `field: message`. The field is what the
/// user typed (an option, a column); the message is still English text
/// where its producer built it with `format!` (see `tests/i18n.rs`).
fn invalid(problems: &[FieldProblem], lang: Lang) -> String {
    problems
        .iter()
        .map(|p| {
            tr(
                lang,
                "err-field",
                &[("field", p.field.into()), ("message", p.text(lang).into())],
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn store(e: &StoreError, lang: Lang) -> String {
    use StoreError as S;
    match e {
        S::Missing { path: p } => tr(lang, "err-store-missing", &[("path", path(p))]),
        S::NotAFile { path: p, what } => tr(
            lang,
            "err-store-not_a_file",
            &[
                ("path", path(p)),
                ("what", phrase(lang, FILE_KINDS, what).into()),
            ],
        ),
        S::Io { path: p, source } => tr(
            lang,
            "err-io",
            &[("path", path(p)), ("detail", os(lang, source).into())],
        ),
        S::HardLinked { path: p, names } => tr(
            lang,
            "err-store-hard_linked",
            &[("path", path(p)), ("names", (*names).into())],
        ),
        S::Protected { path: p, why } => tr(
            lang,
            "err-store-protected",
            &[("path", path(p)), ("why", why.into())],
        ),
        S::Unreadable { path: p, why } => tr(
            lang,
            "err-store-unreadable",
            &[("path", path(p)), ("why", why.into())],
        ),
        S::Exists { path: p } => tr(lang, "err-store-exists", &[("path", path(p))]),
        S::NotALedger { path: p, why } => tr(
            lang,
            "err-store-not_a_ledger",
            &[("path", path(p)), ("why", why.into())],
        ),
        _ => store_more(e, lang),
    }
}

fn store_more(e: &StoreError, lang: Lang) -> String {
    use StoreError as S;
    match e {
        S::NewerSchema {
            path: p,
            found,
            supported,
        } => tr(
            lang,
            "err-store-newer_schema",
            &[
                ("path", path(p)),
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        S::Damaged { path: p, why } => tr(
            lang,
            "err-store-damaged",
            &[("path", path(p)), ("why", why.into())],
        ),
        S::Busy => tr(lang, "err-store-busy", &[]),
        S::DiskFull => tr(lang, "err-store-disk_full", &[]),
        S::ReadOnly { path: p } => tr(lang, "err-store-read_only", &[("path", path(p))]),
        S::Corrupt(why) => tr(lang, "err-store-corrupt", &[("why", why.into())]),
        S::Sqlite(error) => tr(
            lang,
            "err-store-sqlite",
            &[("why", error.to_string().into())],
        ),
        S::Json(error) => tr(
            lang,
            "err-store-payload",
            &[("why", error.to_string().into())],
        ),
        S::Payload(error) => tr(
            lang,
            "err-store-payload",
            &[("why", error.message().render(lang).into())],
        ),
        S::TooLarge { what, minor } => tr(
            lang,
            "err-store-too_large",
            &[("what", what.into()), ("minor", minor.into())],
        ),
        S::Refused(refusal) => refusal.message(lang),
        _ => store_devices(e, lang),
    }
}

fn store_devices(e: &StoreError, lang: Lang) -> String {
    use StoreError as S;
    match e {
        S::NoDeviceKey { path: p, device } => tr(
            lang,
            "err-store-no_device_key",
            &[("path", path(p)), ("device", device.into())],
        ),
        S::Revoked { device, last_seq } => tr(
            lang,
            "err-store-revoked",
            &[("device", device.into()), ("last_seq", (*last_seq).into())],
        ),
        S::Key(error) => key(error, lang),
        S::SignIn(m) => m.render(lang),
        S::BundleRefused { path: p, why } => tr(
            lang,
            "err-store-bundle_refused",
            &[("path", path(p)), ("why", why.render(lang).into())],
        ),
        // Every variant is matched above; a new one shows its English
        // until it has a message.
        other => other.to_string(),
    }
}

fn key(e: &KeyError, lang: Lang) -> String {
    match e {
        KeyError::Io { path: p, source } => tr(
            lang,
            "err-io",
            &[("path", path(p)), ("detail", os(lang, source).into())],
        ),
        KeyError::Damaged { path: p, why } => tr(
            lang,
            "err-key-damaged",
            &[("path", path(p)), ("why", why.into())],
        ),
        KeyError::Random(why) => tr(lang, "err-key-random", &[("why", why.into())]),
    }
}

fn import(e: &ImportError, lang: Lang) -> String {
    match e {
        ImportError::NotAFile { file, what } => tr(
            lang,
            "err-import-not_a_file",
            &[
                ("file", file.into()),
                ("what", phrase(lang, FILE_KINDS, what).into()),
            ],
        ),
        ImportError::Read { file, source } => tr(
            lang,
            "err-import-read",
            &[("file", file.into()), ("detail", os(lang, source).into())],
        ),
        ImportError::Rows { problems, total } => {
            let mut lines: Vec<String> = problems
                .iter()
                .map(|p| format!("{}:{}:{}: {}", p.file, p.line, p.column, p.text(lang)))
                .collect();
            if *total > problems.len() {
                let more = total - problems.len();
                lines.push(tr(lang, "err-import-more", &[("count", more.into())]));
            }
            lines.push(tr(lang, "err-import-rows", &[("count", (*total).into())]));
            lines.join("\n")
        }
        ImportError::Store(e) => store(e, lang),
    }
}

fn equation(e: &EquationError, lang: Lang) -> String {
    match e {
        EquationError::Invalid { file, problems } => problems
            .iter()
            .map(|p| format!("{file}:{}:{}: {}", p.line, p.column, p.text(lang)))
            .collect::<Vec<_>>()
            .join("\n"),
        EquationError::Missing { project, date } => tr(
            lang,
            "err-equation-missing",
            &[
                ("project", project.into()),
                ("date", date.to_string().into()),
            ],
        ),
    }
}

fn distribute(e: &DistributeError, lang: Lang) -> String {
    use DistributeError as D;
    match e {
        D::CannotPlace {
            bucket,
            amount,
            reason,
        } => tr(
            lang,
            "err-distribute-cannot_place",
            &[
                ("bucket", bucket.into()),
                ("amount", amount.into()),
                ("reason", reason.into()),
            ],
        ),
        D::Equation(e) => equation(e, lang),
        D::Overflow => tr(lang, "err-distribute-overflow", &[]),
        D::NegativeInput => tr(lang, "err-distribute-negative", &[]),
        D::AboveMaximum {
            revenue,
            amount,
            max,
        } => tr(
            lang,
            "err-distribute-above_maximum",
            &[
                ("revenue", revenue.into()),
                ("amount", amount.into()),
                ("max", max.into()),
            ],
        ),
        D::Refused(refusal) => refusal.message(lang),
        D::Facts(inner) => match inner.downcast_ref::<Error>() {
            Some(error) => error.message(lang),
            None => match inner.downcast_ref::<StoreError>() {
                Some(error) => store(error, lang),
                None => inner.to_string(),
            },
        },
    }
}

fn event(e: &EventError, lang: Lang) -> String {
    use EventError as V;
    match e {
        V::Io { path, source } => tr(
            lang,
            "err-io",
            &[("path", path.into()), ("detail", os(lang, source).into())],
        ),
        V::Damaged { path, detail } => tr(
            lang,
            "err-event-damaged",
            &[("path", path.into()), ("detail", detail.into())],
        ),
        V::PinShape => tr(lang, "err-event-pin_shape", &[]),
        V::NoPin { member } => tr(lang, "err-event-no_pin", &[("member", member.into())]),
        V::WrongPin { member, left } => tr(
            lang,
            "err-event-wrong_pin",
            &[("member", member.into()), ("left", (*left).into())],
        ),
        V::Locked { member, seconds } => tr(
            lang,
            "err-event-locked",
            &[
                ("member", member.into()),
                ("count", i64::from(crate::event::MAX_WRONG_PINS).into()),
                ("seconds", (*seconds).into()),
            ],
        ),
        V::TimerRunning { member, since } => tr(
            lang,
            "err-event-timer_running",
            &[("member", member.into()), ("since", since.into())],
        ),
        V::NoTimer { member } => tr(lang, "err-event-no_timer", &[("member", member.into())]),
        V::ForgottenTimer { member, since } => tr(
            lang,
            "err-event-forgotten_timer",
            &[("member", member.into()), ("since", since.into())],
        ),
        V::Hash(why) => tr(lang, "err-event-hash", &[("why", why.into())]),
    }
}
