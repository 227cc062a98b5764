//! Formatting entry points of the VM: `format(value, spec)` for builtin types, `str.format`
//! templates (fields, conversions, nested specs, attribute and index lookups) and `%` templates.
//! The number and string layouts come from `lang::format`; this file only walks templates and
//! turns `FormatError`s into Python exceptions.

use super::{Args, PyErr, PyResult, Vm};
use crate::lang::format::{self as fmt, FormatError};
use crate::lang::value::Value;

impl Vm {
    pub fn format_error(&self, e: FormatError) -> PyErr {
        let class = match e {
            FormatError::ValueError(_) => self.types.value_error.clone(),
            FormatError::TypeError(_) => self.types.type_error.clone(),
            FormatError::OverflowError(_) => self.types.overflow_error.clone(),
            FormatError::MemoryError => self.types.memory_error.clone(),
        };
        if matches!(e, FormatError::MemoryError) {
            return PyErr(self.new_exception(&class, vec![]));
        }
        self.new_error(&class, e.message())
    }

    /// `format(value, spec)` for builtin values.
    pub(crate) fn format_builtin(&mut self, value: &Value, spec: &str) -> PyResult<String> {
        let type_name = self.type_name(value);
        let r = match value {
            Value::Int(_) | Value::Big(_) => {
                let spec = fmt::parse_spec(spec, &type_name).map_err(|e| self.format_error(e))?;
                fmt::format_int(&crate::lang::builtins::big_of(value), &spec)
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True" } else { "False" }.into());
                }
                let spec = fmt::parse_spec(spec, &type_name).map_err(|e| self.format_error(e))?;
                fmt::format_int(&num_bigint::BigInt::from(*b as i64), &spec)
            }
            Value::Float(f) => {
                let spec = fmt::parse_spec(spec, &type_name).map_err(|e| self.format_error(e))?;
                fmt::format_float(*f, &spec)
            }
            Value::Str(s) => {
                let spec = fmt::parse_spec(spec, &type_name).map_err(|e| self.format_error(e))?;
                fmt::format_str(s, &spec)
            }
            _ => {
                if spec.is_empty() {
                    return self.to_str(value);
                }
                return Err(self.type_error(&format!("unsupported format string passed to {type_name}.__format__")));
            }
        };
        r.map_err(|e| self.format_error(e))
    }

    /// `template.format(*args, **kwargs)`.
    pub fn str_format(&mut self, template: &str, args: &Args) -> PyResult<String> {
        let mut auto = 0usize;
        let mut manual = false;
        self.str_format_depth(template, args, &mut auto, &mut manual, 0)
    }

    fn str_format_depth(&mut self, template: &str, args: &Args, auto: &mut usize, manual: &mut bool, depth: u32) -> PyResult<String> {
        if depth > 2 {
            return Err(self.value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let chars: Vec<char> = template.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing one level of nested braces in the spec.
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(self.value_error(if level > 1 { "unmatched '{' in format spec" } else { "Single '{' encountered in format string" }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            let (name_part, rest) = split_field(&field);
            let (conversion, spec) = match rest.split_once(':') {
                Some((conv, spec)) => (conv.to_string(), spec.to_string()),
                None => (rest.to_string(), String::new()),
            };
            let (conversion, spec) = if let Some(c) = conversion.strip_prefix('!') {
                (Some(c.to_string()), spec)
            } else if conversion.is_empty() {
                (None, spec)
            } else {
                (None, format!("{}{}", &conversion[1..], spec))
            };
            let value = self.format_field_value(&name_part, args, auto, manual)?;
            let value = match conversion.as_deref() {
                None => value,
                Some("r") => Value::str(&self.repr(&value)?),
                Some("s") => Value::str(&self.to_str(&value)?),
                Some("a") => {
                    let r = self.repr(&value)?;
                    Value::str(&super::repr::ascii_escape(&r))
                }
                Some("") => return Err(self.value_error("end of string while looking for conversion specifier")),
                Some(other) => {
                    let c = other.chars().next().unwrap_or(' ');
                    return Err(self.value_error(&format!("Unknown conversion specifier {c}")));
                }
            };
            let spec = if spec.contains('{') { self.str_format_depth(&spec, args, auto, manual, depth + 1)? } else { spec };
            out.push_str(&self.format(&value, &spec)?);
        }
        Ok(out)
    }

    fn format_field_value(&mut self, name: &str, args: &Args, auto: &mut usize, manual: &mut bool) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = if first.is_empty() {
            if *manual {
                return Err(self.value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            let i = *auto;
            *auto += 1;
            match args.args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(self.new_error(&self.types.index_error.clone(), &format!("Replacement index {i} out of range for positional args tuple")));
                }
            }
        } else if let Ok(i) = first.parse::<usize>() {
            if *auto > 0 {
                return Err(self.value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            *manual = true;
            match args.args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(self.new_error(&self.types.index_error.clone(), &format!("Replacement index {i} out of range for positional args tuple")));
                }
            }
        } else {
            match args.kwargs.iter().find(|(k, _)| &**k == first) {
                Some((_, v)) => v.clone(),
                None => return Err(PyErr(self.new_exception(&self.types.key_error.clone(), vec![Value::str(first)]))),
            }
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = self.get_attr(&value, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else { return Err(self.value_error("Missing ']' in format string")) };
                let key = &r[..end];
                let key = match key.parse::<i64>() {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::str(key),
                };
                value = self.get_item(&value, key)?;
                rest = &r[end + 1..];
            } else {
                return Err(self.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(value)
    }

    /// `template % values`.
    pub(crate) fn percent_format(&mut self, template: &Value, values: &Value) -> PyResult<Value> {
        let Value::Str(template) = template else { return Err(self.type_error("not a str template")) };
        let pieces = fmt::parse_percent(template);
        let is_mapping = matches!(values, Value::Dict(_))
            || (matches!(values, Value::Instance(_)) && self.lookup_special(values, "__getitem__").is_some());
        let items: Vec<Value> = match values {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut used_key = false;
        for piece in pieces {
            let (spec, error) = match piece {
                fmt::PercentPiece::Literal(s) => {
                    out.push_str(&s);
                    continue;
                }
                fmt::PercentPiece::Spec(spec) => (spec, None),
                fmt::PercentPiece::Malformed { mapping_key, spec, error } => {
                    if mapping_key && !is_mapping {
                        return Err(self.type_error("format requires a mapping"));
                    }
                    (spec, Some(error))
                }
            };
            let mut take = |vm: &mut Vm| -> PyResult<Value> {
                let v = items.get(next).cloned();
                next += 1;
                v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
            };
            let width_arg = match spec.width {
                Some(fmt::PercentCount::Star) => {
                    let v = take(self)?;
                    Some(self.index_value(&v).map_err(|_| self.type_error("* wants int"))?)
                }
                _ => None,
            };
            let precision_arg = match spec.precision {
                Some(fmt::PercentCount::Star) => {
                    let v = take(self)?;
                    Some(self.index_value(&v).map_err(|_| self.type_error("* wants int"))?)
                }
                _ => None,
            };
            let value = match &spec.key {
                Some(key) => {
                    if !is_mapping {
                        return Err(self.type_error("format requires a mapping"));
                    }
                    used_key = true;
                    self.get_item(values, Value::str(key))?
                }
                None if error.is_some() => Value::None,
                None => take(self)?,
            };
            if let Some(error) = error {
                return Err(self.format_error(error));
            }
            if !spec.is_supported() {
                return Err(self.format_error(spec.unsupported()));
            }
            let conv = spec.resolve(width_arg, precision_arg);
            let text = self.percent_one(&conv, value)?;
            out.push_str(&text);
        }
        if next < items.len() && !is_mapping && !used_key {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(Value::str(&out))
    }

    fn percent_one(&mut self, conv: &fmt::PercentConv, value: Value) -> PyResult<String> {
        let c = conv.conversion;
        let r = match c {
            's' | 'r' | 'a' => {
                let text = match c {
                    's' => self.to_str(&value)?,
                    'r' => self.repr(&value)?,
                    _ => super::repr::ascii_escape(&self.repr(&value)?),
                };
                fmt::percent_str(&text, conv)
            }
            'c' => {
                let ch = match &value {
                    Value::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                    Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
                        fmt::percent_char_from_int(&crate::lang::builtins::big_of(&value)).map_err(|e| self.format_error(e))?
                    }
                    _ => return Err(self.type_error("%c requires int or char")),
                };
                fmt::percent_char(ch, conv)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = match &value {
                    Value::Int(_) | Value::Big(_) | Value::Bool(_) => crate::lang::builtins::big_of(&value),
                    Value::Float(f) if !matches!(c, 'o' | 'x' | 'X') => {
                        fmt::float_to_int(*f).map_err(|e| self.format_error(e))?
                    }
                    _ => match self.lookup_special(&value, "__index__").or_else(|| self.lookup_special(&value, "__int__")) {
                        Some(m) => {
                            let r = self.call0(&m)?;
                            crate::lang::builtins::big_of(&r)
                        }
                        None => return Err(self.format_error(fmt::percent_wrong_type(c, &self.type_name(&value)))),
                    },
                };
                fmt::percent_int(&n, conv)
            }
            _ => {
                let f = match &value {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::Big(_) | Value::Bool(_) => crate::lang::builtins::to_f64(self, &value)?,
                    _ => match self.lookup_special(&value, "__float__") {
                        Some(_) => crate::lang::builtins::to_f64(self, &value)?,
                        None => return Err(self.format_error(fmt::percent_wrong_type(c, &self.type_name(&value)))),
                    },
                };
                fmt::percent_float(f, conv)
            }
        };
        r.map_err(|e| self.format_error(e))
    }
}

/// Splits `name!conv:spec` into the field name and the rest (starting at `!` or `:`).
fn split_field(field: &str) -> (String, String) {
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => return (field[..i].to_string(), field[i..].to_string()),
            _ => {}
        }
    }
    (field.to_string(), String::new())
}
