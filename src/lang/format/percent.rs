//! `%`-formatting (`template % args`), split so the VM can drive the template loop.
//!
//! [`parse_percent`] cuts a template into [`PercentPiece`]s exactly as CPython's
//! `PyUnicode_Format` reads it. The VM walks the pieces in order: it appends literals; for a
//! [`PercentSpec`] it looks up the mapping key, takes `*` arguments (width, then precision) and the
//! value itself from the argument tuple, converts it (`str`/`repr`/`ascii`, `int(x)`,
//! `float(x)`, ...) and calls one of the per-conversion helpers ([`percent_int`],
//! [`percent_float`], [`percent_str`], [`percent_char`]); an unknown conversion character is
//! reported with [`PercentSpec::unsupported`] *after* the value was taken, as CPython does.
//! Argument bookkeeping errors are the VM's (their messages are in [`messages`]).

use num_bigint::BigInt;
use num_traits::Signed;

use super::dtoa::{double_to_string, DtoaFlags};
use super::int::{char_from_int, int_repr};
use super::{check_size, FormatError};

/// CPython's messages for the `%` errors the VM raises itself.
pub mod messages {
    /// `TypeError`: the tuple ran out.
    pub const NOT_ENOUGH_ARGS: &str = "not enough arguments for format string";
    /// `TypeError`: arguments left over.
    pub const NOT_ALL_CONVERTED: &str = "not all arguments converted during string formatting";
    /// `TypeError`: `%(key)` without a mapping.
    pub const NEEDS_MAPPING: &str = "format requires a mapping";
    /// `TypeError`: a `*` argument is not an int.
    pub const STAR_WANTS_INT: &str = "* wants int";
    /// `TypeError`: `%c` with something else than an int or a 1-character str.
    pub const CHAR_WANTS_INT_OR_CHAR: &str = "%c requires int or char";
}

/// Flags of one conversion (`-+ #0`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always write a sign.
    pub sign: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision as written in the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentCount {
    /// Digits.
    Num(usize),
    /// `*`: taken from the arguments.
    Star,
}

/// One `%...` conversion of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)`: the mapping key.
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Width.
    pub width: Option<PercentCount>,
    /// Precision.
    pub precision: Option<PercentCount>,
    /// The conversion character (may be unsupported: see [`PercentSpec::unsupported`]).
    pub conversion: char,
    /// Index (in characters) of the conversion character in the template.
    pub index: usize,
}

impl PercentSpec {
    /// Whether `conversion` is one CPython knows (`d i u o x X e E f F g G c r s a`).
    pub fn is_supported(&self) -> bool {
        "diuoxXeEfFgGcrsa".contains(self.conversion)
    }

    /// `ValueError: unsupported format character 'y' (0x79) at index 3`.
    pub fn unsupported(&self) -> FormatError {
        let c = self.conversion;
        let shown = if (31..=126).contains(&(c as u32)) { c } else { '?' };
        FormatError::value(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            c as u32, self.index
        ))
    }

    /// The conversion with `*` values filled in: `width_arg`/`precision_arg` are the ints the
    /// VM took for `*` (a negative width left-justifies; a negative precision counts as 0).
    pub fn resolve(&self, width_arg: Option<i64>, precision_arg: Option<i64>) -> PercentConv {
        let mut flags = self.flags;
        let width = match self.width {
            Some(PercentCount::Num(w)) => Some(w),
            Some(PercentCount::Star) => width_arg.map(|w| {
                if w < 0 {
                    flags.left = true;
                }
                usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX)
            }),
            None => None,
        };
        let precision = match self.precision {
            Some(PercentCount::Num(p)) => Some(p),
            Some(PercentCount::Star) => precision_arg.map(|p| usize::try_from(p.max(0)).unwrap_or(usize::MAX)),
            None => None,
        };
        PercentConv { flags, width, precision, conversion: self.conversion }
    }
}

/// `TypeError` for a value that `%d`-style conversions cannot take (`type_name` is its type):
/// `%x format: an integer is required, not float`, `%d format: a real number is required, not str`.
pub fn percent_wrong_type(conversion: char, type_name: &str) -> FormatError {
    let name: String = type_name.chars().take(200).collect();
    let what = if matches!(conversion, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
    FormatError::type_error(format!("%{conversion} format: {what} is required, not {name}"))
}

/// A conversion ready to apply: flags, numeric width and precision, conversion character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentConv {
    /// Flags (after a negative `*` width set `left`).
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<usize>,
    /// Precision.
    pub precision: Option<usize>,
    /// Conversion character.
    pub conversion: char,
}

/// A piece of a `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
    /// The template is malformed here; nothing after it is read. The VM first does what
    /// CPython did before noticing: if `mapping_key` is set, check that the arguments are a
    /// mapping (`format requires a mapping`); look up `spec.key` if any; take the `*` arguments
    /// `spec` has. Then it raises `error`.
    Malformed {
        /// `%(` was seen (CPython checks for a mapping before parsing the key).
        mapping_key: bool,
        /// What was parsed before the error (`conversion` is meaningless).
        spec: PercentSpec,
        /// The exception to raise.
        error: FormatError,
    },
}

struct Reader {
    chars: Vec<char>,
    pos: usize,
}

impl Reader {
    /// CPython's `if (--fmtcnt >= 0) { ch = READ(pos); pos++; }`.
    fn next(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }
}

/// Cuts a `%` template into pieces (see the module doc).
///
/// ```
/// use looplab::lang::format::{parse_percent, PercentPiece};
/// let pieces = parse_percent("%d%% of %s");
/// assert_eq!(pieces.len(), 3);
/// assert!(matches!(&pieces[1], PercentPiece::Literal(s) if s == "% of "));
/// ```
pub fn parse_percent(template: &str) -> Vec<PercentPiece> {
    let mut r = Reader { chars: template.chars().collect(), pos: 0 };
    let mut pieces = Vec::new();
    let mut literal = String::new();
    while let Some(c) = r.next() {
        if c != '%' {
            literal.push(c);
            continue;
        }
        if r.chars.get(r.pos) == Some(&'%') {
            r.pos += 1;
            literal.push('%');
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        match parse_one(&mut r) {
            Ok(spec) => pieces.push(PercentPiece::Spec(spec)),
            Err(piece) => {
                pieces.push(piece);
                return pieces;
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    pieces
}

fn to_usize(v: u64) -> usize {
    usize::try_from(v).unwrap_or(usize::MAX)
}

/// Port of `unicode_format_arg_parse`, starting just after the `%`.
fn parse_one(r: &mut Reader) -> Result<PercentSpec, PercentPiece> {
    let mut spec = PercentSpec {
        key: None,
        flags: PercentFlags::default(),
        width: None,
        precision: None,
        conversion: '\0',
        index: 0,
    };
    let fail = |spec: &PercentSpec, mapping_key: bool, msg: &str| PercentPiece::Malformed {
        mapping_key,
        spec: spec.clone(),
        error: FormatError::value(msg),
    };
    if r.chars.get(r.pos) == Some(&'(') {
        r.pos += 1;
        let start = r.pos;
        let mut depth = 1;
        while depth > 0 {
            match r.next() {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(fail(&spec, true, "incomplete format key")),
            }
        }
        spec.key = Some(r.chars[start..r.pos - 1].iter().collect());
    }
    let mut ch = None;
    while let Some(c) = r.next() {
        ch = Some(c);
        match c {
            '-' => spec.flags.left = true,
            '+' => spec.flags.sign = true,
            ' ' => spec.flags.space = true,
            '#' => spec.flags.alt = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
        ch = None;
    }
    // `ch` is None here only when the template ended (possibly after flags).
    if ch == Some('*') {
        spec.width = Some(PercentCount::Star);
        ch = r.next();
    } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
        let mut w = u64::from(d);
        ch = None;
        while let Some(c) = r.next() {
            let Some(d) = c.to_digit(10) else {
                ch = Some(c);
                break;
            };
            if w > (i64::MAX as u64 - u64::from(d)) / 10 {
                spec.width = Some(PercentCount::Num(to_usize(w)));
                return Err(fail(&spec, false, "width too big"));
            }
            w = w * 10 + u64::from(d);
        }
        spec.width = Some(PercentCount::Num(to_usize(w)));
    }
    if ch == Some('.') {
        spec.precision = Some(PercentCount::Num(0));
        ch = r.next();
        if ch == Some('*') {
            spec.precision = Some(PercentCount::Star);
            ch = r.next();
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            let mut p = d as usize;
            ch = None;
            while let Some(c) = r.next() {
                let Some(d) = c.to_digit(10) else {
                    ch = Some(c);
                    break;
                };
                if p > (i32::MAX as usize - d as usize) / 10 {
                    spec.precision = Some(PercentCount::Num(p));
                    return Err(fail(&spec, false, "precision too big"));
                }
                p = p * 10 + d as usize;
            }
            spec.precision = Some(PercentCount::Num(p));
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = r.next();
    }
    match ch {
        Some(c) => {
            spec.conversion = c;
            spec.index = r.pos - 1;
            Ok(spec)
        }
        None => Err(fail(&spec, false, "incomplete format")),
    }
}

/// Port of `unicode_format_arg_output`: pads `s` per the conversion. `numeric` is CPython's
/// `arg->sign` (set for `d i u o x X e E f F g G`).
fn output(s: &str, numeric: bool, conv: &PercentConv) -> Result<String, FormatError> {
    let chars: Vec<char> = s.chars().collect();
    let flags = conv.flags;
    let mut len = chars.len();
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let fits = conv.width.is_none_or(|w| w <= len) && conv.precision.is_none_or(|p| p >= len);
    if fits && !(flags.sign || flags.space) {
        return Ok(s.to_string());
    }
    check_size(conv.width.unwrap_or(0))?;
    if matches!(conv.conversion, 's' | 'r' | 'a') {
        if let Some(p) = conv.precision {
            len = len.min(p);
        }
    }
    let mut sign = numeric;
    let mut pindex = 0;
    let mut signchar = '\0';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len = len.saturating_sub(1);
                pindex = 1;
            }
            _ if flags.sign => signchar = '+',
            _ if flags.space => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = conv.width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 1);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = flags.alt && matches!(conv.conversion, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.push('0');
            out.push(conv.conversion);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if prefixed {
            out.push('0');
            out.push(conv.conversion);
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(out)
}

/// `%d %i %u %o %x %X` of an int (the VM applies `int()`/`__index__` to other values first).
///
/// ```
/// use num_bigint::BigInt;
/// use looplab::lang::format::{parse_percent, percent_int, PercentPiece};
/// let PercentPiece::Spec(spec) = &parse_percent("%#08x")[0] else { panic!() };
/// assert_eq!(percent_int(&BigInt::from(-255), &spec.resolve(None, None)).unwrap(), "-0x000ff");
/// ```
pub fn percent_int(value: &BigInt, conv: &PercentConv) -> Result<String, FormatError> {
    let (base, prefix) = match conv.conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let prec = conv.precision.unwrap_or(0);
    if prec > i32::MAX as usize - 3 {
        return Err(FormatError::overflow("precision too large"));
    }
    check_size(prec)?;
    let mut digits = if base == 10 {
        let s = int_repr(value)?;
        s.trim_start_matches('-').to_string()
    } else {
        value.magnitude().to_str_radix(base)
    };
    if conv.conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut s = String::new();
    if value.is_negative() {
        s.push('-');
    }
    if conv.flags.alt {
        s.push_str(prefix);
    }
    s.extend(std::iter::repeat_n('0', prec.saturating_sub(digits.len())));
    s.push_str(&digits);
    output(&s, true, conv)
}

/// `%e %E %f %F %g %G` of a float (the VM applies `float()` to other values first).
pub fn percent_float(value: f64, conv: &PercentConv) -> Result<String, FormatError> {
    let prec = conv.precision.unwrap_or(6);
    check_size(prec.saturating_add(330))?;
    let flags = DtoaFlags { alt: conv.flags.alt, ..DtoaFlags::default() };
    let code = if "eEfFgG".contains(conv.conversion) { conv.conversion } else { 'g' };
    let s = double_to_string(value, code, prec, flags);
    output(&s, true, conv)
}

/// `%s %r %a`: `text` is `str(v)`, `repr(v)` or `ascii(v)`; applies precision and width.
pub fn percent_str(text: &str, conv: &PercentConv) -> Result<String, FormatError> {
    output(text, false, conv)
}

/// `%c` of a character (from a 1-character str, or [`percent_char_from_int`]).
pub fn percent_char(c: char, conv: &PercentConv) -> Result<String, FormatError> {
    output(c.encode_utf8(&mut [0; 4]), false, conv)
}

/// The character `%c` writes for an int argument, with CPython's `OverflowError`.
pub fn percent_char_from_int(value: &BigInt) -> Result<char, FormatError> {
    if value.is_negative() || value.bits() > 62 {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    char_from_int(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(t: &str) -> PercentConv {
        match parse_percent(t).first() {
            Some(PercentPiece::Spec(s)) => s.resolve(None, None),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn pieces() {
        let p = parse_percent("a%%b%(x(y))-5.3sc");
        assert_eq!(p.len(), 3);
        let PercentPiece::Spec(s) = &p[1] else { panic!() };
        assert_eq!(s.key.as_deref(), Some("x(y)"));
        assert_eq!((s.width, s.precision, s.conversion, s.index), (Some(PercentCount::Num(5)), Some(PercentCount::Num(3)), 's', 15));
        let err = |t: &str| match parse_percent(t).pop() {
            Some(PercentPiece::Malformed { error, .. }) => error.to_string(),
            other => format!("{other:?}"),
        };
        assert_eq!(err("abc %"), "ValueError: incomplete format");
        assert_eq!(err("%(a"), "ValueError: incomplete format key");
        assert_eq!(err("%-"), "ValueError: incomplete format");
        assert_eq!(err("%.99999999999d"), "ValueError: precision too big");
        let PercentPiece::Spec(s) = &parse_percent("abc%y")[1] else { panic!() };
        assert_eq!(s.unsupported().to_string(), "ValueError: unsupported format character 'y' (0x79) at index 4");
    }

    #[test]
    fn conversions() {
        let i = |t: &str, v: i64| percent_int(&BigInt::from(v), &conv(t)).unwrap();
        assert_eq!(i("%5d", -42), "  -42");
        assert_eq!(i("%-05d|", 42), "42   ");
        assert_eq!(i("%+.3d", 7), "+007");
        assert_eq!(i("%#o", 8), "0o10");
        assert_eq!(i("%#X", 255), "0XFF");
        assert_eq!(i("%#8x", 255), "    0xff");
        let f = |t: &str, v: f64| percent_float(v, &conv(t)).unwrap();
        assert_eq!(f("%.0f", 0.5), "0");
        assert_eq!(f("%010.2f", -3.25159), "-000003.25");
        assert_eq!(f("%g", 1e-5), "1e-05");
        assert_eq!(f("% e", 1.0), " 1.000000e+00");
        assert_eq!(percent_str("hello", &conv("%-7.3s")).unwrap(), "hel    ");
        assert_eq!(percent_char('x', &conv("%3c")).unwrap(), "  x");
    }
}
