//! The format-spec mini-language: parsing (`parse_internal_render_format_spec`) and the layout of
//! a formatted number (`calc_number_widths`/`fill_number`, thousands grouping with zero padding).
//!
//! Grammar (3.11): `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//! A [`FormatSpec`] is type-agnostic: defaults that depend on the formatted type (alignment, the
//! meaning of a leading `0`, the implicit type) are applied by `format_int`/`format_float`/
//! `format_str` through [`FormatSpec::fill_align`].

use super::unicode::decimal_value;
use super::{check_size, FormatError};

/// Alignment option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// Sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign for every number.
    Plus,
    /// `-`: a sign for negative numbers only (the default, but spelled out).
    Minus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// Thousands separator option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

/// A parsed format spec (the part after `:` in `{x:...}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only given together with an alignment).
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width without an explicit fill: fill with `0` (and, for numbers,
    /// align with `=` unless an alignment is given).
    pub zero_pad: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type, if given.
    pub ty: Option<char>,
    /// Python type name of the formatted object, for error messages (`'int'`, `'bool'`, ...).
    pub type_name: String,
}

impl FormatSpec {
    /// The fill character and alignment in effect, given the type's default alignment
    /// (`>` for numbers, `<` for strings).
    pub fn fill_align(&self, default_align: Align) -> (char, Align) {
        let fill = self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' });
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad && default_align == Align::Right => Align::AfterSign,
            None => default_align,
        };
        (fill, align)
    }

    /// CPython's check that grouping goes with the presentation type `ty` (made at parse time
    /// for an explicit type; call it with the type's default when no type was given).
    pub(crate) fn check_grouping(&self, ty: char) -> Result<(), FormatError> {
        let Some(g) = self.grouping else { return Ok(()) };
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
            'b' | 'o' | 'x' | 'X' if g == Grouping::Underscore => Ok(()),
            _ => {
                let sep = if g == Grouping::Comma { ',' } else { '_' };
                Err(FormatError::value(format!("Cannot specify '{sep}' with {}.", quoted_code(ty))))
            }
        }
    }
}

/// `'c'` for printable ASCII, `'\x..'` otherwise, as CPython's messages quote a type code.
pub(crate) fn quoted_code(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{v:x}'")
    }
}

/// `Unknown format code 'x' for object of type 'str'`.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    let name: String = type_name.chars().take(200).collect();
    FormatError::value(format!("Unknown format code {} for object of type '{name}'", quoted_code(ty)))
}

/// Reads decimal digits (any Unicode decimal digit, as CPython does) starting at `*pos`.
fn get_integer(spec: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = spec.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(u64::from(d)))
            .filter(|&a| a <= i64::MAX as u64)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    if *pos == start {
        Ok(None)
    } else {
        Ok(Some(usize::try_from(acc).unwrap_or(usize::MAX)))
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parses a format spec for an object of type `type_name` (used only in error messages).
///
/// ```
/// use looplab::lang::format::{parse_spec, Align};
/// let spec = parse_spec("*^+10,.2f", "float").unwrap();
/// assert_eq!((spec.fill, spec.align, spec.width, spec.precision), (Some('*'), Some(Align::Center), Some(10), Some(2)));
/// assert_eq!(parse_spec("abc", "int").unwrap_err().to_string(),
///            "ValueError: Invalid format specifier 'abc' for object of type 'int'");
/// ```
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let s: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        type_name: type_name.to_string(),
    };
    let mut pos = 0;
    if let Some(a) = s.get(1).and_then(|&c| align_of(c)) {
        out.fill = Some(s[0]);
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = s.first().and_then(|&c| align_of(c)) {
        out.align = Some(a);
        pos = 1;
    }
    match s.get(pos) {
        Some('+') => out.sign = Some(Sign::Plus),
        Some('-') => out.sign = Some(Sign::Minus),
        Some(' ') => out.sign = Some(Sign::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }
    if s.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if s.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && s.get(pos) == Some(&'0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&s, &mut pos)?;
    if s.get(pos) == Some(&',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if s.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if s.get(pos) == Some(&',') && out.grouping == Some(Grouping::Underscore) {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if s.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = get_integer(&s, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    if s.len() > pos + 1 {
        let name: String = type_name.chars().take(200).collect();
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{name}'"
        )));
    }
    out.ty = s.get(pos).copied();
    if let Some(ty) = out.ty {
        out.check_grouping(ty)?;
    }
    Ok(out)
}

/// The pieces of a formatted number, CPython's
/// `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`.
pub(crate) struct NumberParts<'a> {
    /// Whether the value is negative (a `-` was produced).
    pub negative: bool,
    /// `0x`-style prefix (empty if none).
    pub prefix: &'a str,
    /// The digits before the decimal point (grouped), ASCII.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Everything after the decimal point (or after the digits if there is none).
    pub remainder: &'a str,
}

/// Thousands separator and group size in effect.
pub(crate) struct Separator {
    pub sep: char,
    pub every: usize,
}

/// Port of `_PyUnicode_InsertThousandsGrouping` with a `"\N"` grouping: groups `digits` from the
/// right, padding with zeros (and separators between them) up to `min_width` characters.
fn group_digits(digits: &str, min_width: i64, sep: Option<&Separator>) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let mut end = d.len();
    let mut take = |l: i64, remaining: i64| {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let start = end - n_chars as usize;
        let mut piece: String = "0".repeat(n_zeros as usize);
        piece.extend(&d[start..end]);
        end = start;
        pieces.push(piece);
        n_chars
    };
    let mut broken = false;
    if let Some(sep) = sep {
        let every = sep.every as i64;
        loop {
            let l = every.min(remaining.max(min_width).max(1));
            remaining -= take(l, remaining);
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        take(l, remaining);
    }
    pieces.reverse();
    let joiner = sep.map(|s| s.sep.to_string()).unwrap_or_default();
    pieces.join(&joiner)
}

/// Lays a number out per `spec` (ports `calc_number_widths` + `fill_number`).
pub(crate) fn render_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    sep: Option<&Separator>,
    upper: bool,
) -> Result<String, FormatError> {
    let (fill, align) = spec.fill_align(Align::Right);
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let width = spec.width.map_or(-1, |w| w.min(i64::MAX as usize) as i64);
    check_size(spec.width.unwrap_or(0))?;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = i64::from(sign.is_some()) + n_prefix + i64::from(parts.decimal) + n_remainder;
    let min_width = if fill == '0' && align == Align::AfterSign { width - n_non_digit } else { 0 };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, sep)
    };
    let grouped = if upper { grouped.to_ascii_uppercase() } else { grouped };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(fill, n as usize));
    pad(&mut out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    pad(&mut out, spad);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    Ok(out)
}

/// Pads `s` (of `len` characters) to `width` with `fill` per `align` (`calc_padding`).
pub(crate) fn pad_to(s: &str, len: usize, width: Option<usize>, fill: char, align: Align) -> String {
    let total = width.map_or(len, |w| w.max(len));
    let lpad = match align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(s.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_padding() {
        let comma = Separator { sep: ',', every: 3 };
        assert_eq!(group_digits("1234", 0, Some(&comma)), "1,234");
        assert_eq!(group_digits("1234", 10, Some(&comma)), "00,001,234");
        assert_eq!(group_digits("1", 4, Some(&comma)), "0,001");
        assert_eq!(group_digits("12", 5, None), "00012");
    }

    #[test]
    fn parse_errors() {
        let msg = |s: &str| parse_spec(s, "int").unwrap_err().to_string();
        assert_eq!(msg("."), "ValueError: Format specifier missing precision");
        assert_eq!(msg(",x"), "ValueError: Cannot specify ',' with 'x'.");
        assert_eq!(msg(",_"), "ValueError: Cannot specify both ',' and '_'.");
        assert_eq!(msg("99999999999999999999"), "ValueError: Too many decimal digits in format string");
    }
}
