use codes_core::{reply_code, ReplyCode};

const WORD: ReplyCode = reply_code!(ok);

fn main() {
    let _ = WORD;
}
