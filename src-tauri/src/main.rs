//! The `openvalue-app` desktop binary.

// Why: no console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Started by the app itself to show one file dialog (ADR 0006).
    if let Some(code) = openvalue_app::picker::serve_if_asked() {
        std::process::exit(code);
    }
    openvalue_app::run();
}
