//! Writes entries on two laptops' ledgers in turn, so that their clock
//! stamps interleave: the workload of the merge benchmark (issue 11,
//! `bench/sync.sh`). Each entry is one contribution logged in its own
//! transaction, as a person at the laptop would.
//!
//! Usage: `syncbench A.openvalue B.openvalue N` — N entries on each.

use std::path::Path;

use openvalue::store::Ledger;
use openvalue::validate::RawContribution;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: syncbench A.openvalue B.openvalue N");
        std::process::exit(2);
    }
    let n: usize = match args[3].parse() {
        Ok(n) => n,
        Err(_) => {
            eprintln!("N must be a number");
            std::process::exit(2);
        }
    };
    if let Err(e) = run(Path::new(&args[1]), Path::new(&args[2]), n) {
        eprintln!("syncbench: {e}");
        std::process::exit(1);
    }
}

fn run(a: &Path, b: &Path, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    // Any member, project and hour kind of the benchmark ledger.
    let (member, project, kind) = {
        let conn =
            rusqlite::Connection::open_with_flags(a, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        conn.query_row(
            "SELECT c.member, c.project, c.kind FROM contributions c JOIN kinds k ON k.code = c.kind
             WHERE k.measure = 'hours' LIMIT 1",
            [],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
        )?
    };
    let mut ledgers = [Ledger::open(a)?, Ledger::open(b)?];
    let started = std::time::Instant::now();
    for i in 0..n {
        for (side, ledger) in ledgers.iter_mut().enumerate() {
            let id = format!("SB-{side}-{i}");
            let input = RawContribution {
                id: Some(&id),
                date: "2026-06-15",
                member: &member,
                project: &project,
                kind: &kind,
                quantity: "1.5",
                note: None,
            }
            .input()
            .map_err(|p| openvalue::validate::describe(&p))?;
            ledger.log(&input)?;
        }
    }
    eprintln!(
        "wrote {n} entries on each laptop in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
