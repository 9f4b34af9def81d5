//! Writes the benchmark's Maildir of generated bounces: `cargo run --release -p codes-bench
//! --example genbounces -- <count> <dir>`.

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let dir = args.next().unwrap_or_else(|| "bounces".to_owned());
    if let Err(error) = codes_bench::bounce_maildir(std::path::Path::new(&dir), count) {
        eprintln!("error: cannot write {dir}: {error}");
        std::process::exit(2);
    }
    println!("wrote {count} bounces to {dir}/new");
}
