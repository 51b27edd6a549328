//! The CLI run in-process through `cli::run`, for tests that run many
//! commands (fuzzing): a process per command would be slow.

use std::path::Path;

use clap::Parser;
use openvalue::cli::{self, Cli};

/// Runs `openvalue --ledger LEDGER args…` in-process: asserts no panic,
/// an error with a message, and output that cannot act on a terminal.
/// Returns whether it succeeded.
pub fn run_in_process(ledger: &Path, args: &[String]) -> bool {
    let argv = [
        "openvalue".to_string(),
        "--ledger".to_string(),
        ledger.display().to_string(),
    ]
    .into_iter()
    .chain(args.iter().cloned());
    let parsed = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => {
            assert!(
                !e.to_string().trim().is_empty(),
                "{args:?}: empty clap error"
            );
            return false;
        }
    };
    let mut out = Vec::new();
    let result =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| cli::run(parsed, &mut out)));
    let shown = |text: &str| {
        assert!(
            !text
                .chars()
                .any(|c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{args:?}: raw control characters in {text:?}"
        )
    };
    let stdout = String::from_utf8(out).expect("UTF-8 output");
    shown(&stdout);
    match result {
        Err(_) => panic!("openvalue {args:?} panicked"),
        Ok(Ok(())) => true,
        Ok(Err(e)) => {
            let message = e.to_string();
            assert!(
                !message.trim().is_empty(),
                "{args:?}: an error without a message"
            );
            shown(&cli::show::message(&message));
            false
        }
    }
}
