//! The OpenValue desktop app: a thin Tauri 2 shell over the `openvalue`
//! core. [`commands`] maps each UI action to one core call, [`dto`] is the
//! IPC contract (with generated TypeScript twins) and [`error`] turns core
//! errors into `{ kind, message, problems }`; [`explain`] puts sync
//! conflicts into plain words and [`prefs`] remembers each ledger's sync
//! folder on this computer. [`picker`] shows file dialogs
//! in a child process, so nothing in this process can make SQLite lose its
//! locks on the open ledger (ADR 0006).
//!
//! ```no_run
//! // src-tauri/src/main.rs
//! openvalue_app::run();
//! ```

#![warn(missing_docs)]

pub mod commands;
pub mod dto;
pub mod error;
pub mod explain;
pub mod peers;
pub mod people;
pub mod picker;
pub mod prefs;

use tauri::{Builder, Runtime};

/// Adds the app's plugins, state and commands to a builder; generic over the
/// runtime so tests can pass `tauri::test::mock_builder()`.
pub fn app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    app_with(builder, commands::AppState::default())
}

/// [`app`] with a given state: where device keys and preferences are kept
/// (tests give each window a computer of its own).
pub fn app_with<R: Runtime>(builder: Builder<R>, state: commands::AppState) -> Builder<R> {
    // No dialog plugin: file dialogs run in a child process (`picker`).
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::start,
            commands::create_ledger,
            commands::open_ledger,
            commands::create_demo,
            commands::ledger_info,
            commands::set_approvals_required,
            commands::backup_ledger,
            commands::verify_ledger,
            commands::catalog,
            commands::add_account,
            commands::set_account_status,
            commands::list_resources,
            commands::add_resource,
            commands::record_use,
            commands::leave_member,
            commands::rejoin_member,
            commands::list_stages,
            commands::define_stage,
            commands::set_stage,
            commands::add_project,
            commands::add_kind,
            commands::list_contributions,
            commands::contribution_totals,
            commands::log_contribution,
            commands::review_contribution,
            commands::correct_contribution,
            commands::contribution_history,
            commands::list_revenues,
            commands::add_revenue,
            commands::preview_distribution,
            commands::commit_distribution,
            commands::reverse_distribution,
            commands::show_distribution,
            commands::list_distributions,
            commands::explain_line,
            commands::list_equations,
            commands::check_equation,
            commands::equation_form,
            commands::equation_source,
            commands::set_equation,
            commands::preview_equation,
            commands::list_payouts,
            commands::record_payout,
            commands::void_payout,
            commands::last_action,
            commands::undo_last,
            commands::balances,
            commands::balance_sheet,
            commands::check_payout,
            commands::import_csv,
            commands::detect_csv,
            commands::export_report,
            commands::chart_svg,
            commands::save_chart,
            commands::sync_folder,
            commands::set_sync_folder,
            commands::sync_now,
            commands::list_devices,
            commands::list_conflicts,
            commands::invite_device,
            commands::join_ledger,
            commands::revoke_device,
            commands::admit_device,
            commands::become_new_device,
            commands::choose_folder,
            commands::choose_open_path,
            commands::choose_save_path,
            commands::set_language,
            people::permissions,
            people::sign_in,
            people::sign_out,
            people::my_account,
            people::set_passphrase,
            people::save_statement,
            people::event_state,
            people::event_enter,
            people::event_leave,
            people::event_set_pin,
            people::event_sign_in,
            people::event_sign_out,
            people::event_start_timer,
            people::event_stop_timer,
            people::event_log,
            people::event_account,
            peers::list_epochs,
            peers::open_epoch,
            peers::close_epoch,
            peers::set_gifts,
            peers::value_contribution,
            peers::list_reputations,
            peers::list_tokens,
            peers::define_token,
            peers::send_tokens
        ])
}

/// The ledger file named on the command line, if any: `openvalue-app
/// FILE` (the desktop entry's `%f`, so opening a `.openvalue` file in a
/// file manager starts the app on it). Options (`-…`) are not files.
pub fn start_file(
    mut args: impl Iterator<Item = std::ffi::OsString>,
) -> Option<std::path::PathBuf> {
    let arg = args.nth(1)?;
    if arg.is_empty() || arg.to_string_lossy().starts_with('-') {
        return None;
    }
    let path = std::path::PathBuf::from(arg);
    // A relative path is the caller's: made absolute before anything moves.
    Some(std::path::absolute(&path).unwrap_or(path))
}

/// Starts the desktop app.
pub fn run() {
    let state = commands::AppState::default().with_start_file(start_file(std::env::args_os()));
    if let Err(e) = app_with(Builder::default(), state).run(tauri::generate_context!()) {
        eprintln!("openvalue-app: cannot start: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::start_file;
    use std::ffi::OsString;

    fn args(list: &[&str]) -> impl Iterator<Item = OsString> {
        list.iter()
            .map(OsString::from)
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn the_file_a_file_manager_passes_is_the_start_file() {
        let file = start_file(args(&["openvalue-app", "/home/ana/Books.openvalue"]));
        assert_eq!(
            file.as_deref(),
            Some(std::path::Path::new("/home/ana/Books.openvalue"))
        );
        let relative = start_file(args(&["openvalue-app", "coop.openvalue"])).expect("a file");
        assert!(relative.is_absolute(), "{}", relative.display());
        assert!(relative.ends_with("coop.openvalue"));
    }

    #[test]
    fn no_file_or_an_option_is_no_start_file() {
        assert_eq!(start_file(args(&["openvalue-app"])), None);
        assert_eq!(start_file(args(&["openvalue-app", ""])), None);
        assert_eq!(start_file(args(&["openvalue-app", "--verbose"])), None);
    }
}
