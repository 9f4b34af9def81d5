// The macro itself, given a file that does not exist: the error names the path it tried.
codes_macro::catalogue!("no-such-catalogue.toml");

fn main() {}
