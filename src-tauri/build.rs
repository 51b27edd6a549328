//! Declares the app's commands to Tauri, so each gets an `allow-…`
//! permission and the capability in `capabilities/default.json` must name
//! it for the window to call it (a command left out is refused).

/// Every command in `src/commands.rs`, in the same order.
const COMMANDS: &[&str] = &[
    "start",
    "create_ledger",
    "open_ledger",
    "create_demo",
    "ledger_info",
    "set_approvals_required",
    "backup_ledger",
    "verify_ledger",
    "catalog",
    "add_account",
    "set_account_status",
    "add_project",
    "add_kind",
    "list_contributions",
    "log_contribution",
    "review_contribution",
    "correct_contribution",
    "list_revenues",
    "add_revenue",
    "preview_distribution",
    "commit_distribution",
    "reverse_distribution",
    "show_distribution",
    "list_distributions",
    "explain_line",
    "list_equations",
    "check_equation",
    "set_equation",
    "preview_equation",
    "list_payouts",
    "record_payout",
    "balances",
    "import_csv",
    "export_report",
    "chart_svg",
    "save_chart",
    "sync_folder",
    "set_sync_folder",
    "sync_now",
    "list_devices",
    "list_conflicts",
    "invite_device",
    "join_ledger",
    "revoke_device",
    "admit_device",
    "become_new_device",
    "choose_folder",
    "choose_open_path",
    "choose_save_path",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build configuration is invalid");
}
