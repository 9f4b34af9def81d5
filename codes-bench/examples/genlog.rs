//! Writes the benchmark's Postfix-style log: `cargo run --release -p codes-bench --example
//! genlog -- <MB> <file>`.

fn main() {
    let mut args = std::env::args().skip(1);
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let path = args.next().unwrap_or_else(|| "postfix.log".to_owned());
    let log = codes_bench::postfix_log(megabytes * 1_000_000);
    if let Err(error) = std::fs::write(&path, &log) {
        eprintln!("error: cannot write {path}: {error}");
        std::process::exit(2);
    }
    println!("wrote {} bytes to {path}", log.len());
}
