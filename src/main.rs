//! The `openvalue` command: parse arguments, run, map errors to exit codes.

fn main() {
    std::process::exit(openvalue::cli::main());
}
