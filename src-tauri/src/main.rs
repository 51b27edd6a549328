//! The `openvalue-app` desktop binary.

// Why: no console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    openvalue_app::run();
}
