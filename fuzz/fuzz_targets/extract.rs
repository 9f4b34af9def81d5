//! Any bytes as free text: no panic, and every finding points at a line of the input.
#![no_main]

use codes_core::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|b| *b == b'\n').count();
    for finding in extract::all(data) {
        assert!(finding.line >= 1 && finding.line <= lines);
        assert!(finding.code.is_some() || finding.enhanced.is_some());
    }
});
