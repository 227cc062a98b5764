//! `int`, `float` and `bool`: constructors and methods.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{arg, method, method_arity};
use crate::lang::format;
use crate::lang::value::Value;
use crate::lang::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    method(&int, "__new__", |vm, mut args| {
        let base = args.take_kw("base");
        if args.args.len() > 3 {
            return Err(vm.type_error(&format!("int() takes at most 2 arguments ({} given)", args.args.len() - 1)));
        }
        let x = args.args.get(1).cloned();
        let base = base.or_else(|| args.args.get(2).cloned());
        to_int(vm, x, base)
    });
    method(&int, "bit_length", |vm, args| {
        let v = arg(&args, 0);
        Ok(Value::Int(match &v {
            Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
            Value::Bool(b) => *b as i64,
            Value::Big(b) => b.bits() as i64,
            _ => return Err(vm.type_error("bit_length on a non-int")),
        }))
    });
    method(&int, "bit_count", |_, args| {
        Ok(Value::Int(match arg(&args, 0) {
            Value::Int(i) => i.unsigned_abs().count_ones() as i64,
            Value::Bool(b) => b as i64,
            Value::Big(b) => b.magnitude().to_u32_digits().iter().map(|d| d.count_ones() as i64).sum(),
            _ => 0,
        }))
    });
    method(&int, "conjugate", |_, args| Ok(arg(&args, 0)));
    method(&int, "__index__", |_, args| Ok(arg(&args, 0)));
    method(&int, "__int__", |_, args| Ok(arg(&args, 0)));
    method(&int, "__float__", |vm, args| Ok(Value::Float(to_f64(vm, &arg(&args, 0))?)));
    method(&int, "__format__", |vm, args| {
        let spec = super::str_arg(vm, &arg(&args, 1), "format spec")?;
        Ok(Value::str(&vm.format(&arg(&args, 0), &spec)?))
    });
    method(&int, "to_bytes", |vm, mut args| {
        let length = super::opt(&mut args, 1, "length").unwrap_or(Value::Int(1));
        let order = super::opt(&mut args, 2, "byteorder").unwrap_or(Value::str("big"));
        let signed = args.take_kw("signed").map(|v| matches!(v, Value::Bool(true))).unwrap_or(false);
        let n = big_of(&arg(&args, 0));
        let length = vm.index_value(&length)? as usize;
        let mut bytes = if signed { n.to_signed_bytes_le() } else {
            if n.is_negative() {
                return Err(vm.new_error(&vm.types.overflow_error.clone(), "can't convert negative int to unsigned"));
            }
            n.to_bytes_le().1
        };
        if bytes.len() > length && !(bytes.len() == length + 1 && bytes.last() == Some(&0) && !signed) {
            return Err(vm.new_error(&vm.types.overflow_error.clone(), "int too big to convert"));
        }
        bytes.truncate(length);
        let fill = if signed && n.is_negative() { 0xff } else { 0 };
        bytes.resize(length, fill);
        if matches!(&order, Value::Str(s) if &**s == "big") {
            bytes.reverse();
        }
        Ok(Value::Bytes(Rc::from(bytes)))
    });
    let from_bytes = super::builtin("from_bytes", |vm, mut args| {
        let data = super::opt(&mut args, 1, "bytes").unwrap_or(Value::None);
        let order = super::opt(&mut args, 2, "byteorder").unwrap_or(Value::str("big"));
        let signed = args.take_kw("signed").map(|v| matches!(v, Value::Bool(true))).unwrap_or(false);
        let Value::Bytes(b) = data else { return Err(vm.type_error("cannot convert to bytes")) };
        let mut bytes = b.to_vec();
        if matches!(&order, Value::Str(s) if &**s == "big") {
            bytes.reverse();
        }
        let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes) };
        Ok(Value::from_bigint(n))
    });
    int.dict.borrow_mut().set_str("from_bytes", Value::Native(Rc::new(crate::lang::vm::ClassMethod(from_bytes))));

    let boolean = vm.types.bool_.clone();
    method(&boolean, "__new__", |vm, args| {
        if args.args.len() > 2 {
            return Err(vm.type_error(&format!("bool expected at most 1 argument, got {}", args.args.len() - 1)));
        }
        let v = args.args.get(1).cloned().unwrap_or(Value::Bool(false));
        Ok(Value::Bool(vm.truthy(&v)?))
    });

    let float = vm.types.float.clone();
    method(&float, "__new__", |vm, args| {
        if args.args.len() > 2 {
            return Err(vm.type_error(&format!("float expected at most 1 argument, got {}", args.args.len() - 1)));
        }
        match args.args.get(1) {
            None => Ok(Value::Float(0.0)),
            Some(Value::Str(s)) => match format::parse_float(s) {
                Ok(f) => Ok(Value::Float(f)),
                Err(e) => Err(vm.format_error(e)),
            },
            Some(v) => Ok(Value::Float(to_f64(vm, v)?)),
        }
    });
    method(&float, "is_integer", |_, args| Ok(Value::Bool(matches!(arg(&args, 0), Value::Float(f) if f.fract() == 0.0 && f.is_finite()))));
    method(&float, "as_integer_ratio", |vm, args| {
        let Value::Float(f) = arg(&args, 0) else { return Err(vm.type_error("as_integer_ratio on a non-float")) };
        if !f.is_finite() {
            let msg = if f.is_nan() { "cannot convert NaN to integer ratio" } else { "cannot convert Infinity to integer ratio" };
            return Err(vm.new_error(&if f.is_nan() { vm.types.value_error.clone() } else { vm.types.overflow_error.clone() }, msg));
        }
        let (mut num, mut den) = (f, BigInt::from(1));
        let mut exp = 0;
        while num.fract() != 0.0 {
            num *= 2.0;
            exp += 1;
        }
        let mut n = num_traits::FromPrimitive::from_f64(num).unwrap_or_default();
        den <<= exp;
        let g = num_integer::Integer::gcd(&n, &den);
        n /= &g;
        den /= &g;
        Ok(Value::tuple(vec![Value::from_bigint(n), Value::from_bigint(den)]))
    });
    method(&float, "__int__", |vm, args| float_to_int(vm, &arg(&args, 0)));
    method(&float, "__float__", |_, args| Ok(arg(&args, 0)));
    method(&float, "conjugate", |_, args| Ok(arg(&args, 0)));
    method(&float, "__format__", |vm, args| {
        let spec = super::str_arg(vm, &arg(&args, 1), "format spec")?;
        Ok(Value::str(&vm.format(&arg(&args, 0), &spec)?))
    });
    method(&float, "__round__", |vm, args| {
        let nd = args.args.get(1).cloned();
        crate::lang::builtins::functions::round_value(vm, arg(&args, 0), nd)
    });
    for (name, class) in [("int", int), ("bool", boolean), ("float", float)] {
        vm.builtins.borrow_mut().set_str(name, Value::Class(class));
    }
}

pub fn big_of(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::Big(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(vm.new_error(&vm.types.overflow_error.clone(), "int too large to convert to float")),
        },
        _ => match vm.lookup_special(v, "__float__") {
            Some(m) => {
                let r = vm.call0(&m)?;
                match r {
                    Value::Float(f) => Ok(f),
                    other => Err(vm.type_error(&format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&other)))),
                }
            }
            None => match vm.lookup_special(v, "__index__") {
                Some(_) => {
                    let i = vm.index_value(v)?;
                    Ok(i as f64)
                }
                None => Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v)))),
            },
        },
    }
}

pub fn float_to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Value::Float(f) = v else { return Err(vm.type_error("expected a float")) };
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_error(&vm.types.overflow_error.clone(), "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(num_traits::FromPrimitive::from_f64(t).unwrap_or_default()))
}

fn to_int(vm: &mut Vm, x: Option<Value>, base: Option<Value>) -> PyResult<Value> {
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = vm.index_value(&base)?;
        let text = match &x {
            Value::Str(s) => s.to_string(),
            Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return parse_int(vm, &text, b as u32);
    }
    match &x {
        Value::Int(_) | Value::Big(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(_) => float_to_int(vm, &x),
        Value::Str(s) => parse_int(vm, s, 10),
        Value::Bytes(b) => parse_int(vm, &String::from_utf8_lossy(b), 10),
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.lookup_special(&x, name) {
                    return vm.call0(&m);
                }
            }
            Err(vm.type_error(&format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match format::parse_int(text, base as i64) {
        Ok(n) => Ok(Value::from_bigint(n)),
        Err(e) => Err(vm.format_error(e)),
    }
}

/// Used by `abs()`.
pub fn abs_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Big(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        _ => match vm.lookup_special(v, "__abs__") {
            Some(m) => vm.call0(&m)?,
            None => return Err(vm.type_error(&format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
        },
    })
}

pub fn args_of(v: Vec<Value>) -> Args {
    Args::positional(v)
}
