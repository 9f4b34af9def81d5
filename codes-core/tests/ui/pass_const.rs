use codes_core::{enhanced_code, reply_code, EnhancedCode, ReplyCode};

const OK: ReplyCode = reply_code!(250);
const UNKNOWN_USER: EnhancedCode = enhanced_code!(X.1.1);

fn main() {
    assert_eq!(OK.as_u16(), 250);
    assert_eq!(UNKNOWN_USER.as_str(), "X.1.1");
}
